/// A key path as a tag writes it (`header.company`, `.`, `.label`), split once when the
/// template is compiled rather than at every lookup.
struct KeyName: Sendable {
    /// As written, for messages.
    let text: String
    /// The names between the dots; none for `.` (the current value).
    let segments: [String]
    /// Starts with a dot: the first segment is looked up in the current value only,
    /// not in the values around it.
    let isAnchored: Bool

    init(_ text: String) {
        self.text = text
        isAnchored = text.utf8.first == UInt8(ascii: ".")
        // Split on the bytes: a "." is one byte and always a character of its own in a name
        // (a name has no combining marks), and this runs for every tag of every template.
        var segments: [String] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == UInt8(ascii: ".") {
                if start != index { segments.append(String(Substring(utf8[start..<index]))) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { segments.append(String(Substring(utf8[start...]))) }
        self.segments = segments
    }
}
