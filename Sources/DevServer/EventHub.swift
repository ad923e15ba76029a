import Foundation

/// The live-reload state and everyone listening to it.
///
/// It knows the current build (an id that changes on each successful build) and whether the last
/// build failed, hands each new event stream that state first, and broadcasts later outcomes.
/// `close()` wakes every waiting stream at once so the daemon can stop promptly.
final class EventHub: @unchecked Sendable {
    private let condition = NSCondition()
    private let instance: String
    private var generation = 1
    private var failure: [String]?
    private var subscribers: [ObjectIdentifier: Subscription] = [:]
    private var closed = false
    /// How long a stream stays silent before it sends a keep-alive comment.
    let keepAliveInterval: Duration

    init(keepAliveInterval: Duration = .seconds(10)) {
        // A fresh prefix per server, so pages from a previous run reload on reconnect.
        instance = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        self.keepAliveInterval = keepAliveInterval
    }

    /// The id of the build currently served, embedded in each page's script.
    var buildID: String { condition.withLock { "\(instance)-\(generation)" } }

    /// How many event streams are open.
    var subscriberCount: Int { condition.withLock { subscribers.count } }

    /// Records `outcome` and tells every open stream: `reload` after a success, `error` after a failure.
    func publish(_ outcome: BuildOutcome) {
        condition.withLock {
            let event: ServerSentEvent
            switch outcome {
            case .success:
                generation += 1
                failure = nil
                event = .reload(buildID: "\(instance)-\(generation)")
            case .failure(let lines):
                failure = lines
                event = .error(lines)
            }
            for subscriber in subscribers.values { subscriber.queue.append(Array(event.encoded.utf8)) }
            condition.broadcast()
        }
    }

    /// A new stream, primed with the current state: `error` when the last build failed, else `hello`.
    func subscribe() -> Subscription {
        condition.withLock {
            let current: ServerSentEvent =
                failure.map { .error($0) } ?? .hello(buildID: "\(instance)-\(generation)")
            let subscription = Subscription(hub: self, first: ServerSentEvent.preamble + current.encoded)
            if !closed { subscribers[ObjectIdentifier(subscription)] = subscription }
            return subscription
        }
    }

    /// Ends every stream, now and in future; used when the server stops.
    func close() {
        condition.withLock {
            closed = true
            subscribers.removeAll()
            condition.broadcast()
        }
    }

    /// One open event stream; the daemon calls `next()` on the connection's thread.
    final class Subscription: ResponseStream, @unchecked Sendable {
        private let hub: EventHub
        fileprivate var queue: [[UInt8]]

        fileprivate init(hub: EventHub, first: String) {
            self.hub = hub
            queue = [Array(first.utf8)]
        }

        /// The next event, a keep-alive comment after `keepAliveInterval` of silence, or `nil`
        /// once the hub is closed.
        func next() -> [UInt8]? {
            let deadline = Date().addingTimeInterval(hub.keepAliveInterval.seconds)
            return hub.condition.withLock {
                while queue.isEmpty && !hub.closed {
                    if !hub.condition.wait(until: deadline) { break }
                }
                if hub.closed { return nil }
                return queue.isEmpty ? Array(ServerSentEvent.keepAlive.utf8) : queue.removeFirst()
            }
        }

        /// Forgets the stream once its connection has gone.
        func close() {
            _ = hub.condition.withLock { hub.subscribers.removeValue(forKey: ObjectIdentifier(self)) }
        }
    }
}

extension Duration {
    /// The duration in seconds, as a `TimeInterval`.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
