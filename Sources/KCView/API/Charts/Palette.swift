/// The colours charts use: the Okabe–Ito colour-blind-safe palette for series, greys for ink and rules.
public enum Palette {
    /// Series colours in order (Okabe & Ito, 2008). The first three are also far apart in
    /// lightness — grey levels 87, 162 and 0 of 255 — and darker than the grid (221), so a
    /// chart printed in greyscale still tells them apart: blue, orange, black; then green,
    /// purple, sky blue, vermilion, yellow.
    public static let series: [String] = ["#0072B2", "#E69F00", "#000000", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"]

    public static func series(_ index: Int) -> Paint {
        Paint(hex: series[index % series.count], role: "series-\(index % series.count + 1)")
    }

    public static let ink = Paint(hex: "#1f2328", role: "ink")
    public static let muted = Paint(hex: "#59636e", role: "muted")
    public static let grid = Paint(hex: "#d8dee4", role: "grid")
    public static let axis = Paint(hex: "#59636e", role: "axis")
}
