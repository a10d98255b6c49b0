import Foundation
import KCCheck
import KCImport
import KCModel

/// Times the stages in process, as `bench/run.sh` reports them. Not a test:
/// figures are printed for people and for the issue notes.
struct Bench {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// CPU time of this thread: unlike the wall clock, not stretched when a shared
    /// machine's other work preempts the benchmark.
    static func cpuSeconds(_ body: () throws -> Void) rethrows -> Double {
        var start = timespec()
        var end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        try body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    /// Wall-clock median and minimum, and CPU-time median, over `runs` runs after `warmup` unmeasured ones.
    static func measure(_ name: String, runs: Int, warmup: Int = 5, _ body: () throws -> Void) rethrows {
        // KCREPORT_BENCH_ONLY=PDF times only the stages whose name starts so (for a profiler).
        if let only = ProcessInfo.processInfo.environment["KCREPORT_BENCH_ONLY"], !name.hasPrefix(only) { return }
        for _ in 0..<warmup { try body() }
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<runs {
            var elapsed = 0.0
            cpu.append(try cpuSeconds { elapsed = try seconds(body) })
            wall.append(elapsed)
        }
        wall.sort()
        cpu.sort()
        print(String(format: "%-28@ median %8.3f ms   min %8.3f ms   cpu median %8.3f ms   (%d runs)",
                     name as NSString, wall[wall.count / 2] * 1000, wall[0] * 1000, cpu[cpu.count / 2] * 1000, runs))
    }
}

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "stages" {
    // kcreport-bench stages MODEL.json PROJECT [RUNS]: PROJECT has kcreport.yaml, Templates/ and Fonts/.
    let rest = Array(arguments.dropFirst())
    guard rest.count >= 2 else {
        FileHandle.standardError.write(Data("usage: kcreport-bench stages MODEL.json PROJECT [RUNS]\n".utf8))
        exit(64)
    }
    do {
        try StageBench.run(model: rest[0], project: rest[1], runs: max(1, rest.dropFirst(2).first.flatMap(Int.init) ?? 100))
    } catch {
        FileHandle.standardError.write(Data("kcreport-bench: \(error)\n".utf8))
        exit(1)
    }
    exit(0)
}
guard let path = arguments.first else {
    FileHandle.standardError.write(Data("usage: kcreport-bench RELEASE.txt [RUNS]\n".utf8))
    exit(64)
}
let runs = max(1, arguments.dropFirst().first.flatMap(Int.init) ?? 200)
guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
    FileHandle.standardError.write(Data("kcreport-bench: cannot read \(path)\n".utf8))
    exit(66)
}
var model: FinancialModel?
Bench.measure("import (text → model)", runs: runs) {
    model = ReleaseImporter.importRelease(text: text, file: path).model
}
if let model {
    var report = TieOut.run(model)
    Bench.measure("checks (model → findings)", runs: runs) { report = TieOut.run(model) }
    let summary = report.summary
    print("  \(summary.run) checks run: \(summary.passed) passed, \(summary.failed) failed, \(summary.skipped) skipped")
    var json = Data()
    Bench.measure("encode model as JSON", runs: runs) { json = (try? ModelFile.encode(model, as: .json)) ?? Data() }
    Bench.measure("decode model from JSON", runs: runs) { _ = try? ModelFile.decode(json, as: .json) }
}
