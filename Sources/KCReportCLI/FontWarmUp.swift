import Foundation
import KCGraphics
import KCScene

/// Loads Cairo, Pango and the fonts on another thread as soon as a build knows it will
/// draw a page, so that the libraries load and fontconfig and HarfBuzz read the fonts
/// while the first report is loaded and checked instead of after. Once per build; a
/// failure here shows again, with its message, when the report renders.
final class FontWarmUp: @unchecked Sendable {
    private let folder: String
    private let lock = NSLock()
    private var loading: Deferred<Void>?

    init(folder: String) {
        self.folder = folder
    }

    /// Starts loading the fonts `report` draws with, unless it draws nothing or a report started already.
    func start(for report: ProjectConfig.Report) {
        guard report.settings.draws else { return }
        lock.withLock {
            guard loading == nil else { return }
            loading = Deferred { [folder] in
                try FontLibrary.warmUpShared(folder: folder, styles: OnePagerLayout.typefaces(localNameLanguage: report.localNameLanguage))
            }
        }
    }

    /// Waits until the fonts are loaded, so the process never exits with the other thread
    /// inside fontconfig or HarfBuzz (a build whose reports failed before drawing).
    func wait() {
        _ = try? lock.withLock { loading }?.value()
    }
}
