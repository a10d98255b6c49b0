import Foundation
import KCScene

/// Turns a scene's page into PNG bytes through a Cairo image surface, on white, at a
/// resolution in dots per inch. Pure: the same scene, options and fonts give the same bytes.
public struct PNGExporter: Sendable {
    /// Dots per inch; 72 draws a point as a pixel.
    public var resolution: Double
    /// Which page of the scene.
    public var page: Int

    public init(resolution: Double = 144, page: Int = 0) {
        self.resolution = resolution
        self.page = page
    }

    /// Draws under the lock of `fonts` (the text is its layouts); exports with other
    /// libraries run at the same time.
    public func export(_ scene: Scene, fonts: FontLibrary) throws -> Data {
        try fonts.lock.withLock { try exportLocked(scene, fonts: fonts) }
    }

    private func exportLocked(_ scene: Scene, fonts: FontLibrary) throws -> Data {
        guard scene.pages.indices.contains(page) else { throw GraphicsError("the scene has no page \(page + 1)") }
        let page = scene.pages[page]
        let factor = resolution / 72
        let surface = try CairoSurface.image(width: Int((page.width * factor).rounded()), height: Int((page.height * factor).rounded()))
        let context = try CairoContext(surface: surface)
        context.setColor(255, 255, 255)
        try context.paint()
        context.scale(factor)
        let renderer = SceneRenderer(context: context, fonts: fonts, tagged: false)
        try renderer.draw(page)
        return try surface.png()
    }
}
