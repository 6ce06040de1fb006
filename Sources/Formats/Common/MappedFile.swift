import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory, so a reader can walk its bytes without copying them, and
/// hand back the pages it has read (``release(before:)``): a large file is then never resident whole.
final class MappedFile {
    private let base: UnsafeMutableRawPointer?
    private let count: Int
    private var released = 0
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// Maps the file at `url`; `nil` when it cannot be mapped (not a regular file), so the caller reads it instead.
    init?(url: URL) {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        count = Int(info.st_size)
        if count == 0 {
            base = nil
            return
        }
        guard let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED else { return nil }
        base = mapped
    }

    deinit {
        if let base { munmap(base, count) }
    }

    /// Runs `body` over the file's bytes (valid only inside `body`).
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        guard let base else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try body(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
    }

    /// Lets the system drop the pages before `offset` from memory: they are read, and reading them
    /// again (a diagnostic's column, an entry read twice) loads them back from the file.
    func release(before offset: Int) {
        guard let base else { return }
        let end = min(offset, count) / Self.pageSize * Self.pageSize
        // In steps of 1 MiB: one system call per step, not per entry.
        guard end - released >= 1 << 20 else { return }
        madvise(base + released, end - released, MADV_DONTNEED)
        released = end
    }
}
