import Foundation
@testable import KCTemplates
import KCSVG
import KCView
import Testing

/// The template data is built straight from the view's encoding; it must be exactly what
/// the JSON round trip it replaced gave (kept here as the reference), for the one-pager's
/// views and for shapes they do not have yet: numbers, nested optionals, lists of
/// optionals, nested containers, superclass values, keys outside the schema.
@Suite struct TemplateDataTests {
    @Test func onePagerViewsMatchTheJSONRoundTrip() throws {
        let example = try TestSupport.pager(try TestSupport.example())
        let views = [example.view, OnePagerCharts.inlined(example), try EscapingTests.hostileView().view, try FullyPopulatedViewTests.view()]
        for view in views {
            try expectSameData(view, escape: MarkdownEscaping.escape)
            try expectSameData(view, escape: { $0 })
            for highlight in view.highlights { try expectSameData(highlight, escape: { $0 }) }
            try expectSameData(EmailView(view: view, report: "r", pageImage: nil, attachment: "a.pdf"), escape: { $0 })
        }
    }

    @Test func otherShapesMatchTheJSONRoundTrip() throws {
        let inner = Inner(svg: "<svg>&</svg>", name: nil, flags: [true, false], texts: ["a<b", nil, "*c*"], count: 3)
        let outer = Outer(inner: inner, missing: nil, list: [inner, Inner(svg: "", name: "n_1", flags: [], texts: [], count: -7)],
                          svg: ["<a>", "b"], nested: [["x|y"], []], name: "svg", numbers: Numbers())
        for escape in [MarkdownEscaping.escape, { "[\($0)]" }] as [(String) -> String] {
            try expectSameData(outer, escape: escape)
            try expectSameData(Custom(a: "a&b", b: ["1", "2"]), escape: escape)
            try expectSameData(Derived(base: "b<", derived: "d>"), escape: escape)
            try expectSameData(Holder(nothing: Nothing(), after: "z"), escape: escape)
        }
    }

    @Test func nonFiniteNumbersAndEmptyValuesAreRefusedAsJSONRefusesThem() {
        var numbers = Numbers()
        numbers.double = .infinity
        #expect(throws: EncodingError.self) { try TemplateData.make(numbers, escape: { $0 }) }
        #expect(throws: EncodingError.self) { try JSONReference.make(numbers, escape: { $0 }) }
        numbers = Numbers()
        numbers.float = .nan
        #expect(throws: EncodingError.self) { try TemplateData.make(numbers, escape: { $0 }) }
        #expect(throws: EncodingError.self) { try TemplateData.make(Nothing(), escape: { $0 }) }
        #expect(throws: EncodingError.self) { try JSONReference.make(Nothing(), escape: { $0 }) }
    }

    func expectSameData<T: Codable>(_ value: T, escape: @escaping (String) -> String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let direct = try TemplateData.make(value, escape: escape)
        let reference = try JSONReference.make(value, escape: escape)
        #expect(direct == reference, "\(T.self): \(direct) != \(reference)", sourceLocation: sourceLocation)
    }
}

/// The JSON round trip the template data used to be made by: encode to JSON, decode into
/// values, shape them by the schema.
enum JSONReference {
    indirect enum Value: Decodable {
        case string(String), bool(Bool), number(Double), list([Value]), object([String: Value]), null

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .null }
            else if let bool = try? container.decode(Bool.self) { self = .bool(bool) }
            else if let string = try? container.decode(String.self) { self = .string(string) }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else if let list = try? container.decode([Value].self) { self = .list(list) }
            else { self = .object(try container.decode([String: Value].self)) }
        }
    }

    static func make<T: Codable>(_ view: T, escape: (String) -> String) throws -> TemplateValue {
        let data = try JSONEncoder().encode(view)
        let value = try JSONDecoder().decode(Value.self, from: data)
        return convert(value, schema: ViewSchema.of(T.self), key: nil, escape: escape)
    }

    static func convert(_ value: Value, schema: ViewSchema, key: String?, escape: (String) -> String) -> TemplateValue {
        switch (value, schema) {
        case (.object(let fields), .object(let keys)):
            var result: [String: TemplateValue] = [:]
            for (name, child) in keys {
                result[name] = fields[name].map { convert($0, schema: child, key: name, escape: escape) } ?? .flag(false)
            }
            return .object(result)
        case (.list(let items), .list(let element)):
            return .list(items.map { convert($0, schema: element, key: nil, escape: escape) })
        case (.string(let text), _):
            return .text(key == "svg" ? text : escape(text))
        case (.bool(let flag), _):
            return .flag(flag)
        case (.number(let number), _):
            return .text(escape("\(number)"))
        default:
            return .flag(false)
        }
    }
}

// MARK: Shapes the one-pager's views do not have (yet)

struct Numbers: Codable {
    var int = 42
    var negative = -3
    var double = 0.1
    var whole = 3.0
    var float: Float = 0.1
    var big = UInt64.max
    var small: Int8 = -128
    var optional: Int? = nil
    var present: Double? = 1e300
}

struct Inner: Codable {
    var svg: String
    var name: String?
    var flags: [Bool]
    var texts: [String?]
    var count: Int
}

struct Outer: Codable {
    var inner: Inner?
    var missing: Inner?
    var list: [Inner]
    var svg: [String]
    var nested: [[String]]
    var name: String
    var numbers: Numbers
}

/// Encodes through nested containers, writes a list where the schema has a value and a
/// value where it has a list, and a key the schema does not have.
struct Custom: Codable {
    var a: String
    var b: [String]

    enum Keys: String, CodingKey { case a, b, c, d, extra }
    enum Inside: String, CodingKey { case x, y }

    init(a: String, b: [String]) {
        self.a = a
        self.b = b
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        a = try container.decode(String.self, forKey: .a)
        b = try container.decode([String].self, forKey: .b)
        let inside = try container.nestedContainer(keyedBy: Inside.self, forKey: .c)
        _ = try inside.decode(String.self, forKey: .x)
        _ = try container.decode([String].self, forKey: .d)
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        var inside = container.nestedContainer(keyedBy: Inside.self, forKey: .c)
        var list = container.nestedUnkeyedContainer(forKey: .a)
        try container.encode(b.joined(), forKey: .d)
        try container.encode("outside", forKey: .extra)
        try inside.encode(a, forKey: .x)
        try inside.encode(7, forKey: .y)
        try list.encode(a)
        var sublist = list.nestedUnkeyedContainer()
        try sublist.encode(true)
        try container.encode(b, forKey: .b)
    }
}

class Base: Codable {
    var base: String
    init(base: String) { self.base = base }
}

final class Derived: Base {
    var derived: String
    enum Keys: String, CodingKey { case derived, `super` }

    init(base: String, derived: String) {
        self.derived = derived
        super.init(base: base)
    }

    required init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        derived = try container.decode(String.self, forKey: .derived)
        try super.init(from: container.superDecoder())
    }

    override func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(derived, forKey: .derived)
        try super.encode(to: container.superEncoder())
    }
}

/// A value that writes nothing: JSON makes it an empty object when nested.
struct Nothing: Codable {
    init() {}
    init(from decoder: Decoder) throws {}
    func encode(to encoder: Encoder) throws {}
}

struct Holder: Codable {
    var nothing: Nothing
    var after: String
}
