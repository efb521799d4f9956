// swift-tools-version: 6.1
import PackageDescription

/// jemalloc (Debian's `libjemalloc-dev`, installed by scripts/setup) replaces glibc's malloc in the
/// executables: a cold index allocates and frees millions of small objects from two worker threads
/// and the writer, and glibc's arenas spent about a tenth of its CPU in malloc, free and their
/// consolidation (`scripts/BENCH-HISTORY.md`, session 43). Linked into the executables only, so
/// the library and its tests keep the platform's allocator.
let jemalloc: [LinkerSetting] = [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]

let package = Package(
    name: "Bulletin",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bulletin", targets: ["bulletin"]),
        .library(name: "BulletinKit", targets: ["BulletinKit"]),
        .library(name: "BulletinTUI", targets: ["BulletinTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    ],
    targets: [
        /// ncursesw, wide-character API (Debian's `libncursesw5-dev`, installed by scripts/setup). The shim header
        /// defines NCURSES_WIDECHAR itself, and the module map links `ncursesw`, whose linker script brings `tinfo`.
        /// (No `pkgConfig`: ncursesw's flags add only `-D_DEFAULT_SOURCE -D_XOPEN_SOURCE=600`, which SwiftPM refuses
        /// with a "prohibited flag(s)" warning on every build.)
        .systemLibrary(name: "CNcursesw"),
        /// Thin C wrapper over the system ICU (bidi, Arabic shaping, line breaking, legacy charsets).
        /// Its public header uses plain C types only: ICU's own headers clash with
        /// Foundation's ICU module when both are imported into Swift.
        .target(
            name: "CBulletinICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        /// jemalloc's options (`malloc_conf`), linked into the executables with jemalloc itself.
        .target(name: "CBulletinMalloc"),
        /// The model: corpus, parsing, language, text layout, entities, index, search. No terminal I/O.
        .target(
            name: "BulletinKit",
            dependencies: [
                "CBulletinICU",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Resources")],
            /// Foundation's own ICU (`Transliteration` reuses its transliterators).
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        /// State, keys, layout and drawing of the panes; the curses painter.
        .target(
            name: "BulletinTUI",
            dependencies: ["BulletinKit", "CNcursesw"]
        ),
        .executableTarget(
            name: "bulletin",
            dependencies: [
                "BulletinKit", "BulletinTUI", "CBulletinMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: jemalloc
        ),
        /// Release-build benchmarks, run by scripts/bench.
        .executableTarget(
            name: "bulletin-bench",
            dependencies: ["BulletinKit", "BulletinTUI", "CBulletinMalloc"],
            linkerSettings: jemalloc
        ),
        .testTarget(
            name: "BulletinKitTests",
            dependencies: [
                "BulletinKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "BulletinTUITests", dependencies: ["BulletinTUI", "BulletinKit"],
                    exclude: ["__Snapshots__"]),
        .testTarget(name: "bulletinCLITests", dependencies: ["BulletinKit"]),
    ],
    swiftLanguageModes: [.v6]
)
