import Foundation
import Yams

/// Reads and writes a `FinancialModel` as JSON or YAML. Output is deterministic:
/// sorted keys, fixed indentation, exact decimals, so the same model gives the same bytes.
public enum ModelFile {
    public enum Format: String, Sendable, CaseIterable {
        case json, yaml

        /// The format named by a file's extension (`.json`, `.yaml`, `.yml`).
        public init?(pathExtension: String) {
            switch pathExtension.lowercased() {
            case "json": self = .json
            case "yaml", "yml": self = .yaml
            default: return nil
            }
        }
    }

    public static func encode(_ model: FinancialModel, as format: Format) throws -> Data {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            var data = try encoder.encode(model)
            data.append(0x0A)
            return data
        case .yaml:
            let encoder = YAMLEncoder()
            encoder.options.sortKeys = true
            encoder.options.allowUnicode = true
            return Data(try encoder.encode(model).utf8)
        }
    }

    public static func decode(_ data: Data, as format: Format) throws -> FinancialModel {
        switch format {
        case .json: return try decodeJSON(data)
        case .yaml: return try YAMLDecoder().decode(FinancialModel.self, from: data)
        }
    }

    /// JSON through `JSONReader` and the model types' `init(json:)`: the model JSONDecoder
    /// would give, about ten times faster. Syntax errors are `DecodingError.dataCorrupted`
    /// at the top level, naming line and column; shape errors carry their coding path.
    private static func decodeJSON(_ data: Data) throws -> FinancialModel {
        let document: JSONDocument
        do {
            document = try JSONReader.parse(data)
        } catch {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: error.description, underlyingError: error))
        }
        return try FinancialModel(json: document.root)
    }
}
