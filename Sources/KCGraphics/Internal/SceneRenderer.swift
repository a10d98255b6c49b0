internal import CCairo
internal import CPangoCairo
import KCScene
import KCView

/// Draws a scene's page into a Cairo context: frames as nested translations, shapes,
/// text as the library's layouts (shaped once, when the layout measured them). For PDF it
/// also opens a structure tag per frame role, a link tag per linked frame, and collects
/// the outline entries. Call with the library's lock held: it draws the library's layouts.
final class SceneRenderer {
    let context: CairoContext
    let fonts: FontLibrary
    let tagged: Bool
    /// Outline entries met while drawing: title and the frame's top left on the page.
    private(set) var outline: [(title: String, x: Double, y: Double)] = []

    init(context: CairoContext, fonts: FontLibrary, tagged: Bool) {
        self.context = context
        self.fonts = fonts
        self.tagged = tagged
    }

    func draw(_ page: Page) throws {
        try draw(page.root, originX: 0, originY: 0)
    }

    func draw(_ frame: Frame, originX: Double, originY: Double) throws {
        let x = originX + frame.x
        let y = originY + frame.y
        if let title = frame.outline { outline.append((title, x, y)) }
        let tag = tagged ? frame.role?.pdfTag : nil
        if let tag { try context.beginTag(tag) }
        if tagged, let link = frame.link { try context.beginTag("Link", attributes: "uri='\(CairoAttribute.quoted(link))'") }
        try context.withSavedState {
            context.translate(frame.x, frame.y)
            for item in frame.items { try draw(item, originX: x, originY: y) }
        }
        if tagged, frame.link != nil { try context.endTag("Link") }
        if let tag { try context.endTag(tag) }
    }

    func draw(_ item: SceneItem, originX: Double, originY: Double) throws {
        switch item {
        case .frame(let frame):
            try draw(frame, originX: originX, originY: originY)
        case .rect(let x, let y, let width, let height, let fill, let stroke):
            context.newPath()
            context.rectangle(x, y, width, height)
            if let fill {
                context.setColor(fill.red, fill.green, fill.blue)
                try context.fill(preserve: stroke != nil)
            }
            if let stroke {
                context.setColor(stroke.color.red, stroke.color.green, stroke.color.blue)
                try context.stroke(width: stroke.width, dash: stroke.dash)
            }
        case .line(let from, let to, let stroke):
            context.newPath()
            context.moveTo(from.x, from.y)
            context.lineTo(to.x, to.y)
            context.setColor(stroke.color.red, stroke.color.green, stroke.color.blue)
            try context.stroke(width: stroke.width, dash: stroke.dash)
        case .path(let points, let closed, let fill, let stroke):
            guard let first = points.first else { return }
            context.newPath()
            context.moveTo(first.x, first.y)
            for point in points.dropFirst() { context.lineTo(point.x, point.y) }
            if closed { context.closePath() }
            if let fill {
                context.setColor(fill.red, fill.green, fill.blue)
                try context.fill(preserve: stroke != nil)
            }
            if let stroke {
                context.setColor(stroke.color.red, stroke.color.green, stroke.color.blue)
                try context.stroke(width: stroke.width, dash: stroke.dash)
            }
        case .text(let run):
            let (layout, scale) = try fonts.layoutLocked(run.text, style: run.style)
            let width = PangoText.width(layout) * scale
            let left: Double
            switch run.anchor {
            case .start: left = run.x
            case .middle: left = run.x - width / 2
            case .end: left = run.x - width
            }
            try context.withSavedState {
                context.translate(left, run.y)
                context.scale(scale)
                context.newPath()
                context.moveTo(0, -PangoText.baseline(layout))
                context.setColor(run.style.color.red, run.style.color.green, run.style.color.blue)
                pango_cairo_show_layout(context.pointer, layout.opaque)
                try context.check("drawing the text “\(run.text)”")
            }
        }
    }
}
