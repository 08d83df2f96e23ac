import FlyingFox
import Foundation
import Synchronization

/// The live preview's state, and the pages listening to it: every change is sent to every
/// open page's WebSocket at once.
final class LiveChannel: WSMessageHandler, Sendable {
    private struct Listeners {
        var state = LiveState()
        var pages: [UUID: AsyncStream<WSMessage>.Continuation] = [:]
    }

    private let listeners = Mutex(Listeners())

    var state: LiveState { listeners.withLock { $0.state } }

    /// Applies `change`, and tells every page when it changed anything.
    func update(_ change: (inout LiveState) -> Void) {
        listeners.withLock { listeners in
            let before = listeners.state
            change(&listeners.state)
            guard listeners.state != before else { return }
            let message = Self.message(listeners.state)
            listeners.pages.values.forEach { $0.yield(message) }
        }
    }

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        let id = UUID()
        let (messages, continuation) = AsyncStream<WSMessage>.makeStream()
        continuation.onTermination = { [weak self] _ in
            _ = self?.listeners.withLock { $0.pages.removeValue(forKey: id) }
        }
        listeners.withLock { listeners in
            listeners.pages[id] = continuation
            continuation.yield(Self.message(listeners.state))
        }
        // The pages send nothing; when the page goes, its stream ends, and so does ours.
        Task {
            for await _ in client {}
            continuation.finish()
        }
        return messages
    }

    /// A struct of strings, numbers and flags always encodes.
    private static func message(_ state: LiveState) -> WSMessage {
        .text(String(decoding: try! JSONEncoder().encode(state), as: UTF8.self))
    }
}
