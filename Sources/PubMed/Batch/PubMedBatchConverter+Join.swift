import Foundation

extension PubMedBatchConverter {
    /// Joins the per-input parts in order: into a temporary file beside `output` renamed over it,
    /// or to standard output. On failure the temporary file is removed.
    static func join(parts: [URL], format: PubMedConverter.Format, into output: URL?) throws {
        guard let output else { return try write(parts: parts, format: format, to: STDOUT_FILENO) }
        if isSpecialFile(output) {
            // A device or pipe (`-o /dev/null`) is written in place: renaming would replace it.
            let fd = open(output.path, O_WRONLY)
            guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
            defer { close(fd) }
            return try write(parts: parts, format: format, to: fd)
        }
        let temp = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).tmp-\(UUID().uuidString)")
        do {
            switch format {
            case .jsonl:
                // The first part becomes the output; the others are appended in the kernel.
                if let first = parts.first {
                    try FileManager.default.moveItem(at: first, to: temp)
                } else {
                    guard FileManager.default.createFile(atPath: temp.path, contents: nil) else { throw POSIXError(.EACCES) }
                }
                let fd = open(temp.path, O_WRONLY | O_APPEND)
                guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                defer { close(fd) }
                for part in parts.dropFirst() { try FileJoin.append(part, to: fd) }
            case .cslJSON:
                guard FileManager.default.createFile(atPath: temp.path, contents: nil) else { throw POSIXError(.EACCES) }
                let handle = try FileHandle(forWritingTo: temp)
                defer { try? handle.close() }
                try PubMedConverter.wrapArray(parts: parts) { try handle.write(contentsOf: $0) }
            }
            guard rename(temp.path, output.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }

    /// Writes the parts in order to an open file descriptor.
    private static func write(parts: [URL], format: PubMedConverter.Format, to fd: Int32) throws {
        switch format {
        case .cslJSON:
            let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
            try PubMedConverter.wrapArray(parts: parts) { try handle.write(contentsOf: $0) }
        case .jsonl:
            for part in parts { try FileJoin.append(part, to: fd) }
        }
    }

    /// Whether `url` names an existing file that is neither a regular file nor a folder.
    static func isSpecialFile(_ url: URL) -> Bool {
        var status = stat()
        guard stat(url.path, &status) == 0 else { return false }
        let type = status.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }
}
