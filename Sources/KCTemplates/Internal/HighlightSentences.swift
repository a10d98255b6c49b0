import Foundation
import KCView

/// Highlight sentences a renderer's highlight template has already written, by highlight.
/// A build writes the same highlights for the Markdown, the HTML and the PDF; the sentence
/// depends only on the highlight and the template, so the later ones reuse the first.
final class HighlightSentences: @unchecked Sendable {  // every access holds the lock
    /// Past this many the memory is cleared: a batch of reports must not grow it without end.
    static let limit = 512
    private let lock = NSLock()
    private var sentences: [Highlight: String] = [:]

    func sentence(for highlight: Highlight, write: (Highlight) throws -> String) rethrows -> String {
        if let known = lock.withLock({ sentences[highlight] }) { return known }
        let sentence = try write(highlight)
        lock.withLock {
            if sentences.count >= HighlightSentences.limit { sentences.removeAll(keepingCapacity: true) }
            sentences[highlight] = sentence
        }
        return sentence
    }
}
