import Foundation
import KCView

/// Writes a `Drawing` as SVG text: `<title>`, `<desc>`, real `<text>`, and each
/// paint's role as a class so a page's CSS can restyle it (dark mode).
public struct SVGWriter: Sendable {
    /// A standalone file (XML declaration, white background) or markup to inline in HTML.
    public enum Mode: Sendable { case file, inline }

    public var mode: Mode
    /// The chart's id, written as a class (`chart-<id>`) so a page can style one chart.
    public var idPrefix: String
    public var fontFamily: String

    public init(mode: Mode = .file, idPrefix: String = "chart",
                fontFamily: String = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif") {
        self.mode = mode
        self.idPrefix = idPrefix
        self.fontFamily = fontFamily
    }

    public func write(_ drawing: Drawing) -> String {
        var out = ""
        if mode == .file { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(drawing.width)) \(n(drawing.height))\""
        if mode == .file { out += " width=\"\(n(drawing.width))\" height=\"\(n(drawing.height))\"" }
        // Inline, the page's CSS sets the font; tidy reads a font-family attribute as proprietary.
        if mode == .file { out += " font-family=\"\(XMLEscaping.escape(fontFamily))\"" }
        out += " role=\"img\" class=\"chart chart-\(XMLEscaping.escape(idPrefix))\">\n"
        // The first <title> child names the image for assistive technology; <desc> describes it.
        out += "<title>\(XMLEscaping.escape(drawing.title))</title>\n"
        out += "<desc>\(XMLEscaping.escape(drawing.description))</desc>\n"
        if mode == .file {
            out += "<rect x=\"0\" y=\"0\" width=\"\(n(drawing.width))\" height=\"\(n(drawing.height))\" fill=\"#ffffff\"/>\n"
        }
        for primitive in drawing.primitives { out += element(primitive) + "\n" }
        out += "</svg>\n"
        return out
    }

    /// One primitive as an SVG element, without a line break.
    public func element(_ primitive: Primitive) -> String {
        switch primitive {
        case .rect(let x, let y, let width, let height, let fill):
            return "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(fill.hex)\" class=\"\(fill.role)\"/>"
        case .line(let x1, let y1, let x2, let y2, let stroke, let width, let dashed):
            let dash = dashed ? " stroke-dasharray=\"3 2\"" : ""
            return "<line x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke=\"\(stroke.hex)\" stroke-width=\"\(n(width))\"\(dash) class=\"\(stroke.role)\"/>"
        case .path(let points, let closed, let stroke, let fill, let width):
            var d = ""
            for (index, point) in points.enumerated() { d += "\(index == 0 ? "M" : " L")\(n(point.x)) \(n(point.y))" }
            if closed { d += " Z" }
            let strokeText = stroke.map { " stroke=\"\($0.hex)\" stroke-width=\"\(n(width))\"" } ?? ""
            let roles = [fill?.role, stroke?.role].compactMap { $0 }.joined(separator: " ")
            return "<path d=\"\(d)\" fill=\"\(fill?.hex ?? "none")\"\(strokeText) class=\"\(roles)\"/>"
        case .text(let text, let x, let y, let anchor, let size, let bold, let fill):
            let weight = bold ? " font-weight=\"600\"" : ""
            return "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor.rawValue)\" font-size=\"\(n(size))\"\(weight) fill=\"\(fill.hex)\" class=\"\(fill.role)\">\(XMLEscaping.escape(text))</text>"
        }
    }

    /// A coordinate as the writer prints it: at most two decimals, no trailing zeros, whatever the locale.
    public static func number(_ value: Double) -> String {
        SVGWriter().n(value)
    }

    /// A coordinate with at most two decimals and no trailing zeros.
    func n(_ value: Double) -> String {
        // In whole hundredths, so no locale and no printf (the charts write thousands of these).
        guard value.isFinite else { return "0" }
        let hundredths = Int((value * 100).rounded())
        let magnitude = abs(hundredths)
        let sign = hundredths < 0 ? "-" : ""
        switch magnitude % 100 {
        case 0: return sign + String(magnitude / 100)
        case let fraction where fraction % 10 == 0: return "\(sign)\(magnitude / 100).\(fraction / 10)"
        case let fraction: return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
        }
    }
}
