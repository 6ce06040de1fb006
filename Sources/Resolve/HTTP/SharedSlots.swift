import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The request windows of every service, kept in a small file under an exclusive `flock`, so that
/// every `cite` process on the machine keeps within one rate limit per service, as the services
/// count requests per address.
public struct SharedSlots: Sendable {
    /// The file holding the windows.
    public let path: String

    /// Windows kept in `path` (created when missing).
    public init(path: String) { self.path = path }

    /// Runs `body` on the windows under the file's lock and writes them back.
    /// - Throws: `CocoaError` when the file cannot be opened or locked.
    func update<T>(_ body: (inout [String: RequestWindow]) -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT, 0o644)
        guard fd >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        defer { close(fd) }
        guard flock(fd, LOCK_EX) == 0 else { throw CocoaError(.fileLocking, userInfo: [NSFilePathErrorKey: path]) }
        defer { flock(fd, LOCK_UN) }
        var windows = Self.read(fd)
        let result = body(&windows)
        let text = windows.sorted { $0.key < $1.key }
            .flatMap { service, window in window.lines.map { "\(service) \($0)" } }
            .joined(separator: "\n") + "\n"
        _ = ftruncate(fd, 0)
        _ = lseek(fd, 0, SEEK_SET)
        _ = text.withCString { write(fd, $0, strlen($0)) }
        return result
    }

    private static func read(_ fd: Int32) -> [String: RequestWindow] {
        _ = lseek(fd, 0, SEEK_SET)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, 4096) }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        var lines: [String: [Substring]] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            lines[String(line[..<space]), default: []].append(line[line.index(after: space)...])
        }
        return lines.mapValues { RequestWindow(lines: $0) }
    }
}
