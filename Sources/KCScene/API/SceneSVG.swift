import KCSVG
import KCView

/// Writes a scene's page as one SVG file, directly (real `<text>`, not outlines), with
/// the chart writer's elements for shapes, so the page's SVG, the HTML's charts and the
/// PDF show the same drawing. Pure: the same scene gives the same bytes.
public struct SceneSVG: Sendable {
    /// The font stack written on the root: the page's family first, then the CJK fallback.
    public var fontFamily: String
    /// For `<title>` and `<desc>`.
    public var title: String
    public var description: String

    public init(title: String, description: String = "",
                fontFamily: String = "Inter, 'Droid Sans Fallback', 'Noto Sans CJK SC', sans-serif") {
        self.title = title
        self.description = description
        self.fontFamily = fontFamily
    }

    /// The page at `index` as SVG text; the first page when there is no such page.
    public func write(_ scene: Scene, page index: Int = 0) -> String {
        guard let page = scene.pages.indices.contains(index) ? scene.pages[index] : scene.pages.first else { return "" }
        let n = SVGWriter.number
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 \(n(page.width)) \(n(page.height))\""
        out += " width=\"\(n(page.width))pt\" height=\"\(n(page.height))pt\" font-family=\"\(XMLEscaping.escape(fontFamily))\" lang=\"en\">\n"
        out += "<title>\(XMLEscaping.escape(title))</title>\n"
        if !description.isEmpty { out += "<desc>\(XMLEscaping.escape(description))</desc>\n" }
        out += "<rect x=\"0\" y=\"0\" width=\"\(n(page.width))\" height=\"\(n(page.height))\" fill=\"#ffffff\"/>\n"
        write(page.root, into: &out)
        out += "</svg>\n"
        return out
    }

    func write(_ frame: Frame, into out: inout String) {
        let n = SVGWriter.number
        var open = "<g"
        if frame.x != 0 || frame.y != 0 { open += " transform=\"translate(\(n(frame.x)) \(n(frame.y)))\"" }
        if case .figure(let alternative) = frame.role {
            open += " role=\"img\" aria-label=\"\(XMLEscaping.escape(alternative))\""
        }
        out += open + ">\n"
        if let link = frame.link { out += "<a href=\"\(XMLEscaping.escape(link))\" xlink:href=\"\(XMLEscaping.escape(link))\">\n" }
        for item in frame.items { write(item, into: &out) }
        if frame.link != nil { out += "</a>\n" }
        out += "</g>\n"
    }

    func write(_ item: SceneItem, into out: inout String) {
        let n = SVGWriter.number
        let writer = SVGWriter()
        switch item {
        case .frame(let frame):
            write(frame, into: &out)
        case .rect(let x, let y, let width, let height, let fill, let stroke):
            if let fill, stroke == nil {
                out += writer.element(.rect(x: x, y: y, width: width, height: height, fill: paint(fill))) + "\n"
            } else {
                out += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill?.hex ?? "none")\"\(strokeAttributes(stroke))/>\n"
            }
        case .line(let from, let to, let stroke):
            if stroke.dash.isEmpty || stroke.dash == [3, 2] {
                out += writer.element(.line(x1: from.x, y1: from.y, x2: to.x, y2: to.y, stroke: paint(stroke.color),
                                            width: stroke.width, dashed: !stroke.dash.isEmpty)) + "\n"
            } else {
                out += "<line x1=\"\(n(from.x))\" y1=\"\(n(from.y))\" x2=\"\(n(to.x))\" y2=\"\(n(to.y))\"\(strokeAttributes(stroke))/>\n"
            }
        case .path(let points, let closed, let fill, let stroke):
            out += writer.element(.path(points: points, closed: closed, stroke: stroke.map { paint($0.color) }, fill: fill.map(paint),
                                        width: stroke?.width ?? 0)) + "\n"
        case .text(let run):
            out += text(run) + "\n"
        }
    }

    func text(_ run: TextRun) -> String {
        let n = SVGWriter.number
        let style = run.style
        var attributes = "x=\"\(n(run.x))\" y=\"\(n(run.y))\""
        if run.anchor != .start { attributes += " text-anchor=\"\(run.anchor.rawValue)\"" }
        attributes += " font-size=\"\(n(style.size))\""
        if style.family != TextStyle.defaultFamily { attributes += " font-family=\"\(XMLEscaping.escape(style.family))\"" }
        if style.weight != .regular { attributes += " font-weight=\"\(style.weight.rawValue)\"" }
        if style.italic { attributes += " font-style=\"italic\"" }
        if style.tabular { attributes += " font-variant-numeric=\"tabular-nums lining-nums\"" }
        if let language = style.language { attributes += " lang=\"\(XMLEscaping.escape(language))\"" }
        attributes += " fill=\"\(style.color.hex)\""
        if !style.color.role.isEmpty { attributes += " class=\"\(XMLEscaping.escape(style.color.role))\"" }
        return "<text \(attributes) xml:space=\"preserve\">\(XMLEscaping.escape(run.text))</text>"
    }

    func strokeAttributes(_ stroke: Stroke?) -> String {
        guard let stroke else { return "" }
        let n = SVGWriter.number
        var text = " stroke=\"\(stroke.color.hex)\" stroke-width=\"\(n(stroke.width))\""
        if !stroke.dash.isEmpty { text += " stroke-dasharray=\"\(stroke.dash.map(n).joined(separator: " "))\"" }
        return text
    }

    func paint(_ color: SceneColor) -> Paint {
        Paint(hex: color.hex, role: color.role)
    }
}
