import Foundation
import Yams

/// `kcreport.yaml`: where things live and which reports to build. Read strictly: an
/// unknown key, a missing field or a value of the wrong kind is a configuration error
/// (exit 78) that points at its line and column.
struct ProjectConfig: Equatable, Sendable {
    /// One report to build: its id (the folder under the output), its source, and optional names of the company in other scripts.
    struct Report: Equatable, Sendable {
        var id: String
        /// A model file (.json, .yaml) or a release text, relative to the configuration's folder.
        var source: String
        /// Company names by language tag (`zh: …`), shown in the header when present.
        var names: [String: String]
        /// Earlier releases or models whose figures fill in the trend (latest source wins).
        var history: [String] = []
        /// How to build it: the project defaults with this report's overrides applied.
        var settings: Settings = Settings()
        /// The report's section of the configuration as written, for the manifest's hash.
        var configText: String = ""
        /// The report's own recipients and subject (`email:`), over the project's.
        var email: EmailConfig.Recipients?

        /// The language of the local name the header shows: Chinese when there is one, else the first.
        var localNameLanguage: String? {
            let languages = names.keys.sorted()
            return languages.first { $0.hasPrefix("zh") } ?? languages.first
        }
    }

    /// What to produce and how; `defaults:` sets them for every report, a report may override.
    struct Settings: Equatable, Sendable {
        static let allFormats = ["pdf", "png", "html", "md"]
        static let pageSizes = ["A4", "Letter"]

        var formats: [String] = ["pdf", "html", "md"]
        var page: String = "A4"
        /// A currency code (or the release's sign for it) to show figures in; nil for the reporting currency.
        var displayCurrency: String?
        var language: String = "en"

        /// Whether a page is drawn: the PDF or its PNG.
        var draws: Bool { formats.contains("pdf") || formats.contains("png") }
    }

    /// The configuration file, as given.
    var file: String
    var output: String
    var templates: String
    var fonts: String?
    var defaults: Settings = Settings()
    var reports: [Report]
    /// The `email:` section, when the project sends its one-pagers.
    var email: EmailConfig?

    /// Folder the configuration's relative paths start from.
    var baseFolder: String { (file as NSString).deletingLastPathComponent }

    /// The reports named (all when none), or exit 64 naming the unknown ones.
    func select(_ ids: [String]) throws -> [Report] {
        let unknown = ids.filter { id in !reports.contains { $0.id == id } }
        guard unknown.isEmpty else {
            throw CommandFailure("\(file): no report with id \(unknown.map { "'\($0)'" }.joined(separator: ", ")); known: \(reports.map(\.id).joined(separator: ", "))", code: Sysexit.usage)
        }
        return reports.filter { ids.isEmpty || ids.contains($0.id) }
    }

    /// The fonts folder, resolved: the configured one, else `Fonts` beside the configuration.
    var fontsFolder: String { resolve(fonts ?? "Fonts") }

