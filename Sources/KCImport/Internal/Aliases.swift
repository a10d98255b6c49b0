import KCModel

typealias KCModelLocation = SourceLocation
