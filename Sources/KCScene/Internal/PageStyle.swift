import KCView

/// The one-pager's type sizes, spacing and colours at a text scale (1 as designed; less to fit).
/// Two weights of Inter, Regular and SemiBold, with size setting the name and the figures
/// apart: each face a page uses is loaded, shaped with and embedded on its own, about
/// 3 ms of every build. (The local name is set in Medium: its CJK characters come from the
/// CJK font, which has one weight; only Latin letters in it load Inter Medium.)
struct PageStyle {
    let scale: Double

    static let ink = SceneColor(Palette.ink)
    static let muted = SceneColor(Palette.muted)
    static let rule = SceneColor(Palette.grid)
    static let accent = SceneColor(hex: "#0b4f8a", role: "accent")
    static let tile = SceneColor(hex: "#f3f5f8", role: "tile")

    /// The smallest type on the page, at any scale: smaller does not read on paper.
    static let smallestText = 7.0

    /// A length at the scale, to a hundredth of a point.
    func size(_ points: Double) -> Double { (points * scale * 100).rounded() / 100 }

    /// A type size at the scale, never under `smallestText`.
    func textSize(_ points: Double) -> Double { max(PageStyle.smallestText, size(points)) }

    /// Vertical space between blocks.
    var gap: Double { size(11) }

    var company: TextStyle { TextStyle(size: textSize(18), weight: .semibold, color: PageStyle.ink) }
    var localName: TextStyle { TextStyle(size: textSize(13), weight: .medium, color: PageStyle.muted) }
    var title: TextStyle { TextStyle(size: textSize(12), weight: .semibold, color: PageStyle.accent) }
    var meta: TextStyle { TextStyle(size: textSize(7.5), color: PageStyle.muted) }
    var tickers: TextStyle { TextStyle(size: textSize(8), weight: .semibold, color: PageStyle.ink) }
    var heading: TextStyle { TextStyle(size: textSize(9.5), weight: .semibold, color: PageStyle.ink) }

    var tileLabel: TextStyle { TextStyle(size: textSize(7), weight: .semibold, color: PageStyle.muted) }
    var tileValue: TextStyle { TextStyle(size: textSize(15), weight: .semibold, color: PageStyle.ink) }
    var tileUnit: TextStyle { TextStyle(size: textSize(7), color: PageStyle.muted) }
    var tileChange: TextStyle { TextStyle(size: textSize(7), weight: .semibold, color: PageStyle.ink) }
    var tileBasis: TextStyle { TextStyle(size: textSize(7), color: PageStyle.muted) }
    var tileNote: TextStyle { TextStyle(size: textSize(7), color: PageStyle.muted) }

    var chartFont: Double { textSize(7) }
    /// The charts' height when the page is full, and the most they grow into room left over.
    var chartHeight: Double { size(145) }
    var chartHeightMaximum: Double { size(200) }

    var tableText: TextStyle { TextStyle(size: textSize(7.8), tabular: true, color: PageStyle.ink) }
    var tableLeading: Double { size(10.8) }

    var body: TextStyle { TextStyle(size: textSize(8.2), color: PageStyle.ink) }
    var bodyLeading: Double { size(11) }
    var quote: TextStyle { TextStyle(size: textSize(8.2), italic: true, color: PageStyle.ink) }

    var note: TextStyle { TextStyle(size: textSize(7), color: PageStyle.muted) }
    var noteLeading: Double { note.size * 1.2 }

    /// Every text style above (the charts' labels are set in `body`'s typeface).
    var all: [TextStyle] {
        [company, localName, title, meta, tickers, heading, tileLabel, tileValue, tileUnit, tileChange, tileBasis, tileNote,
         tableText, body, quote, note]
    }
}
