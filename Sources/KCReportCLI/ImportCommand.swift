import ArgumentParser
import Foundation
import KCModel

/// `kcreport import RELEASE`: reads a release into the financial model.
struct ImportCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an earnings release (plain text) into the financial model.",
        discussion: "Warnings and errors go to standard error. Exit 65 when the release cannot be read correctly, 66 when it is missing.")

    @Argument(help: "The release text (the exhibit 99.1 of a 6-K or 8-K).")
    var release: String

    @Option(name: .shortAndLong, help: "Write the model to this file; .json or .yaml/.yml chooses the format.")
    var output: String?

    @Option(help: "Print the model to standard output in this format (json or yaml).")
    var format: OutputFormat?

    @Flag(help: "Leave the release's wording out of the model (quotes, outlook, sentences); keep figures and labels.")
    var figuresOnly = false

    enum OutputFormat: String, ExpressibleByArgument { case json, yaml }

    func validate() throws {
        if let output, ModelFile.Format(pathExtension: (output as NSString).pathExtension) == nil {
            throw ValidationError("-o \(output): the file must end in .json, .yaml or .yml")
        }
        if output == nil && format == nil {
            throw ValidationError("say where the model goes: -o FILE or --format json")
        }
    }

    func run(console: Console) throws -> Int32 {
        let imported = try ModelSource.importRelease(release, console: console)
        let model = figuresOnly ? imported.figuresOnly() : imported
        if let output, let fileFormat = ModelFile.Format(pathExtension: (output as NSString).pathExtension) {
            try AtomicFile.write(try ModelFile.encode(model, as: fileFormat), to: output)
            console.errorLine("wrote \(output): \(model.facts.count) facts from \(model.statements.count) tables")
        }
        if let format {
            let data = try ModelFile.encode(model, as: format == .json ? .json : .yaml)
            console.out(String(decoding: data, as: UTF8.self))
        }
        return Sysexit.ok
    }
}
