import Foundation

/// Watches folders recursively with inotify and reports changes in batches, debounced.
///
/// Every folder under each root is watched, including folders created later. Editor temp files
/// (see `isIgnored`) are skipped. After the first change the watcher waits until `debounce` has
/// passed without another one, then calls `onChange` once with the changed paths (sorted), on
/// its own thread; changes made while `onChange` runs are collected for the next batch. So one
/// editor save (write, rename, chmod) is one call.
final class FileWatcher: @unchecked Sendable {
    private let inotify: Int32
    /// A pipe whose read end wakes the thread's `poll` when `stop()` writes to it.
    private let wake: (read: Int32, write: Int32)
    private let debounce: Duration
    private let onChange: @Sendable ([String]) -> Void
    /// Folder path of each inotify watch descriptor; touched only by the watcher thread after `start`.
    private var folders: [Int32: String] = [:]
    private let finished = DispatchSemaphore(value: 0)
    private var running = false

    private static let mask: UInt32 =
        UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO)
        | UInt32(IN_CREATE | IN_DELETE | IN_ONLYDIR)

    /// Sets up watches on every folder under `roots` (roots that do not exist are skipped).
    init(roots: [URL], debounce: Duration, onChange: @escaping @Sendable ([String]) -> Void) throws(DevServerError) {
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw .system("cannot watch files (inotify)", errno: errno) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            _ = close(inotify)
            throw .system("cannot watch files (pipe)", errno: errno)
        }
        wake = (ends[0], ends[1])
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        self.debounce = debounce
        self.onChange = onChange
        for root in roots { addTree(root.standardizedFileURL.path) }
    }

    deinit {
        stop()
        _ = close(inotify)
        _ = close(wake.read)
        _ = close(wake.write)
    }

    /// Starts the watcher thread.
    func start() {
        running = true
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "sitegen file watcher"
        thread.start()
    }

    /// Stops the thread, after the `onChange` call in progress (if any) returns.
    func stop() {
        guard running else { return }
        running = false
        var byte: UInt8 = 1
        _ = write(wake.write, &byte, 1)
        finished.wait()
    }

    /// Whether `name` is an editor's temp or backup file: `*.swp`, `*.swx` (vim), `4913` (vim's
    /// write test), `*~` (backups) and `.#*` (Emacs locks).
    static func isIgnored(_ name: String) -> Bool {
        name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix("~") || name == "4913"
            || name.hasPrefix(".#")
    }

    private func run() {
        var changed = Set<String>()
        var deadline: ContinuousClock.Instant?
        while true {
            var fds = [
                pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0),
            ]
            let timeout = deadline.map { max(0, Int32(($0 - .now).seconds * 1000) + 1) } ?? -1
            _ = poll(&fds, 2, timeout)
            if fds[1].revents != 0 { return }
            if fds[0].revents != 0, !readEvents(into: &changed).isEmpty {
                deadline = .now + debounce
            }
            if let due = deadline, due <= .now {
                deadline = nil
                let batch = changed.sorted()
                changed.removeAll()
                if !batch.isEmpty { onChange(batch) }
            }
        }
    }

    /// Reads every queued event; returns the paths that changed in this read.
    private func readEvents(into changed: inout Set<String>) -> [String] {
        var fresh: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let (descriptor, mask, length) = buffer.withUnsafeBytes { bytes in
                    (
                        bytes.load(fromByteOffset: offset, as: Int32.self),
                        bytes.load(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(bytes.load(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_IGNORED) != 0 { folders.removeValue(forKey: descriptor) }
                guard let folder = folders[descriptor], !nameBytes.isEmpty else { continue }
                let name = String(decoding: nameBytes, as: UTF8.self)
                if Self.isIgnored(name) { continue }
                let path = folder + "/" + name
                if mask & UInt32(IN_ISDIR) != 0, mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 { addTree(path) }
                changed.insert(path)
                fresh.append(path)
            }
        }
        return fresh
    }

    /// Watches `folder` and every folder below it (symlinked folders are not followed).
    private func addTree(_ folder: String) {
        let descriptor = inotify_add_watch(inotify, folder, Self.mask)
        guard descriptor >= 0 else { return }
        folders[descriptor] = folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names.sorted() where !Self.isIgnored(name) {
            let path = folder + "/" + name
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR { addTree(path) }
        }
    }
}
