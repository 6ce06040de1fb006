import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
/// commands on the browser's fd 3, answers and events on its fd 4, each a JSON text ended by NUL).
/// No port is opened, so nothing else on the machine can talk to it.
final class HeadlessChromium {
    /// What loading one page gave.
    struct PageLoad {
        /// Console calls of type error or assert, uncaught exceptions, and log entries of level error
        /// (CSP violations, "Failed to load resource"), as text.
        var consoleErrors: [String]
        /// Requests that failed (`Network.loadingFailed`): the URL and the error.
        var failedRequests: [String]
        /// URLs of every request the page made (the page itself included).
        var requests: [String]
        /// `document.documentElement.outerHTML` after load.
        var dom: String
        /// The text content of the body, as the user reads it.
        var text: String
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The browser's executable, when Debian's `chromium` (or another Chromium) is installed.
    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome"] {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    private let pid: pid_t
    private let commandFD: Int32
    private let eventFD: Int32
    private let profile: URL
    private var buffer: [UInt8] = []
    private var nextID = 1
    private var session = ""
    private var events: [[String: Any]] = []

    /// Starts the browser with a fresh profile and opens one tab of `width`×`height` pixels.
    init(executable: String, width: Int = 1280, height: Int = 2000) throws {
        // A browser that dies must fail the test with a message, not end the test process by SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        profile = FileManager.default.temporaryDirectory.appendingPathComponent("cite-chromium-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
        var toBrowser: [Int32] = [0, 0], fromBrowser: [Int32] = [0, 0]
        guard pipe(&toBrowser) == 0, pipe(&fromBrowser) == 0 else { throw Failure(description: "pipe failed") }
        // The test process's own ends must not leak into the browser (it would never see end of file).
        for fd in toBrowser + fromBrowser { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        // The browser's ends go to fds 3 and 4; move them above 4 first so dup2 never maps an fd onto itself.
        let readEnd = fcntl(toBrowser[0], F_DUPFD_CLOEXEC, 10), writeEnd = fcntl(fromBrowser[1], F_DUPFD_CLOEXEC, 10)
        close(toBrowser[0])
        close(fromBrowser[1])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, readEnd, 3)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 4)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments = [
            executable, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-sync", "--hide-scrollbars", "--disable-dev-shm-usage",
            "--remote-debugging-pipe", "--user-data-dir=\(profile.path)", "--window-size=\(width),\(height)", "about:blank",
        ]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var spawned: pid_t = 0
        let status = posix_spawn(&spawned, executable, &actions, nil, &argv, environ)
        close(readEnd)
        close(writeEnd)
        guard status == 0 else {
            close(toBrowser[1])
            close(fromBrowser[0])
            throw Failure(description: "could not start \(executable): \(String(cString: strerror(status)))")
        }
        pid = spawned
        commandFD = toBrowser[1]
        eventFD = fromBrowser[0]
        do {
            let target = try send("Target.createTarget", ["url": "about:blank"], inSession: false)
            guard let targetID = target["targetId"] as? String else { throw Failure(description: "no target: \(target)") }
            let attached = try send("Target.attachToTarget", ["targetId": targetID, "flatten": true], inSession: false)
            guard let sessionID = attached["sessionId"] as? String else { throw Failure(description: "no session: \(attached)") }
            session = sessionID
            for domain in ["Page", "Runtime", "Log", "Network"] { _ = try send("\(domain).enable") }
            _ = try send("Emulation.setDeviceMetricsOverride", ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false])
        } catch {
            shutdown()
            throw error
        }
    }

    deinit { shutdown() }

    /// Loads `url` and waits for its load event; then reads the DOM and the text.
    func load(_ url: URL) throws -> PageLoad {
        events.removeAll()
        _ = try send("Page.navigate", ["url": url.absoluteString])
        // The new document's load event comes after the navigation's answer; an earlier one is the old document's.
        _ = try waitForEvent("Page.loadEventFired", after: events.count)
        let state = try evaluate("location.href + ' ' + document.readyState")
        guard state == url.absoluteString + " complete" else { throw Failure(description: "after the load event the tab shows \(state)") }
        let dom = try evaluate("document.documentElement.outerHTML")
        let text = try evaluate("document.body.innerText")
        var load = PageLoad(consoleErrors: [], failedRequests: [], requests: [], dom: dom, text: text)
        for event in events {
            let params = event["params"] as? [String: Any] ?? [:]
            switch event["method"] as? String {
            case "Runtime.consoleAPICalled":
                let type = params["type"] as? String ?? ""
                if type == "error" || type == "assert" {
                    let args = (params["args"] as? [[String: Any]] ?? []).map { "\($0["value"] ?? $0["description"] ?? "")" }
                    load.consoleErrors.append("console.\(type): " + args.joined(separator: " "))
                }
            case "Runtime.exceptionThrown":
                load.consoleErrors.append("exception: \(params["exceptionDetails"] ?? "")")
            case "Log.entryAdded":
                let entry = params["entry"] as? [String: Any] ?? [:]
                if entry["level"] as? String == "error" { load.consoleErrors.append("log: \(entry["text"] ?? "") \(entry["url"] ?? "")") }
            case "Network.loadingFailed":
                load.failedRequests.append("\(params["requestId"] ?? ""): \(params["errorText"] ?? "") \(params["blockedReason"] ?? "")")
            case "Network.requestWillBeSent":
                let request = params["request"] as? [String: Any] ?? [:]
                load.requests.append(request["url"] as? String ?? "")
            default:
                break
            }
        }
        return load
    }

    /// Presses and releases a key in the tab (`Tab`, `Enter`), as a keyboard user would.
    func press(_ key: String, code: Int) throws {
        for type in ["rawKeyDown", "keyUp"] {
            _ = try send("Input.dispatchKeyEvent", ["type": type, "key": key, "code": key, "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code])
        }
        if key == "Enter" {
            _ = try send("Input.dispatchKeyEvent", ["type": "char", "key": key, "text": "\r", "windowsVirtualKeyCode": code])
        }
    }

    /// Renders the tab as for `screen` or `print`.
    func emulateMedia(_ media: String) throws {
        _ = try send("Emulation.setEmulatedMedia", ["media": media])
    }

    /// A PNG of the viewport (the window size given at start).
    func screenshot() throws -> Data {
        let answer = try send("Page.captureScreenshot", ["format": "png"])
        guard let base64 = answer["data"] as? String, let data = Data(base64Encoded: base64) else { throw Failure(description: "no screenshot") }
        return data
    }

    /// Evaluates a script expression in the page and decodes its JSON value.
    func evaluateJSON(_ expression: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(evaluate("JSON.stringify(\(expression))").utf8), options: [.fragmentsAllowed])
    }

    private func evaluate(_ expression: String) throws -> String {
        let answer = try send("Runtime.evaluate", ["expression": expression, "returnByValue": true])
        guard let result = answer["result"] as? [String: Any], let value = result["value"] as? String else {
            throw Failure(description: "evaluate \(expression): \(answer)")
        }
        return value
    }

    // MARK: The protocol

    private func send(_ method: String, _ params: [String: Any] = [:], inSession: Bool = true) throws -> [String: Any] {
        let id = nextID
        nextID += 1
        var message: [String: Any] = ["id": id, "method": method, "params": params]
        if inSession { message["sessionId"] = session }
        var data = try JSONSerialization.data(withJSONObject: message)
        data.append(0)
        try data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(commandFD, raw.baseAddress! + offset, raw.count - offset)
                guard written > 0 else { throw Failure(description: "the browser closed its pipe") }
                offset += written
            }
        }
        while true {
            let message = try nextMessage()
            if message["id"] as? Int == id {
                if let error = message["error"] { throw Failure(description: "\(method): \(error)") }
                return message["result"] as? [String: Any] ?? [:]
            }
            if message["method"] != nil { events.append(message) }
        }
    }

    private func waitForEvent(_ method: String, after start: Int) throws -> [String: Any] {
        if let event = events[start...].first(where: { $0["method"] as? String == method }) { return event }
        while true {
            let message = try nextMessage()
            guard message["method"] != nil else { continue }
            events.append(message)
            if message["method"] as? String == method { return message }
        }
    }

    /// The next NUL-terminated message; fails after 60 s of silence (a hung browser fails the test, never hangs it).
    private func nextMessage() throws -> [String: Any] {
        while true {
            if let end = buffer.firstIndex(of: 0) {
                let bytes = Array(buffer[..<end])
                buffer.removeFirst(end + 1)
                guard let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { continue }
                return object
            }
            var poller = pollfd(fd: eventFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 60_000)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { throw Failure(description: "the browser did not answer within 60 s") }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = read(eventFD, &chunk, chunk.count)
            guard count > 0 else { throw Failure(description: "the browser closed its pipe") }
            buffer.append(contentsOf: chunk[..<count])
        }
    }

    private var stopped = false

    private func shutdown() {
        guard !stopped else { return }
        stopped = true
        if !session.isEmpty {
            var data = (try? JSONSerialization.data(withJSONObject: ["id": nextID, "method": "Browser.close", "params": [:]])) ?? Data()
            data.append(0)
            _ = data.withUnsafeBytes { write(commandFD, $0.baseAddress!, $0.count) }
        }
        close(commandFD)
        close(eventFD)
        var status: Int32 = 0
        // Give the browser 5 s to close by itself, then end it (only this process, by its id).
        for _ in 0..<50 {
            if waitpid(pid, &status, WNOHANG) == pid { break }
            usleep(100_000)
            if kill(pid, 0) != 0 { break }
        }
        if waitpid(pid, &status, WNOHANG) == 0 {
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        }
        try? FileManager.default.removeItem(at: profile)
    }
}
