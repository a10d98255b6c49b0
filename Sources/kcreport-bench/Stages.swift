import Foundation
import KCCheck
import KCGraphics
import KCModel
import KCReportCLI
import KCScene
import KCSVG
import KCTemplates
import KCView

/// The build's stages one by one on a model file, in process, then whole in-process
/// builds of a one-report project: where the time of `kcreport build` goes.
enum StageBench {
    static func run(model path: String, project: String, runs: Int) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        let fonts = (project as NSString).appendingPathComponent("Fonts")
        let templates = (project as NSString).appendingPathComponent("Templates")
        var model = try ModelFile.decode(data, as: .json)
        try Bench.measure("load model file (JSON)", runs: runs) { model = try ModelFile.decode(data, as: .json) }
        var checks = TieOut.run(model)
        Bench.measure("checks", runs: runs) { checks = TieOut.run(model) }
        var pager = try OnePagerBuilder(model: model, checks: checks.summary).build()
        try Bench.measure("view", runs: runs) { pager = try OnePagerBuilder(model: model, checks: checks.summary).build() }
        var renderer = try OnePagerRenderer.checked(library: TemplateLibrary(directory: templates))
        try Bench.measure("load and check templates", runs: runs) {
            renderer = try OnePagerRenderer.checked(library: TemplateLibrary(directory: templates))
        }
        try Bench.measure("Markdown", runs: runs) { _ = try renderer.markdown(pager.view) }
        try Bench.measure("HTML", runs: runs) { _ = try renderer.html(OnePagerCharts.inlined(pager)) }
        Bench.measure("chart SVGs", runs: runs) { _ = OnePagerCharts.files(pager) }
        var printed = pager
        printed.view = try renderer.writingHighlights(pager.view)
        let date = try PDFDate.resolve(sourceDateEpoch: nil, releaseDate: model.document.releaseDate ?? model.document.fiscalPeriod.end)
        let options = OnePagerPDF.Options(fontsFolder: fonts, creator: "kcreport-bench", date: date, preview: false)
        try Bench.measure("PDF", runs: runs) { _ = try OnePagerPDF.render(pager: printed, options: options) }
        // What the first report of a process pays: fontconfig, Pango and every text shaped anew.
        let metadata = PDFExporter.Metadata(title: "", author: "", subject: "", keywords: "", creator: "", date: date)
        try Bench.measure("cold PDF (new font library)", runs: max(3, runs / 4)) {
            let fonts = try FontLibrary(folder: fonts)
            _ = try PDFExporter(metadata: metadata).export(try OnePagerLayout().layout(printed, measurer: fonts).scene, fonts: fonts)
        }
        let console = Console(out: { _ in }, err: { _ in })
        try Bench.measure("whole build, in process", runs: max(3, runs / 4)) {
            let code = FileManager.default.changeCurrentDirectoryPath(project) ? KCReport.main(["build", "--force", "--quiet"], console: console) : 1
            if code != 0 { throw BenchError("kcreport build exited with \(code)") }
        }
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
