import Foundation

/// Appends files to an open file without copying through user memory (`sendfile`), for joining
/// the per-part outputs of a parallel conversion.
public enum FileJoin {
    /// Appends the whole of `source` to the file descriptor `destination`.
    public static func append(_ source: URL, to destination: Int32) throws {
        let input = open(source.path, O_RDONLY)
        guard input >= 0 else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: source.path]) }
        defer { close(input) }
        var status = stat()
        guard fstat(input, &status) == 0 else { throw POSIXError(.EIO) }
        var offset: off_t = 0
        while offset < status.st_size {
            let sent = sendfile(destination, input, &offset, Int(status.st_size - offset))
            if sent > 0 { continue }
            if sent < 0, errno == EINTR { continue }
            // sendfile cannot write to this destination: copy through a buffer.
            try copy(input, from: offset, to: destination)
            return
        }
    }

    private static func copy(_ input: Int32, from offset: off_t, to destination: Int32) throws {
        guard lseek(input, offset, SEEK_SET) >= 0 else { throw POSIXError(.EIO) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(input, buffer, size)
            if n == 0 { return }
            if n < 0 {
                if errno == EINTR { continue }
                throw POSIXError(.EIO)
            }
            var written = 0
            while written < n {
                let w = write(destination, buffer + written, n - written)
                if w < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                written += w
            }
        }
    }
}
