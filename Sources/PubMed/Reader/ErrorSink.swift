import CLibXML2

/// Collects the first error libxml2 reports for one reader, instead of letting it print to stderr.
final class ErrorSink {
    struct Captured {
        var message: String
        var line: Int
        var column: Int
        var fatal: Bool
    }

    private(set) var first: Captured?

    func record(_ error: UnsafePointer<xmlError>) {
        let e = error.pointee
        let level = e.level.rawValue
        guard level >= XML_ERR_ERROR.rawValue else { return }
        let fatal = level >= XML_ERR_FATAL.rawValue
        // Keep the first fatal error; a recoverable error only until a fatal one arrives.
        if let first, first.fatal || !fatal { return }
        var message = e.message.map { String(cString: $0) } ?? "XML error \(e.code)"
        while let last = message.last, last.isNewline || last == " " { message.removeLast() }
        first = Captured(message: message, line: Int(e.line), column: Int(e.int2), fatal: fatal)
    }

    /// The C callback libxml2 calls; `context` is an unretained `ErrorSink`.
    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<ErrorSink>.fromOpaque(context).takeUnretainedValue().record(error)
    }
}
