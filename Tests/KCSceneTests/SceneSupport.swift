import Foundation
import KCImport
import KCModel
import KCScene
import KCView
import Testing

/// Models and checks shared by the layout tests.
enum SceneSupport {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func example() throws -> OnePager {
        let model = try ModelFile.decode(try Data(contentsOf: root.appendingPathComponent("Examples/kc-2024q3.model.json")), as: .json)
        var pager = try OnePagerBuilder(model: model, checks: nil, options: ViewOptions(localName: "金山雲控股有限公司", localNameLanguage: "zh")).build()
        for index in pager.view.highlights.indices { pager.view.highlights[index].text = "Highlight number \(index + 1) says what the numbers did this quarter." }
        return pager
    }

    /// Every text run lies inside the page's margins, is set at 7 pt or more, and no two runs overlap.
    static func expectTidy(_ page: Page, margin: Double = 36, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let runs = page.textRuns
        for run in runs {
            #expect(run.style.size >= 7, "“\(run.text)” is set at \(run.style.size) pt", sourceLocation: sourceLocation)
            #expect(run.left >= margin - 0.01 && run.left + run.width <= page.width - margin + 0.01,
                    "“\(run.text)” runs outside the margins: \(run.left)…\(run.left + run.width)", sourceLocation: sourceLocation)
            #expect(run.y - run.style.size * 0.8 >= margin - 0.01 && run.y <= page.height - margin + 0.01,
                    "“\(run.text)” is above or below the margins at \(run.y)", sourceLocation: sourceLocation)
        }
        for (index, a) in runs.enumerated() {
            for b in runs[(index + 1)...] {
                let apart = a.left + a.width <= b.left + 0.01 || b.left + b.width <= a.left + 0.01
                    || a.y - a.style.size * 0.7 >= b.y - 0.01 || b.y - b.style.size * 0.7 >= a.y - 0.01
                #expect(apart, "“\(a.text)” and “\(b.text)” overlap", sourceLocation: sourceLocation)
            }
        }
    }
}
