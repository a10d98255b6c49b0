import Foundation
import KCCheck
import KCGraphics
import KCImport
import KCModel
import KCScene
import KCTemplates
import KCView
import Testing

/// Paths, models and one-pagers for the graphics tests; fonts from the project's `Fonts/`.
enum GraphicsSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fonts = root.appendingPathComponent("Fonts").path
    static let templates = root.appendingPathComponent("Templates").path
    static let example = root.appendingPathComponent("Examples/kc-2024q3.model.json")
    static let northwind = root.appendingPathComponent("Tests/KCImportTests/Fixtures/northwind-2025q2.txt")

    static func exampleModel() throws -> FinancialModel {
        try ModelFile.decode(try Data(contentsOf: example), as: .json)
    }

    static func northwindModel() throws -> FinancialModel {
        let text = try String(contentsOf: northwind, encoding: .utf8)
        guard let model = ReleaseImporter.importRelease(text: text, file: northwind.lastPathComponent).model else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return model
    }

    /// The one-pager of `model` as the build makes it: checked, names from the configuration, highlights written.
    static func pager(_ model: FinancialModel, localName: String? = "金山雲控股有限公司") throws -> OnePager {
        let checks = TieOut.run(model).summary
        let options = ViewOptions(localName: localName, localNameLanguage: localName == nil ? nil : "zh")
        var pager = try OnePagerBuilder(model: model, checks: checks, options: options).build()
        pager.view = try OnePagerRenderer(library: try TemplateLibrary(directory: templates)).writingHighlights(pager.view)
        return pager
    }

    static func options(_ model: FinancialModel, paper: Paper = .a4) throws -> OnePagerPDF.Options {
        OnePagerPDF.Options(paper: paper, fontsFolder: fonts, creator: "kcreport 0.1.0",
                            date: try PDFDate.resolve(sourceDateEpoch: nil, releaseDate: model.document.releaseDate ?? model.document.fiscalPeriod.end),
                            pageSVG: true)
    }

    /// Runs a tool (pdfinfo, pdffonts, qpdf …) on `data` written to a temporary file; nil when the tool is not installed.
    static func tool(_ name: String, _ arguments: [String], on data: Data) throws -> (status: Int32, output: String)? {
        guard let path = ["/usr/bin/\(name)", "/usr/local/bin/\(name)"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return nil
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kcgraphics-\(UUID().uuidString).pdf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments + [file.path] + (name == "pdftotext" ? ["-"] : [])
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}

extension GraphicsSupport {
    /// Every text run lies inside the page's margins and no two runs overlap (by advance and ascent).
    static func expectTidy(_ page: Page, margin: Double = 36) throws {
        let runs = page.textRuns
        for run in runs {
            #expect(run.left >= margin - 0.01 && run.left + run.width <= page.width - margin + 0.01, "“\(run.text)” runs outside the margins")
            #expect(run.y - run.style.size * 0.75 >= margin - 0.01 && run.y <= page.height - margin + 0.01, "“\(run.text)” is outside the margins")
        }
        for (index, a) in runs.enumerated() {
            for b in runs[(index + 1)...] {
                let apart = a.left + a.width <= b.left + 0.01 || b.left + b.width <= a.left + 0.01
                    || a.y - a.style.size * 0.7 >= b.y - 0.01 || b.y - b.style.size * 0.7 >= a.y - 0.01
                #expect(apart, "“\(a.text)” (\(a.left), \(a.y)) and “\(b.text)” (\(b.left), \(b.y)) overlap")
            }
        }
    }
}
