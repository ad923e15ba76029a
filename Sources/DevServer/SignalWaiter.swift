import Foundation

/// Waits for SIGINT or SIGTERM without doing anything unsafe inside a signal handler.
///
/// While installed, the handler only `write`s the signal number to a pipe (async-signal-safe);
/// `wait()` reads it on an ordinary thread. `restore()` puts the previous handlers back.
final class SignalWaiter {
    private let signals: [Int32]
    private var previous: [sigaction] = []
    private let pipeEnds: (read: Int32, write: Int32)

    /// Installs the handlers for `signals`; only one waiter may be installed at a time.
    init(signals: [Int32] = [SIGINT, SIGTERM]) throws(DevServerError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .system("cannot wait for signals", errno: errno) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        pipeEnds = (ends[0], ends[1])
        self.signals = signals
        signalPipe = ends[1]
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(signalPipe, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous.append(old)
        }
    }

    deinit {
        restore()
        _ = close(pipeEnds.read)
        _ = close(pipeEnds.write)
    }

    /// Blocks until one of the signals arrives, and returns its number.
    func wait() -> Int32 {
        var byte: UInt8 = 0
        while read(pipeEnds.read, &byte, 1) != 1 {}
        return Int32(byte)
    }

    /// Puts back the handlers that were there before.
    func restore() {
        for (signal, old) in zip(signals, previous) {
            var old = old
            sigaction(signal, &old, nil)
        }
        previous = []
    }
}

/// The write end of the installed waiter's pipe; a plain global so the handler reads one word.
nonisolated(unsafe) private var signalPipe: Int32 = -1
