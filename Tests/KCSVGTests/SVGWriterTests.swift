import Testing
import KCView
@testable import KCSVG

@Suite struct SVGWriterTests {
    static let drawing = Drawing(width: 100, height: 50, title: "R&D <script>", description: "Spend & growth", primitives: [
        .rect(x: 1, y: 2.5, width: 10, height: 20.125, fill: Palette.series(0)),
        .line(x1: 0, y1: 40, x2: 100, y2: 40, stroke: Palette.axis, width: 1, dashed: true),
        .path(points: [Point(x: 0, y: 0), Point(x: 10, y: 10)], closed: true, stroke: Palette.ink, fill: nil, width: 0.5),
        .text("<b>R&D</b>", x: 50, y: 45, anchor: .middle, size: 10, bold: true, fill: Palette.ink),
    ])

    @Test func writesPrimitivesAsSVG() {
        let svg = SVGWriter(mode: .inline, idPrefix: "t").write(Self.drawing)
        #expect(svg == """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50" role="img" class="chart chart-t">
        <title>R&amp;D &lt;script&gt;</title>
        <desc>Spend &amp; growth</desc>
        <rect x="1" y="2.5" width="10" height="20.13" fill="#0072B2" class="series-1"/>
        <line x1="0" y1="40" x2="100" y2="40" stroke="#59636e" stroke-width="1" stroke-dasharray="3 2" class="axis"/>
        <path d="M0 0 L10 10 Z" fill="none" stroke="#1f2328" stroke-width="0.5" class="ink"/>
        <text x="50" y="45" text-anchor="middle" font-size="10" font-weight="600" fill="#1f2328" class="ink">&lt;b&gt;R&amp;D&lt;/b&gt;</text>
        </svg>

        """)
    }

    @Test func standaloneFilesHaveSizeFontAndBackground() {
        let svg = SVGWriter(mode: .file).write(Self.drawing)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 50\" width=\"100\" height=\"50\" font-family="))
        #expect(svg.contains("<rect x=\"0\" y=\"0\" width=\"100\" height=\"50\" fill=\"#ffffff\"/>"))
        #expect(!svg.contains("<script"))
    }
}
