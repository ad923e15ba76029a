import Foundation

/// Opens the listening socket before the daemon starts, so that the server knows the port it got
/// (port 0 asks the kernel for a free one) and can word "already in use" precisely.
///
/// libmicrohttpd can bind by itself, but reading its port back needs `MHD_get_daemon_info`,
/// which is variadic and so not callable from Swift; handing it our socket avoids that.
struct ListenSocket {
    /// The socket, owned by whoever takes it next (the daemon), or closed with `close()`.
    let descriptor: Int32
    /// The port actually bound.
    let port: UInt16

    /// Binds `host` (a numeric IPv4 or IPv6 address, or `localhost`) and `port`, and listens.
    static func open(host: String, port: UInt16) throws(DevServerError) -> ListenSocket {
        guard var address = SocketAddress(host: host, port: port) else { throw .invalidHost(host) }
        let descriptor = socket(address.family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { throw .system("cannot create a socket", errno: errno) }
        var one: Int32 = 1
        // Lets a restarted server take its port back at once while old connections sit in TIME_WAIT.
        _ = setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        if address.family == AF_INET6 {
            _ = setsockopt(descriptor, Int32(IPPROTO_IPV6), IPV6_V6ONLY, &one, socklen_t(MemoryLayout<Int32>.size))
        }
        let bound = address.withSockaddr { bind(descriptor, $0, $1) }
        guard bound == 0, listen(descriptor, SOMAXCONN) == 0 else {
            let code = errno
            _ = Glibc.close(descriptor)
            switch code {
            case EADDRINUSE: throw .portInUse(port, host: host)
            case EACCES: throw DevServerError("no permission to use port \(port) on \(host)")
            case EADDRNOTAVAIL: throw DevServerError("cannot listen on \(host): no such address on this machine")
            default: throw .system("cannot listen on \(host) port \(port)", errno: code)
            }
        }
        guard let actual = SocketAddress.localPort(of: descriptor) else {
            let code = errno
            _ = Glibc.close(descriptor)
            throw .system("cannot read the bound port", errno: code)
        }
        return ListenSocket(descriptor: descriptor, port: actual)
    }

    /// Closes the socket when no daemon took it over.
    func close() { _ = Glibc.close(descriptor) }
}

/// An IPv4 or IPv6 socket address parsed from numeric text.
struct SocketAddress {
    private var storage = sockaddr_storage()
    let family: Int32

    init?(host: String, port: UInt16) {
        let text = host == "localhost" ? "127.0.0.1" : host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        var v4 = sockaddr_in()
        var v6 = sockaddr_in6()
        if inet_pton(AF_INET, text, &v4.sin_addr) == 1 {
            v4.sin_family = sa_family_t(AF_INET)
            v4.sin_port = port.bigEndian
            family = AF_INET
            withUnsafeBytes(of: v4) { source in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) }
            }
        } else if inet_pton(AF_INET6, text, &v6.sin6_addr) == 1 {
            v6.sin6_family = sa_family_t(AF_INET6)
            v6.sin6_port = port.bigEndian
            family = AF_INET6
            withUnsafeBytes(of: v6) { source in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: source) }
            }
        } else {
            return nil
        }
    }

    /// Calls `body` with the address as a `sockaddr` pointer and its length.
    mutating func withSockaddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        let length = socklen_t(family == AF_INET ? MemoryLayout<sockaddr_in>.size : MemoryLayout<sockaddr_in6>.size)
        return withUnsafePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// The local port of a bound socket, read with `getsockname`.
    static func localPort(of descriptor: Int32) -> UInt16? {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let status = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        guard status == 0 else { return nil }
        // sin_port and sin6_port sit at the same offset, right after the family.
        return withUnsafeBytes(of: storage) { bytes in
            UInt16(bigEndian: bytes.load(fromByteOffset: 2, as: UInt16.self))
        }
    }

    /// `host` as written inside a URL: IPv6 addresses in brackets.
    static func urlHost(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }
}