    /// A path from the configuration, resolved against its folder.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") || baseFolder.isEmpty { return path }
        return (baseFolder as NSString).appendingPathComponent(path)
    }

    static let topKeys: Set<String> = ["output", "templates", "fonts", "defaults", "reports", "email"]
    static let settingKeys: Set<String> = ["formats", "page", "display-currency", "language"]
    static let reportKeys: Set<String> = settingKeys.union(["id", "source", "names", "history", "email"])

    static func load(_ file: String) throws -> ProjectConfig {
        guard FileManager.default.fileExists(atPath: file) else {
            throw CommandFailure("\(file): no such file; run kcreport in a project folder or pass --config", code: Sysexit.config)
        }
        guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(file): cannot be read as UTF-8 text", code: Sysexit.config)
        }
        let config = try parse(text, file: file)
        // Every source must be there before anything is built.
        for report in config.reports {
            for path in [report.source] + report.history where !FileManager.default.fileExists(atPath: config.resolve(path)) {
                throw CommandFailure("\(file): report '\(report.id)': source \(path) does not exist (looked at \(config.resolve(path)))", code: Sysexit.config)
            }
        }
        return config
    }

    static func parse(_ text: String, file: String) throws -> ProjectConfig {
        let root: Node
        do {
            // Every value is read as text (`scalar?.string`), so no tag needs resolving: the default
            // resolver compiles a regular expression per YAML type and runs them on every value.
            guard let node = try Yams.compose(yaml: text, .basic) else { throw failure(file, nil, "the file is empty; expected output, templates and reports") }
            root = node
        } catch let error as YamlError {
            throw failure(file, nil, "not valid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        let top = try mapping(root, file: file, what: "the configuration", allowed: topKeys)
        guard let output = try scalar(top["output"], file: file, key: "output", at: root) else { throw failure(file, root.mark, "missing key 'output'") }
        guard let templates = try scalar(top["templates"], file: file, key: "templates", at: root) else { throw failure(file, root.mark, "missing key 'templates'") }
        let fonts = try scalar(top["fonts"], file: file, key: "fonts", at: root)
        var defaults = Settings()
        if let defaultsNode = top["defaults"] {
            let fields = try mapping(defaultsNode, file: file, what: "defaults", allowed: settingKeys)
            defaults = try settings(fields, over: defaults, file: file)
        }
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
            var history: [String] = []
            if let historyNode = fields["history"] {
                guard let items = historyNode.sequence else { throw failure(file, historyNode.mark, "'history' must be a list of release texts or model files") }
                for entry in items {
                    guard let path = entry.scalar?.string, !path.isEmpty else { throw failure(file, entry.mark, "'history' entries must be file paths") }
                    history.append(path)
                }
            }
            let settings = try settings(fields, over: defaults, file: file)
            // Recipients are not part of configText: changing them does not rebuild the report.
            let email = try fields["email"].map { try EmailConfig.parseReport($0, file: file) }
            reports.append(Report(id: id, source: source, names: names, history: history, settings: settings,
                                  configText: canonical(id: id, source: source, names: names, history: history, settings: settings),
                                  email: email))
        }
        let email = try top["email"].map { try EmailConfig.parse($0, file: file) }
        return ProjectConfig(file: file, output: output, templates: templates, fonts: fonts, defaults: defaults, reports: reports, email: email)
    }

    /// `base` with the setting keys present in `fields` applied.
    static func settings(_ fields: [String: Node], over base: Settings, file: String) throws -> Settings {
        var result = base
        if let node = fields["formats"] {
            guard let items = node.sequence, !items.isEmpty else { throw failure(file, node.mark, "'formats' must be a list of \(Settings.allFormats.joined(separator: ", "))") }
            result.formats = try items.map { item in
                guard let name = item.scalar?.string, Settings.allFormats.contains(name) else {
                    throw failure(file, item.mark, "unknown format '\(item.scalar?.string ?? "")'; expected one of \(Settings.allFormats.joined(separator: ", "))")
                }
                return name
            }
        }
        if let node = fields["page"] {
            guard let page = node.scalar?.string, let size = Settings.pageSizes.first(where: { $0.lowercased() == page.lowercased() }) else {
                throw failure(file, node.mark, "'page' must be A4 or Letter")
            }
            result.page = size
        }
        if let node = fields["display-currency"] {
            guard let currency = node.scalar?.string, !currency.isEmpty else { throw failure(file, node.mark, "'display-currency' must be a currency such as USD") }
            result.displayCurrency = currency
        }
        if let node = fields["language"] {
            guard let language = node.scalar?.string, !language.isEmpty else { throw failure(file, node.mark, "'language' must be a language tag such as en") }
            result.language = language
        }
        return result
    }

    /// The report's configuration in one canonical line, so the manifest sees any change to it
    /// (or to the defaults it inherits) and nothing else.
    static func canonical(id: String, source: String, names: [String: String], history: [String], settings: Settings) -> String {
        let nameList = names.keys.sorted().map { "\($0)=\(names[$0] ?? "")" }.joined(separator: ",")
        return "id=\(id);source=\(source);names=\(nameList);history=\(history.joined(separator: ","));formats=\(settings.formats.joined(separator: ","));page=\(settings.page);display-currency=\(settings.displayCurrency ?? "");language=\(settings.language)"
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
