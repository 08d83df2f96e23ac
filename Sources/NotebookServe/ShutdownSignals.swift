import Foundation

/// Ctrl-C (SIGINT) and SIGTERM, heard instead of obeyed at once, so `serve` can stop its
/// chapter processes before it exits rather than leave them running.
final class ShutdownSignals {
    private let received = DispatchSemaphore(value: 0)
    private var sources: [any DispatchSourceSignal] = []

    /// Listens from now on: before the first chapter process can start.
    init() {
        sources = [SIGINT, SIGTERM].map { signalNumber in
            // The default action would end the process at once; the source hears it instead.
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { [received] in received.signal() }
            source.resume()
            return source
        }
    }

    /// Blocks until one of them arrives.
    func wait() {
        received.wait()
        sources.forEach { $0.cancel() }
    }
}
