import Dispatch
import Foundation
import KCGraphics
import KCScene

/// Loads the fonts on another thread as soon as a build knows it will draw a page, so
/// that fontconfig and HarfBuzz read the fonts while the first report is loaded and
/// checked instead of after. Once per build; a failure here shows again, with its
/// message, when the report renders.
final class FontWarmUp: @unchecked Sendable {
    private let folder: String
    private let lock = NSLock()
    private var started = false
    private let done = DispatchGroup()

    init(folder: String) {
        self.folder = folder
    }

    func start(localNameLanguage: String?) {
        let first = lock.withLock {
            defer { started = true }
            return !started
        }
        guard first else { return }
        done.enter()
        DispatchQueue.global(qos: .userInitiated).async { [folder, done] in
            defer { done.leave() }
            guard let fonts = try? FontLibrary.shared(folder: folder) else { return }
            fonts.prepare(OnePagerLayout.typefaces(localNameLanguage: localNameLanguage))
        }
    }

    /// Waits until the fonts are loaded, so the process never exits with the other thread
    /// inside fontconfig or HarfBuzz (a build whose reports failed before drawing).
    func wait() {
        done.wait()
    }
}
