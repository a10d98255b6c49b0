import Foundation

/// The one-pager rendered: PDF, PNG preview and SVG page bytes, the blocks dropped to fit
/// the page and the warnings (shrunk text, missing glyphs) for the build to print.
public struct OnePagerRendering: Sendable, Hashable {
    public var pdf: Data
    /// Empty when the options asked for no preview.
    public var png: Data
    /// Empty unless the options asked for the page as SVG.
    public var svg: String
    public var dropped: [String]
    public var warnings: [String]

    public init(pdf: Data, png: Data, svg: String, dropped: [String], warnings: [String]) {
        self.pdf = pdf
        self.png = png
        self.svg = svg
        self.dropped = dropped
        self.warnings = warnings
    }
}
