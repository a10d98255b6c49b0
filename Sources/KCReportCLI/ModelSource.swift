import Foundation
import KCImport
import KCModel

/// Loads a financial model from a release text or a model file (`.json`, `.yaml`),
/// turning each way it can fail into a message and an exit code.
enum ModelSource {
    static func read(_ path: String) throws -> Data {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("\(path): no such file", code: Sysexit.noInput)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CommandFailure("\(path): cannot be read", code: Sysexit.noInput)
        }
        return data
    }

    /// Imports a release; errors are printed and end the command with 65.
    static func importRelease(_ path: String, console: Console) throws -> FinancialModel {
        let data = try read(path)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path):1:1: error: the file is not UTF-8 text; expected the plain text of an earnings release", code: Sysexit.dataError)
        }
        let result = ReleaseImporter.importRelease(text: text, file: path)
        for diagnostic in result.diagnostics { console.errorLine(diagnostic.description) }
        guard let model = result.model, !result.hasErrors else {
            let count = result.errors.count
            throw CommandFailure("import of \(path) failed with \(count) error\(count == 1 ? "" : "s")", code: Sysexit.dataError)
        }
        return model
    }

    /// A model file, or a release when the extension is not a model format.
    static func load(_ path: String, console: Console) throws -> FinancialModel {
        guard let format = ModelFile.Format(pathExtension: (path as NSString).pathExtension) else {
            return try importRelease(path, console: console)
        }
        let data = try read(path)
        do {
            return try ModelFile.decode(data, as: format)
        } catch {
            throw CommandFailure("\(path): not a kcreport model: \(describe(error))", code: Sysexit.dataError)
        }
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context):
            return "\(context.debugDescription) at \(codingPath(context.codingPath))"
        case DecodingError.keyNotFound(let key, let context):
            return "missing key '\(key.stringValue)' at \(codingPath(context.codingPath))"
        default:
            return String(describing: error)
        }
    }

    private static func codingPath(_ path: [CodingKey]) -> String {
        path.isEmpty ? "the top level" : path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
}
