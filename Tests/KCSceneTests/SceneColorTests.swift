import KCScene
import Testing

/// Colours from `#rrggbb` and `#rgb` text, in either case; anything else is black.
@Suite struct SceneColorTests {
    @Test func hexTextBecomesChannels() {
        let color = SceneColor(hex: "#1a2B3c", role: "ink")
        #expect((color.red, color.green, color.blue, color.role) == (0x1a, 0x2b, 0x3c, "ink"))
        #expect(color.hex == "#1a2b3c")
        let short = SceneColor(hex: "abc")
        #expect((short.red, short.green, short.blue) == (0xaa, 0xbb, 0xcc))
    }

    @Test func textThatIsNoColourIsBlack() {
        for text in ["", "#", "#12345", "#12zz56", "red", "#1234567"] {
            let color = SceneColor(hex: text)
            #expect((color.red, color.green, color.blue) == (0, 0, 0), "\(text)")
        }
    }
}
