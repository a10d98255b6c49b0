import Foundation
@testable import KCTemplates
import KCTestSupport
import Testing

/// Trimming on the bytes gives what Foundation gives, whatever the ends are.
@Suite struct TrimmingTests {
    static let pieces = [" ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{A0}", "\u{2003}", "\u{200B}", "\u{3000}", "\u{85}", "\u{2028}",
                         "\u{301}", "a", "é", "名", "#", "🇺🇸", ""]

    @Test func matchesFoundation() {
        var generator = SeededGenerator(seed: 0x7472_696D)
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 0..<7, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            let padded = "x" + text + "y"
            for sample in [text, padded, String(padded.dropFirst()), String(padded.dropLast())] {
                #expect(Trimming.whitespaces(sample[...]) == sample.trimmingCharacters(in: .whitespaces), "\(sample.debugDescription)")
                #expect(Trimming.whitespacesAndNewlines(sample[...]) == sample.trimmingCharacters(in: .whitespacesAndNewlines), "\(sample.debugDescription)")
            }
        }
    }
}
