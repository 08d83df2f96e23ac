// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ganbook",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "ganbook", targets: ["ganbook"]),
        .executable(name: "ganbook-bench", targets: ["GanbookBench"]),
        .library(name: "Generative", targets: ["Generative"]),
        .library(name: "Plotting", targets: ["Plotting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The live preview's HTTP and WebSocket server (ganbook serve): small, no SwiftNIO.
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        // libcmark, the CommonMark reference parser (Debian: libcmark-dev).
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // zlib, the deflate compressor behind the figures' PNG rasters (Debian: zlib1g-dev).
        .systemLibrary(
            name: "Czlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // The numeric core the chapters teach: random numbers, distributions, statistics,
        // neural networks, MMD and GANs. No I/O, no printing, no plotting.
        .target(name: "Generative", dependencies: ["GenerativeKernels"]),
        // Its hot loops (matrix products, Gaussian kernel terms, Adam's update) in C, each
        // built for the baseline, AVX2 and AVX-512, the widest the processor supports chosen
        // at run time.
        .target(name: "GenerativeKernels"),
        // Escaping text for HTML and SVG: the one escaper of the pages and the figures.
        .target(name: "MarkupEscaping"),
        // Deterministic SVG figures, and the binning behind histograms; nothing of the book.
        .target(name: "Plotting", dependencies: ["MarkupEscaping", "Czlib"]),
        // What runs inside a compiled chapter: capture of print and show, the cells' results.
        .target(name: "BookRuntime"),
        // Chapter files: parsing (the one module importing cmark), math lifting, labels,
        // tangling into Swift, fingerprints. No numeric code.
        .target(name: "BookFormat", dependencies: ["Ccmark", "BookRuntime"]),
        // The pipeline: load the chapters, compile and run them (cache, child processes),
        // verify, update, render the site.
        .target(
            name: "Notebook",
            dependencies: ["BookFormat", "BookRuntime", "MarkupEscaping"],
            resources: [.copy("Theme")]
        ),
        // The live preview: serves the site from a folder under .build, watches the chapters,
        // rebuilds and tells the open pages to reload (ganbook serve).
        .target(
            name: "NotebookServe",
            dependencies: ["Notebook", "BookFormat", .product(name: "FlyingFox", package: "FlyingFox")],
            resources: [.copy("live.js")]
        ),
        // The commands of `ganbook`: arguments and printing, shared with the fixture book.
        .target(
            name: "NotebookCLI",
            dependencies: ["Notebook", "NotebookServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // What the book's chapters are compiled against: this module and its dependencies.
        // ganbook compiles each chapter on demand against their built modules; the plugin
        // records which they are and the fingerprint of their sources (see ChapterLibrary).
        .target(
            name: "BookLibrary",
            dependencies: ["Generative", "Plotting", "BookRuntime"],
            plugins: ["ChapterLibraryPlugin"]
        ),
        .executableTarget(name: "ganbook", dependencies: ["NotebookCLI", "BookLibrary"]),
        // The tool the plugin runs: fingerprints the library's sources.
        .executableTarget(name: "ChapterLibraryManifest", dependencies: ["BookFormat"]),
        .plugin(
            name: "ChapterLibraryPlugin",
            capability: .buildTool(),
            dependencies: ["ChapterLibraryManifest"]
        ),
        // Speed against the NumPy reference, outside the test suite: scripts/bench.
        .executableTarget(
            name: "GanbookBench",
            dependencies: [
                "Generative", "BenchmarkWorkloads", "MallocCounter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/GanbookBench"
        ),
        // A malloc that counts the process's heap allocations, for the benchmark's allocations
        // per gan-step. It replaces the C library's allocation functions in whatever executable
        // links it, so only ganbook-bench depends on it.
        .target(name: "MallocCounter", path: "Benchmarks/MallocCounter"),
        // What only the benchmarks use: the NumPy reference's GAN and eight interleaved
        // uniform streams.
        .target(name: "BenchmarkWorkloads", dependencies: ["Generative", "BenchKernels"], path: "Benchmarks/BenchmarkWorkloads"),
        // The interleaved uniforms' C kernel, built per instruction set as GenerativeKernels' are.
        .target(
            name: "BenchKernels",
            dependencies: ["GenerativeKernels"],
            path: "Benchmarks/BenchKernels",
            cSettings: [.headerSearchPath("../../Sources/GenerativeKernels")]
        ),
        .testTarget(name: "BenchmarkTests", dependencies: ["BenchmarkWorkloads", "BenchKernels"], path: "Benchmarks/Tests"),
        .testTarget(name: "GenerativeTests", dependencies: ["Generative", "GenerativeKernels"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting", "Czlib"]),
        // A small book of fixture chapters (a hidden cell, a figure, a trap, a hang) that the
        // tests run through the same commands as `ganbook`, compiled against a library
        // without the numeric core.
        .target(
            name: "FixtureLibrary",
            dependencies: ["Plotting", "BookRuntime"],
            path: "Tests/FixtureLibrary",
            plugins: ["ChapterLibraryPlugin"]
        ),
        .executableTarget(
            name: "FixtureBook",
            dependencies: ["NotebookCLI", "FixtureLibrary"],
            path: "Tests/FixtureBook",
            exclude: ["chapters", "exercise-chapters", "explorable-chapters"]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Builds one chapter's pages, for the linear-scaling test to count its instructions
        // under valgrind; linked without debug information, whose DWARF 5 valgrind 3.19
        // cannot read.
        .executableTarget(
            name: "ScalingProbe",
            dependencies: ["Notebook", "BookFormat"],
            path: "Tests/ScalingProbe",
            linkerSettings: [.unsafeFlags(["-Xlinker", "--strip-debug"])]
        ),
        .testTarget(name: "NotebookTests",
                    dependencies: ["Notebook", "BookFormat", "BookRuntime", "FixtureBook", "ScalingProbe", "TestSupport"]),
        .testTarget(name: "ChapterTests", dependencies: ["ganbook", "BookFormat", "TestSupport"]),
        // The built site in headless Chromium (Debian: chromium): script and KaTeX errors,
        // figures, links, layout at 390 and 1440 pixels, contrast in both colour schemes,
        // keyboard controls; writes screenshots of every page.
        .testTarget(name: "SiteTests", dependencies: ["ganbook", "FixtureBook", "TestSupport"], resources: [.copy("page-check.js")]),
    ],
    swiftLanguageModes: [.v6]
)
