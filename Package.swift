// swift-tools-version:6.0
import Foundation
import PackageDescription

// Cairo, Pango and fontconfig are opened at run time (CGraphicsShim), not linked: loading
// their ~40 shared libraries costs every start of kcreport ~8 ms, which a build spends on
// another thread instead. So their headers are named here rather than through pkg-config,
// which would link the libraries as well: where Debian (libcairo2-dev, libpango1.0-dev)
// puts them, and GLib's configuration header where Debian, Fedora or Arch put it.
let glibConfigHeaders = ["/usr/lib/x86_64-linux-gnu/glib-2.0/include", "/usr/lib/aarch64-linux-gnu/glib-2.0/include",
                         "/usr/lib64/glib-2.0/include", "/usr/lib/glib-2.0/include"]
    .filter { FileManager.default.fileExists(atPath: $0 + "/glibconfig.h") }
let graphicsHeaders = ["/usr/include/cairo", "/usr/include/pango-1.0", "/usr/include/glib-2.0", "/usr/include/harfbuzz",
                       "/usr/include/freetype2"] + glibConfigHeaders.prefix(1)

// One target per pipeline stage; the `kcreport` executable is a thin shell
// over `KCReportCLI`, which tests call directly.
let package = Package(
    name: "kcreport",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "kcreport", targets: ["kcreport"]),
        .library(name: "KCModel", targets: ["KCModel"]),
        .library(name: "KCImport", targets: ["KCImport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // The financial model: facts, statements, document metadata, prose. Imports nothing of ours.
        .target(name: "KCModel", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Import stage: earnings-release text -> FinancialModel.
        .target(name: "KCImport", dependencies: ["KCModel"]),
        // Check stage: tie-out checks over a model, producing findings.
        .target(name: "KCCheck", dependencies: ["KCModel", "KCImport"]),
        // The one-pager view: every figure chosen and formatted once; charts laid out into primitives.
        .target(name: "KCView", dependencies: ["KCModel"]),
        // Drawing primitives -> SVG text (real <text>, <title>, <desc>).
        .target(name: "KCSVG", dependencies: ["KCView"]),
        // Mustache templates (our own small engine, strictly checked) -> Markdown and HTML one-pagers.
        .target(name: "KCTemplates", dependencies: ["KCView"]),
        // Cairo and Pango on fontconfig, as C modules (headers only); only KCGraphics imports them.
        .systemLibrary(name: "CCairo", providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(name: "CPangoCairo", providers: [.apt(["libpango1.0-dev"])]),
        // The page as a scene (frames of text runs and shapes): the one-pager laid out on one page, and its SVG.
        .target(name: "KCScene", dependencies: ["KCView", "KCSVG"]),
        // Fonts from Fonts/, text shaped with Pango, the scene to PDF and PNG through Cairo.
        .target(name: "KCGraphics", dependencies: ["KCScene", "KCView", "KCModel", "CCairo", "CPangoCairo", "CGraphicsShim"],
                swiftSettings: [.unsafeFlags(graphicsHeaders.flatMap { ["-Xcc", "-I" + $0] })]),
        // The C functions KCGraphics calls, forwarded to Cairo, Pango and fontconfig opened at run time.
        .target(name: "CGraphicsShim", cSettings: [.unsafeFlags(graphicsHeaders.map { "-I" + $0 })]),
        // libcurl's headers for the SMTP transport (libcurl4-openssl-dev); the C shim opens the library at
        // run time and wraps its variadic calls. Only KCMail imports them.
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"]), .brew(["curl"])]),
        .target(name: "CCurlShim", dependencies: ["CCurl"]),
        // E-mail: MIME messages (text, HTML, inline PNG, PDF attached) and SMTP delivery through libcurl.
        .target(name: "KCMail", dependencies: ["CCurlShim"]),
        // Atomic folder exchange (renameat2) for publishing a report's output in one step, and
        // SHA-256 blocks (with the CPU's SHA instructions where it has them) for the manifest.
        .target(name: "CKCSystem"),
        // The commands, as a library so tests can run them in process.
        .target(name: "KCReportCLI", dependencies: [
            "KCModel", "KCImport", "KCCheck", "KCView", "KCSVG", "KCTemplates", "CKCSystem", "KCScene", "KCGraphics", "KCMail",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // The release build, linked with the static runtime (`--static-swift-stdlib`, as the
        // README, CI and bench/ build it), is placed at a fixed address (not position-
        // independent): a PIE's loader must first write the runtime's and Foundation's 81,000
        // internal pointers, copying ~600 pages of data at every start (3.5 ms of `kcreport
        // build`'s 7 ms on a missing config; ~4 ms of a whole build). The price is no address
        // randomisation of kcreport's own code and data; its libraries, heap and stack are
        // still randomised. Debug builds stay position-independent: against the shared
        // runtime a fixed-address binary makes the loader warn about protected symbols.
        .executableTarget(name: "kcreport", dependencies: ["KCReportCLI"],
                          linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie"], .when(platforms: [.linux], configuration: .release))]),
        // In-process timings for bench/run.sh (release build).
        .executableTarget(name: "kcreport-bench", dependencies: ["KCImport", "KCModel", "KCCheck", "KCView", "KCSVG", "KCTemplates", "KCScene", "KCGraphics", "KCReportCLI"]),
        // A seeded random generator the test targets share.
        .target(name: "KCTestSupport", path: "Tests/KCTestSupport"),
        .testTarget(name: "KCModelTests", dependencies: ["KCModel", "KCTestSupport"]),
        .testTarget(name: "KCImportTests", dependencies: ["KCImport", "KCModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "KCCheckTests", dependencies: ["KCCheck", "KCImport", "KCModel"]),
        .testTarget(name: "KCViewTests", dependencies: ["KCView", "KCImport", "KCModel"]),
        .testTarget(name: "KCSVGTests", dependencies: ["KCSVG", "KCView"]),
        // swift-mustache only for the parity test: our engine must render what it rendered.
        .testTarget(name: "KCTemplatesTests", dependencies: ["KCTemplates", "KCSVG", "KCView", "KCImport", "KCModel", "KCTestSupport",
                                                              .product(name: "Mustache", package: "swift-mustache")],
                    exclude: ["Golden"]),
        .testTarget(name: "KCSceneTests", dependencies: ["KCScene", "KCView", "KCImport", "KCModel"]),
        .testTarget(name: "KCGraphicsTests", dependencies: ["KCGraphics", "KCScene", "KCView", "KCImport", "KCModel", "KCCheck", "KCTemplates"],
                    exclude: ["Golden"]),
        .testTarget(name: "KCReportCLITests", dependencies: ["KCReportCLI", "CKCSystem", "KCImport", "KCModel", "KCCheck", "KCMail", "KCTestSupport"]),
        .testTarget(name: "KCMailTests", dependencies: ["KCMail"]),
    ],
    swiftLanguageModes: [.v6]
)
