import Foundation
import TestSupport
import XCTest

/// `sitegen serve` from the command line: the parts that end without a signal.
final class ServeCommandTests: XCTestCase {
    func testAPortInUseIsAClearErrorWithStatusOne() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        // Hold a loopback port so the server cannot bind it.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(holder, $0, length) == 0, listen(holder, 1) == 0, getsockname(holder, $0, &length) == 0
                else { throw PortError(errno: errno) }
            }
        }
        let port = UInt16(bigEndian: address.sin_port)
        let result = runSitegen(["serve", "--port", String(port)], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "sitegen: error: port \(port) on 127.0.0.1 is already in use\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("site")), "nothing is built before binding")
    }

    func testAPortThatIsNotANumberIsRefused() throws {
        let dir = try SiteFixture.make(SiteFixture.course)
        defer { dir.remove() }
        let result = runSitegen(["serve", "--port", "http"], in: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, "sitegen: error: --port must be a number from 0 to 65535, not 'http'\n")
    }
}

private struct PortError: Error {
    var errno: Int32
}
