import Foundation

/// One tab in a fresh browser context (its own storage, so a theme chosen in one tab never
/// leaks into another), laid out at a given width and colour scheme.
struct BrowserTab {
    /// How a page is shown: its viewport width in CSS pixels and the system's colour scheme.
    struct Viewport: Hashable, CustomStringConvertible {
        var width: Int
        var dark: Bool
        var description: String { "\(width)px \(dark ? "dark" : "light")" }
    }

    let browser: Chromium
    let context: String
    let target: String
    let session: String
    let viewport: Viewport

    init(_ browser: Chromium, viewport: Viewport) throws {
        self.browser = browser
        self.viewport = viewport
        context = try browser.send("Target.createBrowserContext")["browserContextId"] as? String ?? ""
        target = try browser.send("Target.createTarget", ["url": "about:blank", "browserContextId": context])["targetId"] as? String ?? ""
        session = try browser.send("Target.attachToTarget", ["targetId": target, "flatten": true])["sessionId"] as? String ?? ""
        for domain in ["Page.enable", "Runtime.enable", "Log.enable"] {
            try send(domain)
        }
        try resetViewport()
        try send("Emulation.setEmulatedMedia", [
            "features": [["name": "prefers-color-scheme", "value": viewport.dark ? "dark" : "light"]],
        ])
    }

    /// The viewport at its width and the height of a desktop window or a phone's screen.
    func resetViewport() throws {
        try send("Emulation.setDeviceMetricsOverride", [
            "width": viewport.width, "height": 900, "deviceScaleFactor": 1, "mobile": viewport.width < 600,
        ])
    }

    @discardableResult
    func send(_ method: String, _ parameters: [String: Any] = [:]) throws -> Chromium.Message {
        try browser.send(method, parameters, session: session)
    }

    /// Opens `url` and waits for its load event; returns the event count before, so the
    /// page's errors can be read with `problemsReported(since:)`.
    @discardableResult
    func open(_ url: URL) throws -> Int {
        let start = browser.eventCount
        try send("Page.navigate", ["url": url.absoluteString])
        try browser.waitForEvent("Page.loadEventFired", session: session, since: start)
        return start
    }

    /// Runs `action` (a key press, a click) that makes the page navigate, and waits for the
    /// new page's load event.
    func waitForNavigation(_ action: () throws -> Void) throws {
        let start = browser.eventCount
        try action()
        try browser.waitForEvent("Page.loadEventFired", session: session, since: start)
    }

    /// Evaluates a JavaScript expression, awaiting it if it is a promise, and returns its
    /// value as JSON-like Swift values. An exception in it throws.
    func evaluate(_ expression: String) throws -> Any? {
        let reply = try send("Runtime.evaluate", ["expression": expression, "awaitPromise": true, "returnByValue": true])
        if let exception = reply["exceptionDetails"] as? Chromium.Message {
            let description = (exception["exception"] as? Chromium.Message)?["description"] ?? exception["text"] ?? exception
            throw Chromium.Failure("the page's script failed: \(description)")
        }
        return (reply["result"] as? Chromium.Message)?["value"]
    }

    /// Presses a key as a reader would (key down and up), at the focused element.
    func press(_ key: String, code: Int) throws {
        var event: [String: Any] = ["key": key, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code]
        if key == "Enter" { event["text"] = "\r" }
        try send("Input.dispatchKeyEvent", event.merging(["type": "keyDown"]) { $1 })
        try send("Input.dispatchKeyEvent", event.merging(["type": "keyUp"]) { $1 })
    }

    /// Types text into the focused element.
    func type(_ text: String) throws {
        try send("Input.insertText", ["text": text])
    }

    /// Script errors, failed loads and console errors the page reported since `start`.
    func problemsReported(since start: Int) -> [String] {
        browser.events(since: start, session: session).compactMap { event -> String? in
            let parameters = event["params"] as? Chromium.Message ?? [:]
            switch event["method"] as? String {
            case "Runtime.exceptionThrown":
                let details = parameters["exceptionDetails"] as? Chromium.Message ?? [:]
                let exception = details["exception"] as? Chromium.Message
                return "script error: \(exception?["description"] ?? details["text"] ?? "?") "
                    + "at \(details["url"] ?? "?"):\(details["lineNumber"] ?? "?")"
            case "Runtime.consoleAPICalled" where ["error", "warning", "assert"].contains(parameters["type"] as? String):
                let arguments = (parameters["args"] as? [Chromium.Message] ?? []).map { "\($0["value"] ?? $0["description"] ?? "")" }
                return "console \(parameters["type"] ?? ""): \(arguments.joined(separator: " "))"
            case "Log.entryAdded":
                let entry = parameters["entry"] as? Chromium.Message ?? [:]
                guard entry["level"] as? String == "error" else { return nil }
                return "\(entry["source"] ?? "log") error: \(entry["text"] ?? "") \(entry["url"] ?? "")"
            default:
                return nil
            }
        }
    }

    /// The options of every screenshot: a PNG compressed for speed rather than size. The
    /// pixels are the same and the files larger; the site check takes over a hundred of them,
    /// up to 3000 pixels tall, and the shots took about a quarter less time.
    static var screenshotFormat: [String: Any] { ["format": "png", "optimizeForSpeed": true] }

    /// What the window shows now, as a PNG.
    func screenshotOfWindow() throws -> Data {
        let reply = try send("Page.captureScreenshot", Self.screenshotFormat)
        guard let base64 = reply["data"] as? String, let data = Data(base64Encoded: base64) else {
            throw Chromium.Failure("Page.captureScreenshot returned no image")
        }
        return data
    }

    /// The whole page as PNG images, top to bottom, each at most `partHeight` pixels tall, so
    /// that a long chapter can be looked at one screenful after another. The window is made
    /// `partHeight` tall and scrolled from part to part: a window as tall as the page would be
    /// painted whole for every part, which made a long chapter's cost grow with the square of
    /// its length. The figures' SVG animations are stopped at their first frame first, so that
    /// a page photographs the same at every run.
    func screenshots(partHeight: Double = 3000, maximumParts: Int? = nil) throws -> [Data] {
        _ = try evaluate("for (const svg of document.querySelectorAll('svg')) { svg.pauseAnimations(); svg.setCurrentTime(0) }")
        let metrics = try send("Page.getLayoutMetrics")
        let size = metrics["cssContentSize"] as? Chromium.Message ?? [:]
        let height = ((size["height"] as? Double) ?? 900).rounded(.up)
        try send("Emulation.setDeviceMetricsOverride", [
            "width": viewport.width, "height": Int(min(partHeight, height)), "deviceScaleFactor": 1,
            "mobile": viewport.width < 600,
        ])
        var parts: [Data] = []
        var top = 0.0
        while top < height, parts.count < maximumParts ?? .max {
            // The last part's scroll stops at the page's end; the clip, in page coordinates,
            // still starts at `top`.
            _ = try evaluate("window.scrollTo(0, \(top))")
            let reply = try send("Page.captureScreenshot", Self.screenshotFormat.merging([
                "clip": ["x": 0, "y": top, "width": Double(viewport.width), "height": min(partHeight, height - top), "scale": 1],
            ]) { $1 })
            guard let base64 = reply["data"] as? String, let data = Data(base64Encoded: base64) else {
                throw Chromium.Failure("Page.captureScreenshot returned no image")
            }
            parts.append(data)
            top += partHeight
        }
        return parts
    }

    func close() {
        _ = try? browser.send("Target.closeTarget", ["targetId": target])
        _ = try? browser.send("Target.disposeBrowserContext", ["browserContextId": context])
    }
}
