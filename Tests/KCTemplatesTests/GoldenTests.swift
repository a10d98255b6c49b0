import Foundation
import KCSVG
import KCView
import Testing

/// The example's one-pager, byte for byte. Re-record with `KCREPORT_RECORD=1 swift test` and review the diff.
@Suite struct GoldenTests {
    @Test func exampleMarkdown() throws {
        try TestSupport.assertGolden(try TestSupport.render(try TestSupport.example()).markdown, "kc-2024q3.onepager.md")
    }

    @Test func exampleHTML() throws {
        try TestSupport.assertGolden(try TestSupport.render(try TestSupport.example()).html, "kc-2024q3.onepager.html")
    }

    @Test func exampleCharts() throws {
        for file in OnePagerCharts.files(try TestSupport.pager(try TestSupport.example())) {
            try TestSupport.assertGolden(file.text, "kc-2024q3." + file.path.replacingOccurrences(of: "/", with: "."))
        }
    }
}
