/// An e-mail address with an optional display name, as written in a configuration
/// ("IR Team <ir@example.com>" or "ir@example.com"); validated so that nothing it
/// holds can break a header or an SMTP command.
public struct MailAddress: Sendable, Hashable, CustomStringConvertible {
    /// The display name, unquoted; nil when none was given.
    public var name: String?
    /// `local@domain`.
    public var address: String

    public init(name: String? = nil, address: String) throws {
        guard MailAddress.isValid(address) else {
            throw MailError(.configuration, "'\(address)' is not an e-mail address (expected local@domain)")
        }
        if let name, name.contains(where: { $0.isNewline || $0 == "\0" }) {
            throw MailError(.configuration, "the name of <\(address)> contains a line break")
        }
        self.name = name.flatMap { $0.isEmpty ? nil : $0 }
        self.address = address
    }

    /// Parses `local@domain`, `Name <local@domain>` or `"Name, Inc." <local@domain>`.
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.contains(where: { $0.isNewline || $0 == "\0" }) else {
            throw MailError(.configuration, "an e-mail address contains a line break")
        }
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            let address = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            var name = trimmed[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
                name = String(name.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
            }
            try self.init(name: name, address: address)
        } else {
            try self.init(name: nil, address: trimmed)
        }
    }

    public var description: String { name.map { "\($0) <\(address)>" } ?? address }

    /// The domain part, for Message-IDs.
    public var domain: String { String(address[address.index(after: address.lastIndex(of: "@") ?? address.startIndex)...]) }

    static func isValid(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last, !local.isEmpty, !domain.isEmpty,
              local.count <= 64, address.utf8.count <= 254 else { return false }
        let localAllowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~.")
        guard local.allSatisfy({ localAllowed.contains($0) }), !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else { return false }
        if domain.hasPrefix("[") && domain.hasSuffix("]") {
            return domain.dropFirst().dropLast().allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        }
    }
}
