import Foundation
import Yams

/// `kcreport.yaml`: where things live and which reports to build. Read strictly: an
/// unknown key, a missing field or a value of the wrong kind is a configuration error
/// (exit 78) that points at its line and column.
struct ProjectConfig: Equatable {
    /// One report to build: its id (the folder under the output), its source, and optional names of the company in other scripts.
    struct Report: Equatable {
        var id: String
        /// A model file (.json, .yaml) or a release text, relative to the configuration's folder.
        var source: String
        /// Company names by language tag (`zh: …`), shown in the header when present.
        var names: [String: String]
    }

    /// The configuration file, as given.
    var file: String
    var output: String
    var templates: String
    var fonts: String?
    var reports: [Report]

    /// Folder the configuration's relative paths start from.
    var baseFolder: String { (file as NSString).deletingLastPathComponent }

    /// A path from the configuration, resolved against its folder.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseFolder.isEmpty { return path }
        return (baseFolder as NSString).appendingPathComponent(path)
    }

    static let topKeys: Set<String> = ["output", "templates", "fonts", "reports"]
    static let reportKeys: Set<String> = ["id", "source", "names"]

    static func load(_ file: String) throws -> ProjectConfig {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure("\(file): no such file; run kcreport in a project folder or pass --config", code: Sysexit.config)
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(file): cannot be read as UTF-8 text", code: Sysexit.config)
        }
        return try parse(text, file: file)
    }

    static func parse(_ text: String, file: String) throws -> ProjectConfig {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw failure(file, nil, "the file is empty; expected output, templates and reports") }
            root = node
        } catch let error as YamlError {
            throw failure(file, nil, "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        let top = try mapping(root, file: file, what: "the configuration", allowed: topKeys)
        guard let output = try scalar(top["output"], file: file, key: "output", at: root) else { throw failure(file, root.mark, "missing key 'output'") }
        guard let templates = try scalar(top["templates"], file: file, key: "templates", at: root) else { throw failure(file, root.mark, "missing key 'templates'") }
        let fonts = try scalar(top["fonts"], file: file, key: "fonts", at: root)
        guard let reportsNode = top["reports"] else { throw failure(file, root.mark, "missing key 'reports'") }
        guard let list = reportsNode.sequence else { throw failure(file, reportsNode.mark, "'reports' must be a list of {id, source}") }
        var reports: [Report] = []
        for item in list {
            let fields = try mapping(item, file: file, what: "a report", allowed: reportKeys)
            guard let id = try scalar(fields["id"], file: file, key: "id", at: item) else { throw failure(file, item.mark, "a report is missing key 'id'") }
            guard !id.isEmpty, id.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }), !id.hasPrefix(".") else {
                throw failure(file, fields["id"]?.mark, "report id '\(id)' must be letters, digits, '-', '_' or '.' (it names a folder)")
            }
            guard let source = try scalar(fields["source"], file: file, key: "source", at: item) else {
                throw failure(file, item.mark, "report '\(id)' is missing key 'source'")
            }
            if reports.contains(where: { $0.id == id }) { throw failure(file, fields["id"]?.mark, "report id '\(id)' is used twice") }
            var names: [String: String] = [:]
            if let namesNode = fields["names"] {
                guard let map = namesNode.mapping else { throw failure(file, namesNode.mark, "'names' must map a language tag to a name, e.g. names: {zh: …}") }
                for (key, value) in map {
                    guard let tag = key.scalar?.string, let name = value.scalar?.string, !name.isEmpty else {
                        throw failure(file, value.mark, "'names' must map a language tag to a name, e.g. names: {zh: …}")
                    }
                    names[tag] = name
                }
            }
            reports.append(Report(id: id, source: source, names: names))
        }
        return ProjectConfig(file: file, output: output, templates: templates, fonts: fonts, reports: reports)
    }

    static func failure(_ file: String, _ mark: Mark?, _ message: String) -> CommandFailure {
        let place = mark.map { "\(file):\($0.line):\($0.column)" } ?? file
        return CommandFailure("\(place): \(message)", code: Sysexit.config)
    }

    static func mapping(_ node: Node, file: String, what: String, allowed: Set<String>) throws -> [String: Node] {
        guard let map = node.mapping else { throw failure(file, node.mark, "\(what) must be a mapping of keys to values") }
        var fields: [String: Node] = [:]
        for (key, value) in map {
            guard let name = key.scalar?.string else { throw failure(file, key.mark, "keys must be plain names") }
            guard allowed.contains(name) else {
                throw failure(file, key.mark, "unknown key '\(name)' in \(what); known keys: \(allowed.sorted().joined(separator: ", "))")
            }
            fields[name] = value
        }
        return fields
    }

    static func scalar(_ node: Node?, file: String, key: String, at parent: Node) throws -> String? {
        guard let node else { return nil }
        guard let text = node.scalar?.string, !text.isEmpty else { throw failure(file, node.mark, "'\(key)' must be a non-empty text value") }
        return text
    }
}
