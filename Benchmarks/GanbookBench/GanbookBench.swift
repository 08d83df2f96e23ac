import ArgumentParser
import Foundation
import Generative

/// The speed benchmarks, kept out of the test suite (tests check correctness; a
/// timing on a shared machine is not a pass or a fail). Every workload runs here, then the
/// NumPy reference in float64 in the same invocation, so that each ratio compares two
/// measurements taken on the same machine at the same time; then the chapters, and the site
/// rebuilt from their cached results after a prose edit.
@main
struct GanbookBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ganbook-bench",
        abstract: "Time the book's core against the NumPy reference and run every chapter.",
        discussion: "Run from the package's root, after a release build of ganbook: scripts/bench does both.")

    @Option(help: ArgumentHelp("The NumPy reference script.", valueName: "file"))
    var reference = "../shared/reference/numpy_reference.py"

    @Option(help: "The Python interpreter that runs the reference.")
    var python = "python3"

    @Option(help: "The reference's gan-steps per repetition (its mmd runs max(20, steps/10)).")
    var referenceSteps = 30

    @Option(help: ArgumentHelp("The ganbook binary to time (default: the one next to this one).", valueName: "file"))
    var ganbook: String?

    @Option(help: "How many times to run every chapter (the median is reported).")
    var chapterRuns = 3

    @Option(help: ArgumentHelp("Only run this workload (gan-step or mmd) over and over for --seconds, for a profiler "
        + "to sample (perf record -g -- ganbook-bench --profile gan-step), and report nothing else.", valueName: "workload"))
    var profile: String?

    @Option(help: "How long --profile runs its workload.")
    var seconds = 10.0

    func validate() throws {
        if let profile, Self.workload(named: profile) == nil {
            throw ValidationError("--profile takes gan-step or mmd")
        }
    }

    /// A fresh instance of the workload `--profile` names.
    static func workload(named name: String) -> (() -> Void)? {
        switch name {
        case "gan-step": ganStep()
        case "mmd": mmdStep()
        default: nil
        }
    }

    func run() throws {
        if let profile, let workload = Self.workload(named: profile) {
            let (calls, fastest) = repeatFor(seconds: seconds, workload)
            print("\(profile): \(calls) calls in \(format(seconds, 1)) s, \(formatTime(seconds / Double(calls))) each, "
                + "fastest \(formatTime(fastest))")
            return
        }
        print("ganbook-bench: medians of 5 repetitions; ratios measured in this run")
        let peak = FMAPeak()
        let gan = medianSecondsPerCall(iterations: 100, ganStep())
        let wideProducts = medianSecondsPerCall(iterations: 100, ganStepWideProducts())
        let mmd = medianSecondsPerCall(iterations: 20, mmdStep())
        let uniform = medianSecondsPerCall(iterations: 10, interleavedUniforms()) / Double(uniformCount)
        let singleStreamUniform = medianSecondsPerCall(iterations: 10, singleStreamUniforms()) / Double(uniformCount)
        let quantile = medianSecondsPerCall(iterations: 10, normalQuantiles()) / Double(quantileCount)
        let allocations = AllocationCount()
        let numpy = try NumPyReference(python: python, script: reference, steps: referenceSteps)
        let ganbook = ganbook ?? siblingExecutable("ganbook")
        let chapters = try ChapterRun(ganbook: ganbook, runs: chapterRuns)
        let chapterFive = try ChapterRun(ganbook: ganbook, runs: chapterRuns, chapters: ["5"])
        let proseEdit = try ProseEditBuild(ganbook: ganbook)
        let cellEdit = try CellEditRun(ganbook: ganbook)
        let serve = try ServeEdit(ganbook: ganbook)

        let flops = 2 * Double(ganStepMultiplyAdds)
        print("reference: NumPy \(numpy.version) float64, \(referenceSteps) gan-steps per repetition, "
            + "BLAS pinned to \(NumPyReference.blasThreads) threads (one per core)")
        print("FMA peak: \(format(peak.flopsPerSecond / 1e9, 1)) GFLOP/s, \(peak.build.name) on \(peak.threads) threads at once")
        print("kernels: \(KernelBuild.inUse.rawValue) (GANBOOK_KERNELS=portable times the baseline build, reference the plain Swift definitions)")
        print(ReportLine.header)
        for line in [
            ReportLine(
                workload: "gan-step", swift: formatTime(gan), numpy: formatTime(numpy.ganStep),
                ratio: format(numpy.ganStep / gan, 1) + "×", target: "≥ 4× faster", met: numpy.ganStep / gan >= 4),
            ReportLine(
                workload: "  GFLOP/s", swift: format(flops / gan / 1e9, 2), numpy: format(flops / numpy.ganStep / 1e9, 2),
                target: "(\(format(flops / 1e6, 1)) MFLOP/step)", met: nil),
            ReportLine(
                workload: "  of FMA peak", swift: format(100 * flops / gan / peak.flopsPerSecond, 1) + " %",
                target: "≥ 50% of 2-core peak", met: flops / gan >= 0.5 * peak.flopsPerSecond),
            ReportLine(
                workload: "  4× NumPy", swift: format(4 * flops / numpy.ganStep / 1e9, 2) + " GFLOP/s",
                target: "(" + format(100 * 4 * flops / numpy.ganStep / peak.flopsPerSecond, 1) + "% of peak needed)", met: nil),
            ReportLine(
                workload: "  wide layers", swift: formatTime(wideProducts),
                ratio: format(numpy.ganStep / wideProducts, 1) + "×",
                target: "(its 256 × 256 products alone: the kernel's bound)", met: nil),
            ReportLine(
                workload: "  allocations", swift: allocations.counting ? format(allocations.perStep, 3) + " per step" : "not counted",
                target: "0 per step", met: allocations.counting && allocations.long == allocations.short),
            ReportLine(
                workload: "mmd", swift: formatTime(mmd), numpy: formatTime(numpy.mmd),
                ratio: format(numpy.mmd / mmd, 1) + "×", target: "≥ 20× faster", met: numpy.mmd / mmd >= 20),
            ReportLine(
                workload: "uniform", swift: formatTime(uniform) + " each", target: "≤ 1 ns each", met: uniform <= 1e-9),
            ReportLine(
                workload: "  1 stream", swift: formatTime(singleStreamUniform) + " each",
                target: "(nextUniform)", met: nil),
            ReportLine(
                workload: "quantile", swift: formatTime(quantile) + " each", target: "≤ 20 ns each", met: quantile <= 20e-9),
            ReportLine(
                workload: "all chapters", swift: formatTime(chapters.seconds), target: "≤ 15 s, all verified",
                met: chapters.succeeded && chapters.seconds <= 15),
            ReportLine(
                workload: "  chapter 5", swift: formatTime(chapterFive.seconds), target: "≤ 8 s, verified",
                met: chapterFive.succeeded && chapterFive.seconds <= 8),
            ReportLine(
                workload: "prose edit", swift: formatTime(proseEdit.seconds), target: "< 5 s, all cached",
                met: proseEdit.succeeded && proseEdit.seconds < 5),
            ReportLine(
                workload: "cell edit", swift: formatTime(cellEdit.seconds), target: "≤ 15 s, ch. 3 run",
                met: cellEdit.succeeded && cellEdit.seconds <= 15),
            ReportLine(
                workload: "  compile", swift: formatTime(cellEdit.compileSeconds),
                target: "(run: \(formatTime(cellEdit.seconds - cellEdit.compileSeconds)))", met: nil),
            ReportLine(
                workload: "serve prose", swift: formatTime(serve.proseSeconds), target: "≤ 1 s to the page",
                met: serve.succeeded && serve.proseSeconds <= 1),
            ReportLine(
                workload: "serve cell", swift: formatTime(serve.cellSeconds), target: "≤ 20 s, ch. 3",
                met: serve.succeeded && serve.cellSeconds <= 20),
        ] {
            print(line.text)
        }
        print("allocations: train(steps: \(AllocationCount.shortRun)) \(allocations.short), "
            + "train(steps: \(AllocationCount.longRun)) \(allocations.long) (the history's room, reserved once a run)")
        print("ganbook verify --force (\(chapterRuns) runs, exit status \(chapters.status)): \(chapters.summary)")
        print("ganbook verify --force 5 (\(chapterRuns) runs, exit status \(chapterFive.status)): \(chapterFive.summary)")
        print("ganbook build after a prose edit of \(ProseEditBuild.editedChapter) (\(ProseEditBuild.runs) runs, exit status "
            + "\(proseEdit.status)): \(proseEdit.cachedCount) of \(proseEdit.chapterLines.count) chapters cached")
        print("ganbook run 3 after a cell edit of \(CellEditRun.editedChapter) (\(CellEditRun.runs) runs, exit status \(cellEdit.status))")
    }

    /// The path of an executable built next to this one (in `.build/release`).
    private func siblingExecutable(_ name: String) -> String {
        let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        return me.deletingLastPathComponent().appendingPathComponent(name).path
    }
}
