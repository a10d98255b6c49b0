import Foundation
import KCReportCLI

exit(KCReport.main(Array(CommandLine.arguments.dropFirst()), console: .standard))
