/// Collects the warnings of one layout attempt, in the order they arise, without repeats.
final class Diagnostics {
    private(set) var warnings: [String] = []

    func warn(_ message: String) {
        if !warnings.contains(message) { warnings.append(message) }
    }
}
