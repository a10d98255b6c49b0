/// The one-pager on its page, and what fitting it cost: the blocks dropped (in
/// `OptionalBlock` order), the text scale used, and warnings for the build to print.
public struct LaidOutOnePager: Sendable, Hashable {
    public var scene: Scene
    /// The blocks left out to fit the page, as `OptionalBlock.description`s.
    public var dropped: [String]
    /// 1 for the designed sizes; less when the text was shrunk to fit.
    public var scale: Double
    public var warnings: [String]

    public init(scene: Scene, dropped: [String], scale: Double, warnings: [String]) {
        self.scene = scene
        self.dropped = dropped
        self.scale = scale
        self.warnings = warnings
    }
}
