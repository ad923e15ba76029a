import DevServer
import Diagnostics
import Foundation
import Site

extension Commands {
    static func serve(root: URL, arguments: Arguments, output: Output) -> Int32 {
        let portText = arguments.options["--port"] ?? "8000"
        guard let port = UInt16(portText) else {
            output.error("sitegen: error: --port must be a number from 0 to 65535, not '\(portText)'")
            return 1
        }
        let host = arguments.options["--host"] ?? "127.0.0.1"
        let drafts = arguments.flags.contains("--drafts")
        let site = root.appendingPathComponent("site", isDirectory: true)
        // One build function for the first build and every rebuild: prints, writes only on success.
        // The lock keeps the first build and a watcher-triggered one from writing site/ at once.
        let building = NSLock()
        let rebuild: @Sendable () -> BuildOutcome = {
            building.withLock {
                var sink = DiagnosticSink()
                let project = Project.load(root: root, includeDrafts: drafts, sink: &sink)
                if let built = SiteBuilder.build(project, sink: &sink) {
                    _ = sink.collect { () throws -> Void in try SiteWriter.write(built.files, to: site) }
                }
                output.report(sink.all)
                if sink.hasErrors {
                    output.error("build failed; still serving the last good site")
                    return .failure(sink.errors.sorted(by: Output.order).map(\.description))
                }
                output.print("rebuilt site/")
                return .success
            }
        }
        var settings = DiagnosticSink()  // problems in site.yaml are reported by the first build
        let basePath = Project.load(root: root, includeDrafts: drafts, sink: &settings).config.basePath
        let server = DevServer(
            siteDirectory: site, host: host, port: port,
            watch: [root.appendingPathComponent("content"), root.appendingPathComponent("templates")],
            basePath: basePath, rebuild: rebuild)
        // Bind first, so a port in use is reported before anything is built or written.
        do { try server.start() } catch {
            output.error("sitegen: error: \(error)")
            return 1
        }
        server.publish(rebuild())  // a page opened while the first build is broken shows the overlay
        output.print("serving site/ at \(server.url) (Ctrl-C to stop)")
        server.runUntilSignal()
        output.print("stopped")
        return 0
    }
}
