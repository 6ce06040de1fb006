import Foundation

/// Writes a report's files into a folder all at once: into a temporary folder beside it, then
/// renamed into place, so a reader never sees half a report and a failed run leaves the old one.
public struct ReportWriter: Sendable {
    /// The output folder.
    public var folder: URL

    /// A writer for `folder`.
    public init(folder: URL) {
        self.folder = folder.standardizedFileURL
    }

    /// Writes the files, replacing a previous report in the folder.
    /// - Throws: ``ReportError/outputNotAReport(path:)`` when the folder holds something else
    ///   (it is never deleted), ``ReportError/unwritable(path:reason:)`` when writing fails.
    public func write(_ files: [ReportFile]) throws {
        let fm = FileManager.default
        try checkReplaceable()
        let parent = folder.deletingLastPathComponent()
        let name = folder.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).tmp-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ReportError.unwritable(path: parent.path, reason: error.localizedDescription)
        }
        do {
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            }
            try swapIntoPlace(staging)
        } catch {
            try? fm.removeItem(at: staging)
            if let error = error as? ReportError { throw error }
            throw ReportError.unwritable(path: folder.path, reason: error.localizedDescription)
        }
    }

    /// A missing or empty folder may be replaced, and so may a report this writer made before.
    private func checkReplaceable() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw ReportError.outputNotAReport(path: folder.path) }
        let entries = (try? fm.contentsOfDirectory(atPath: folder.path)) ?? []
        if entries.isEmpty { return }
        let index = folder.appendingPathComponent("index.html")
        guard let head = try? FileHandle(forReadingFrom: index).readData(ofLength: 4096),
              String(decoding: head, as: UTF8.self).contains("<meta name=\"generator\" content=\"\(EvidenceReport.generator)\">") else {
            throw ReportError.outputNotAReport(path: folder.path)
        }
    }

    /// Renames the staging folder to the output folder; an old report is moved aside first and
    /// removed only once the new one is in place.
    private func swapIntoPlace(_ staging: URL) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: folder.path) else {
            try fm.moveItem(at: staging, to: folder)
            return
        }
        let old = folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).old-\(UUID().uuidString)")
        try fm.moveItem(at: folder, to: old)
        do {
            try fm.moveItem(at: staging, to: folder)
        } catch {
            try? fm.moveItem(at: old, to: folder)
            throw error
        }
        try? fm.removeItem(at: old)
    }
}
