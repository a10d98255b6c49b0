/// A laid-out document: pages of frames holding positioned text runs and shapes, in
/// points with the origin at the top left and y down. Exporters (PDF, PNG, SVG) draw
/// a scene and know nothing of one-pagers or charts.
public struct Scene: Sendable, Hashable {
    public var pages: [Page]

    public init(pages: [Page]) {
        self.pages = pages
    }
}
