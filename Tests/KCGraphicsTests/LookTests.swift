import Foundation
import KCGraphics
import Testing

/// Writes the example's PDF, PNG and SVG into `Output/kc-2024q3/` for a person to look at,
/// when `KCREPORT_LOOK=1` (the build writes them otherwise; tests do not write into the project).
@Suite struct LookTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["KCREPORT_LOOK"] == "1"))
    func writesTheExampleForLooking() throws {
        let model = try GraphicsSupport.exampleModel()
        let rendering = try OnePagerPDF.render(pager: try GraphicsSupport.pager(model), options: try GraphicsSupport.options(model))
        let folder = GraphicsSupport.root.appendingPathComponent("Output/kc-2024q3")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try rendering.pdf.write(to: folder.appendingPathComponent("onepager.pdf"))
        try rendering.png.write(to: folder.appendingPathComponent("onepager.png"))
        try Data(rendering.svg.utf8).write(to: folder.appendingPathComponent("onepager.svg"))
        print("dropped: \(rendering.dropped); warnings: \(rendering.warnings)")
        let northwind = try GraphicsSupport.northwindModel()
        let other = try OnePagerPDF.render(pager: try GraphicsSupport.pager(northwind, localName: nil), options: try GraphicsSupport.options(northwind))
        let otherFolder = GraphicsSupport.root.appendingPathComponent("Output/northwind-2025q2")
        try FileManager.default.createDirectory(at: otherFolder, withIntermediateDirectories: true)
        try other.pdf.write(to: otherFolder.appendingPathComponent("onepager.pdf"))
        print("northwind dropped: \(other.dropped); warnings: \(other.warnings)")
    }
}
