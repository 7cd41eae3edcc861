// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "SOPEngine",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sop", targets: ["Runner"]),
        .executable(name: "sop-bench", targets: ["Bench"]),
        .library(name: "SOPDSL", targets: ["SOPDSL"]),
        .library(name: "SOPEngine", targets: ["SOPEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // The system libyaml, wrapped only by SOPDSL.
        .systemLibrary(
            name: "CYaml",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "SOPDSL", dependencies: ["CYaml"]),
        // The system libxml2, wrapped only by SOPRender.
        .systemLibrary(
            name: "CXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "SOPRender", dependencies: ["SOPDSL", "CXML2"]),
        .target(
            name: "SOPEngine",
            dependencies: [
                "SOPDSL",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        // The event store on a PostgreSQL server (many offices, one database).
        .target(
            name: "SOPStorePostgres",
            dependencies: ["SOPEngine", .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        // `sop server`: the staff web pages and the JSON API over one store for many offices.
        .target(
            name: "SOPServer",
            dependencies: [
                "SOPDSL", "SOPEngine", "SOPReports", "SOPRender",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            // Only what a file imports is in scope: GRDB's string-literal `SQL` and its `joined()`,
            // reached through SOPEngine, once turned an HTML fragment into an SQL description.
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // Two versions of an SOP compared in the printed form's terms (`sop banding`).
        .target(name: "SOPDiff", dependencies: ["SOPDSL"]),
        .target(name: "SOPReports", dependencies: ["SOPEngine", "SOPDSL", "SOPDiff"],
                swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]),
        .executableTarget(
            name: "Runner",
            dependencies: [
                "SOPDSL",
                "SOPEngine",
                "SOPReports",
                "SOPRender",
                "SOPDiff",
                "SOPStorePostgres",
                "SOPServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: [.enableUpcomingFeature("MemberImportVisibility")]
        ),
        // The benchmark suite (docs/performance.md); GRDB only for bulk-loading synthetic cases.
        .executableTarget(
            name: "Bench",
            dependencies: [
                "SOPDSL", "SOPEngine", "SOPReports", "SOPRender",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Bench"
        ),
        .testTarget(name: "BenchTests", dependencies: ["Bench", "SOPDSL", "SOPEngine", "SOPReports"]),
        // Paths, golden files and process running shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DSLTests", dependencies: ["SOPDSL", "Runner", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "RenderTests", dependencies: ["SOPRender", "SOPDSL", "Runner", "TestSupport"], exclude: ["Golden", "Corpus"]),
        .testTarget(
            name: "SOPEngineTests",
            dependencies: ["SOPEngine", "SOPDSL", "SOPReports", "SOPStorePostgres", "Runner", "TestSupport",
                           .product(name: "PostgresNIO", package: "postgres-nio")],
            exclude: ["Calendar/Fixtures", "Calendar/deadline-cases.tsv", "SLA/Golden", "Fixtures"]
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: ["SOPServer", "SOPEngine", "SOPDSL", "TestSupport",
                           .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "DiffTests", dependencies: ["SOPDiff", "SOPDSL", "SOPReports", "Runner", "TestSupport"], exclude: ["Golden"]),
    ]
)
