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
    ],
    targets: [
        // libcmark, the CommonMark reference parser (Debian: libcmark-dev).
        .systemLibrary(
            name: "Ccmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The library the chapters import: random numbers, distributions, statistics,
        // neural networks, MMD and GANs. No I/O, no printing, no plotting.
        .target(name: "Generative", dependencies: ["GenerativeKernels"]),
        // Its hot loops (matrix products, Gaussian kernel terms, Adam's update) in C, each
        // built for the baseline, AVX2 and AVX-512, the widest the processor supports chosen
        // at run time.
        .target(name: "GenerativeKernels"),
        // Deterministic SVG figures.
        .target(name: "Plotting", dependencies: ["Generative"]),
        // The literate engine: chapter parsing, cell capture, verification, the site.
        .target(
            name: "Notebook",
            dependencies: ["Ccmark", "Plotting"],
            resources: [.copy("Theme")]
        ),
        // Swift source generated from chapters/*.md, plus the registry of chapters.
        .target(
            name: "Chapters",
            dependencies: ["Generative", "Plotting", "Notebook"],
            exclude: ["chapters"],
            plugins: ["TangleChapters"]
        ),
        // The commands of `ganbook`, shared with the test fixtures' book.
        .target(
            name: "NotebookCLI",
            dependencies: ["Notebook", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(name: "ganbook", dependencies: ["NotebookCLI", "Chapters"]),
        .executableTarget(name: "ChapterTangler", dependencies: ["Notebook"]),
        // Speed against the NumPy reference, outside the test suite: scripts/bench.
        .executableTarget(
            name: "GanbookBench",
            dependencies: [
                "Generative", "BenchmarkWorkloads",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Benchmarks/GanbookBench"
        ),
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
        .plugin(
            name: "TangleChapters",
            capability: .buildTool(),
            dependencies: ["ChapterTangler"]
        ),
        .testTarget(name: "GenerativeTests", dependencies: ["Generative", "GenerativeKernels"]),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting"]),
        // A small book of fixture chapters (a hidden cell, a figure, a trap, a hang) that the
        // tests run through the same commands as `ganbook`.
        .executableTarget(
            name: "FixtureBook",
            dependencies: ["NotebookCLI", "Generative", "Plotting"],
            path: "Tests/FixtureBook",
            exclude: ["chapters"],
            plugins: ["TangleChapters"]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "FixtureBook", "TestSupport"]),
        .testTarget(name: "ChapterTests", dependencies: ["ganbook", "TestSupport"]),
        // The built site in headless Chromium (Debian: chromium): script and KaTeX errors,
        // figures, links, layout at 390 and 1440 pixels, contrast in both colour schemes,
        // keyboard controls; writes screenshots of every page.
        .testTarget(name: "SiteTests", dependencies: ["ganbook", "TestSupport"], resources: [.copy("page-check.js")]),
    ],
    swiftLanguageModes: [.v6]
)
