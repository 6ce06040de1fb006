import Foundation
import Testing

@testable import Library

@Suite("Library: two writers on one file")
struct ConcurrencyTests {
    /// A box for values written by concurrent iterations, by iteration.
    final class Results<Value>: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Value] = [:]
        func set(_ index: Int, _ value: Value) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }
        func get(_ index: Int) -> Value? {
            lock.lock()
            defer { lock.unlock() }
            return values[index]
        }
        /// The values set, in iteration order.
        var all: [Value] {
            lock.lock()
            defer { lock.unlock() }
            return values.sorted { $0.key < $1.key }.map(\.value)
        }
    }

    typealias ImportResults = Results<Result<ImportSummary, LibraryError>>

    @Test("two libraries opened at once on a new file import the same files at once: both finish, each record is stored once")
    func twoWritersSameFiles() throws {
        try TestLibrary.inFolder { (folder: URL) throws in
            let path = folder.appendingPathComponent("shared.sqlite").path
            let files = [TestLibrary.medline] + TestLibrary.smallFiles
            let results = ImportResults()
            DispatchQueue.concurrentPerform(iterations: 2) { index in
                do {
                    // Each writer opens its own connection pool, as a second process would, and
                    // reads the files in its own order.
                    let library = try RecordLibrary(path: path)
                    var total = ImportSummary()
                    for file in index == 0 ? files : files.reversed() { total = total + (try library.importFile(file)) }
                    results.set(index, .success(total))
                } catch {
                    results.set(index, .failure(error as? LibraryError ?? .database(path: path, reason: "\(error)")))
                }
            }
            let a = try #require(try results.get(0)?.get())
            let b = try #require(try results.get(1)?.get())
            let library = try RecordLibrary(path: path)
            let stored = try TestLibrary.all(library)
            #expect(Set(stored.compactMap(\.id)).count == stored.count)
            // Every distinct record was added exactly once, by one writer or the other.
            #expect(a.added + b.added == stored.count)
            #expect(a.records == b.records)
        }
    }

    @Test("eight opens of one new file at once, a hundred times over: each opens it with the whole schema, none fails on another's migration")
    func concurrentCreation() throws {
        for round in 0..<100 {
            try TestLibrary.inFolder { (folder: URL) throws in
                // A race: about one round in two hundred lost it before the fix.
                let path = folder.appendingPathComponent("new-\(round).sqlite").path
                let failures = Results<String>()
                // Each open has its own connection pool, as another process would.
                DispatchQueue.concurrentPerform(iterations: 8) { index in
                    do {
                        let library = try RecordLibrary(path: path)
                        _ = try library.stats()
                    } catch {
                        failures.set(index, "\(error)")
                    }
                }
                #expect(failures.all == [], "round \(round)")
                #expect(try RecordLibrary(path: path).stats().records == 0)
            }
        }
    }

    @Test("writers on several threads of one library: all records stored")
    func threadsOfOneLibrary() throws {
        try TestLibrary.withLibrary { (library: RecordLibrary, _: URL) throws in
            let results = ImportResults()
            DispatchQueue.concurrentPerform(iterations: 4) { index in
                let records = (0..<50).map { TestLibrary.article(pmid: String(index * 1000 + $0 + 1), title: "Record \(index) \($0)") }
                do {
                    results.set(index, .success(try library.add(records)))
                } catch {
                    results.set(index, .failure(error as? LibraryError ?? .database(path: library.path, reason: "\(error)")))
                }
            }
            for index in 0..<4 { #expect(try results.get(index)?.get().added == 50) }
            #expect(try library.stats().records == 200)
        }
    }
}
