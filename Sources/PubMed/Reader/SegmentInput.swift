import CLibXML2
import Foundation

/// Feeds libxml2 one part of a file: the part's synthetic prefix, its bytes read with `pread`
/// (no mapping, so resident memory stays small), then its synthetic suffix.
final class SegmentInput {
    private let fd: Int32
    private let segment: FileSegments.Segment
    private var prefixSent = 0
    private var fileSent: Int64 = 0
    private var suffixSent = 0

    init?(url: URL, segment: FileSegments.Segment) {
        let fd = open(url.path, O_RDONLY)
        guard fd >= 0 else { return nil }
        self.fd = fd
        self.segment = segment
    }

    deinit { close(fd) }

    func read(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
        var written = 0
        let raw = UnsafeMutableRawPointer(buffer)
        if prefixSent < segment.prefix.count {
            let n = min(capacity, segment.prefix.count - prefixSent)
            segment.prefix.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress { raw.copyMemory(from: base + prefixSent, byteCount: n) }
            }
            prefixSent += n
            written += n
        }
        if written < capacity, fileSent < segment.length {
            let want = Int(min(Int64(capacity - written), segment.length - fileSent))
            let got = pread(fd, raw + written, want, off_t(segment.offset + fileSent))
            if got < 0 { return -1 }
            fileSent += Int64(got)
            written += got
            if got < want, written == 0 { return -1 }
        }
        if written < capacity, fileSent >= segment.length, suffixSent < segment.suffix.count {
            let n = min(capacity - written, segment.suffix.count - suffixSent)
            segment.suffix.withUnsafeBytes { bytes in
                if let base = bytes.baseAddress { (raw + written).copyMemory(from: base + suffixSent, byteCount: n) }
            }
            suffixSent += n
            written += n
        }
        return Int32(written)
    }

    static let readCallback: xmlInputReadCallback = { context, buffer, length in
        guard let context, let buffer else { return -1 }
        return Unmanaged<SegmentInput>.fromOpaque(context).takeUnretainedValue().read(into: buffer, capacity: Int(length))
    }

    static let closeCallback: xmlInputCloseCallback = { context in
        guard let context else { return 0 }
        Unmanaged<SegmentInput>.fromOpaque(context).release()
        return 0
    }
}
