import Foundation

/// A JSON text parsed into a flat list of nodes in document order (`JSONReader` makes it).
///
/// A container's members follow it, an object's as key node then value node, and
/// `next` skips past them. Strings and numbers keep their place in the bytes and
/// become Swift values only when a model type asks for one, so nothing is built twice.
final class JSONDocument {
    let bytes: [UInt8]
    let nodes: [JSONNode]
    private var repeatedStrings = RepeatedStrings()

    init(bytes: [UInt8], nodes: [JSONNode]) {
        self.bytes = bytes
        self.nodes = nodes
    }

    /// The value of the whole document.
    var root: JSONValue { JSONValue(document: self, index: 0) }

    /// `body` over the bytes of a string (between its quotes) or a number.
    func withBytes<T>(of node: JSONNode, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        try bytes.withUnsafeBufferPointer { bytes in
            try body(UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)]))
        }
    }

    /// The text of a string node, escapes resolved.
    func string(at index: Int) -> String {
        let node = nodes[index]
        guard node.isPlain else { return JSONEscapes.unescape(bytes[Int(node.start)..<Int(node.end)]) }
        return withBytes(of: node) { repeatedStrings.string($0) }
    }

    /// The literal of a number node, as written.
    func literal(at index: Int) -> String {
        withBytes(of: nodes[index]) { String(decoding: $0, as: UTF8.self) }
    }

    /// The index of the first key node among `object`'s members that is `key`, if any.
    func firstKey(_ key: StaticString, in object: Int) -> Int? {
        let keyText = UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount)
        let keyLength = UInt32(keyText.count)
        let keyPrefix = JSONNode.prefix(of: keyText)
        return nodes.withUnsafeBufferPointer { nodes in
            let end = Int(nodes[object].next)
            var index = object + 1
            while index < end {
                let node = nodes[index]
                if node.isPlain {
                    if node.end - node.start == keyLength && node.countOrPrefix == keyPrefix
                        && (keyLength <= 4 || withBytes(of: node, { Self.equal($0, keyText) })) {
                        return index
                    }
                } else if string(at: index) == key.description {
                    return index
                }
                index = Int(nodes[index + 1].next)
            }
            return nil
        }
    }

    private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count, let aBase = a.baseAddress, let bBase = b.baseAddress else { return a.count == b.count && a.isEmpty }
        return memcmp(aBase, bBase, a.count) == 0
    }
}
