import Foundation
import KCModel

extension CheckReport {
    /// The report as `checks.json`: byte for byte what `JSONEncoder` writes with
    /// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a parity test holds it to
    /// that), written directly. The build writes one per report while the page is drawn,
    /// where the encoder took some 15 M instructions for the example's 413 results.
    public func json() -> Data {
        var json = PrettyJSON()
        json.object { json in
            json.key("results")
            json.array(results) { $0.write($1) }
        }
        return Data(json.bytes)
    }
}

// Keys in sorted order and optionals left out when nil, as the synthesized Encodable
// conformances write them.
private extension PrettyJSON {
    mutating func write(_ result: CheckResult) {
        object { json in
            json.key("check"); json.string(result.check)
            json.key("findings"); json.array(result.findings) { $0.write($1) }
            if let reason = result.reason { json.key("reason"); json.string(reason) }
            json.key("status"); json.string(result.status.rawValue)
            json.key("subject"); json.string(result.subject)
        }
    }

    mutating func write(_ finding: Finding) {
        object { json in
            json.key("check"); json.string(finding.check)
            if let expected = finding.expected { json.key("expected"); json.number(expected.description) }
            json.key("figures"); json.array(finding.figures) { $0.write($1) }
            if let found = finding.found { json.key("found"); json.number(found.description) }
            if let location = finding.location { json.key("location"); json.write(location) }
            json.key("message"); json.string(finding.message)
            json.key("severity"); json.string(finding.severity.rawValue)
        }
    }

    mutating func write(_ figure: FigureRef) {
        object { json in
            json.key("label"); json.string(figure.label)
            if let period = figure.period { json.key("period"); json.write(period) }
            json.key("source"); json.write(figure.source)
            if let text = figure.text { json.key("text"); json.string(text) }
            json.key("value"); json.number(figure.value.description)
        }
    }

    mutating func write(_ location: SourceLocation) {
        object { json in
            json.key("column"); json.number(String(location.column))
            json.key("file"); json.string(location.file)
            json.key("line"); json.number(String(location.line))
        }
    }

    mutating func write(_ period: Period) {
        object { json in
            switch period {
            case .duration(let start, let end):
                json.key("end"); json.string(end.description)
                json.key("start"); json.string(start.description)
            case .instant(let day):
                json.key("instant"); json.string(day.description)
            }
        }
    }
}

/// Writes JSON as Foundation's `JSONEncoder` pretty-prints it: two spaces of indent,
/// `"key" : value`, an empty container as its brackets around an empty line, and in
/// strings only `"`, `\` and control characters escaped.
fileprivate struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// How many members or elements each open container has so far, innermost last.
    private var counts: [Int] = []

    mutating func object(_ members: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<Element>(_ elements: [Element], _ write: (inout PrettyJSON, Element) -> Void) {
        open(UInt8(ascii: "["))
        for element in elements {
            item()
            write(&self, element)
        }
        close(UInt8(ascii: "]"))
    }

    /// Starts an object's member; its value comes next.
    mutating func key(_ name: String) {
        item()
        string(name)
        bytes += Array(" : ".utf8)
    }

    mutating func number(_ literal: String) {
        bytes += Array(literal.utf8)
    }

    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x08: bytes += Array(#"\b"#.utf8)
            case 0x09: bytes += Array(#"\t"#.utf8)
            case 0x0A: bytes += Array(#"\n"#.utf8)
            case 0x0C: bytes += Array(#"\f"#.utf8)
            case 0x0D: bytes += Array(#"\r"#.utf8)
            case 0x00..<0x20: bytes += Array(#"\u00"#.utf8) + [PrettyJSON.hex[Int(byte >> 4)], PrettyJSON.hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A comma before every member or element but a container's first, then a new line.
    private mutating func item() {
        if counts[counts.count - 1] > 0 { bytes.append(UInt8(ascii: ",")) }
        counts[counts.count - 1] += 1
        newline()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        counts.append(0)
    }

    private mutating func close(_ bracket: UInt8) {
        if counts.removeLast() == 0 { bytes.append(UInt8(ascii: "\n")) }
        newline()
        bytes.append(bracket)
    }

    private mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        bytes += repeatElement(UInt8(ascii: " "), count: 2 * counts.count)
    }
}
