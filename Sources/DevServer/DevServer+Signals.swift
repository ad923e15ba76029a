import Foundation

extension DevServer {
    /// Blocks until the process gets SIGINT (Ctrl-C) or SIGTERM, then calls `stop()` and returns.
    ///
    /// The signals are caught only while this runs; the previous handlers are restored after.
    /// If they cannot be caught at all, it stops at once.
    public func runUntilSignal() {
        guard let waiter = try? SignalWaiter() else {
            stop()
            return
        }
        setWaitingForSignal(true)
        _ = waiter.wait()
        waiter.restore()
        setWaitingForSignal(false)
        stop()
    }
}
