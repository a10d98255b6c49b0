import ArgumentParser
import Foundation
import KCModel

/// `kcreport show FILE`: a readable summary of a model or a release.
struct ShowCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Summarise a model file or a release: company, period, tables and headline figures.")

    @Argument(help: "A model file (.json, .yaml) or a release text.")
    var file: String

    func run(console: Console) throws -> Int32 {
        let model = try ModelSource.load(file, console: console)
        console.out(ModelSummary(model: model).text)
        return Sysexit.ok
    }
}
