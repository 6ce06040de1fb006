import Bibliography
import Foundation

/// Records already decoded from their JSON, by id and content digest: a site's pages cite the
/// same records again and again, and decoding a record costs more than finding it. An entry is used
/// only while the stored digest is the same (another process may replace a record), and the memo
/// is emptied when it reaches its capacity, which bounds its memory.
final class DecodedRecords: @unchecked Sendable {
    private let lock = NSLock()
    private var records: [String: (digest: Int64, record: Record)] = [:]
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func record(id: String, digest: Int64) -> Record? {
        lock.withLock {
            guard let entry = records[id], entry.digest == digest else { return nil }
            return entry.record
        }
    }

    func store(_ record: Record, id: String, digest: Int64) {
        lock.withLock {
            if records.count >= capacity { records.removeAll(keepingCapacity: true) }
            records[id] = (digest, record)
        }
    }
}

/// The bibliographic record (GRDB also has a `Record`, which files importing GRDB see).
typealias DecodedRecord = Record
