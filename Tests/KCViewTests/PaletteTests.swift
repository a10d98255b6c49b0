import KCView
import Testing

/// The chart colours survive greyscale printing: the first three series are far apart in
/// lightness, and darker than the grid lines (grey 221) and the paper.
@Suite struct PaletteTests {
    /// The grey level (0–255) a printer makes of `hex` (Rec. 601 luma).
    static func grey(_ hex: String) throws -> Double {
        let value = try #require(Int(hex.dropFirst(), radix: 16))
        return 0.299 * Double(value >> 16 & 0xff) + 0.587 * Double(value >> 8 & 0xff) + 0.114 * Double(value & 0xff)
    }

    @Test func theFirstThreeSeriesDifferInGrey() throws {
        let greys = try Palette.series.prefix(3).map(Self.grey).sorted()
        #expect(greys[1] - greys[0] >= 40 && greys[2] - greys[1] >= 40, "grey levels \(greys)")
        let grid = try Self.grey(Palette.grid.hex)
        #expect(greys[2] <= grid - 40, "the lightest is not taken for a grid line (\(grid)): \(greys)")
    }
}
