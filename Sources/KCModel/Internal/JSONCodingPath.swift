extension JSONDocument {
    /// The keys and array indices that lead from the root to the value at `target`,
    /// as `DecodingError` reports them. Worked out only when an error is thrown, so
    /// reading a valid file never pays for paths.
    func codingPath(to target: Int) -> [any CodingKey] {
        var path: [any CodingKey] = []
        var container = 0
        while container != target {
            let node = nodes[container]
            let isObject = node.kind == .object
            var member = container + 1
            var position = 0
            var found: Int?
            while member < Int(node.next) {
                let value = isObject ? member + 1 : member
                if target >= value && target < Int(nodes[value].next) {
                    path.append(isObject ? JSONCodingKey(stringValue: string(at: member)) : JSONCodingKey(intValue: position))
                    found = value
                    break
                }
                member = Int(nodes[value].next)
                position += 1
            }
            guard let found else { break }
            container = found
        }
        return path
    }
}

/// A key of a coding path: an object key or an array index, named as JSONDecoder names them.
struct JSONCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = "Index \(intValue)"
        self.intValue = intValue
    }
}
