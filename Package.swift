// swift-tools-version:5.9
import PackageDescription

// One target per pipeline stage; dependencies point one way (see docs/architecture.md).
let package = Package(
    name: "sitegen",
    products: [
        .executable(name: "sitegen", targets: ["sitegen"])
    ],
    targets: [
        // C libraries from Debian, each behind one system-library target.
        .systemLibrary(
            name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(
            name: "CYAML", pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]),
        .systemLibrary(
            name: "CMicroHTTPD", pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]),

        .target(name: "Diagnostics"),
        .target(name: "YAML", dependencies: ["CYAML", "Diagnostics"]),
        .target(name: "Autodiff"),
        .target(name: "Chains", dependencies: ["Autodiff", "YAML", "Diagnostics"]),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "Diagnostics"]),
        .target(name: "Mustache", dependencies: ["Diagnostics"]),
        .target(name: "Views", dependencies: ["Chains", "YAML", "Diagnostics"]),
        .target(
            name: "Site",
            dependencies: ["Diagnostics", "YAML", "Chains", "Markdown", "Mustache", "Views"]),
        .target(name: "DevServer", dependencies: ["CMicroHTTPD", "Diagnostics"]),
        .target(name: "SitegenCLI", dependencies: ["Site", "DevServer", "Diagnostics"]),
        .executableTarget(name: "sitegen", dependencies: ["SitegenCLI"]),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "YAMLTests", dependencies: ["YAML", "TestSupport"]),
        .testTarget(name: "AutodiffTests", dependencies: ["Autodiff", "TestSupport"]),
        .testTarget(name: "ChainsTests", dependencies: ["Chains", "YAML", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "TestSupport"]),
        .testTarget(
            name: "ViewsTests", dependencies: ["Views", "Chains", "YAML", "TestSupport"], exclude: ["__Snapshots__"]),
        .testTarget(
            name: "SiteTests", dependencies: ["Site", "SitegenCLI", "Diagnostics", "TestSupport"],
            exclude: ["__Snapshots__"]),
        .testTarget(name: "DevServerTests", dependencies: ["DevServer", "TestSupport"]),
    ]
)
