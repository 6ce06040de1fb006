import Foundation

/// Converts several PubMed inputs at once into one CSL-JSON array or one JSON Lines stream.
///
/// Inputs are read in parallel on all cores (a large plain file in several parts when there are
/// fewer inputs than cores); the output keeps the input order. Each input is converted into a part
/// file in a temporary work folder beside the output, and the parts are joined in order into a
/// temporary file that is renamed over the output, so the output is never seen half written.
///
/// ```swift
/// let outcome = try PubMedBatchConverter.convert(
///     files: ["a.xml.gz", "b.xml"], format: .jsonl, output: URL(fileURLWithPath: "out.jsonl"))
/// for error in outcome.errors { print(error) }  // file:line:column: error: reason
/// ```
public enum PubMedBatchConverter {
    /// Converts `files` into `output`.
    ///
    /// An input with an error (truncated, malformed, unreadable...) contributes the records read
    /// before the error, and the error is listed in ``PubMedBatchOutcome/errors``; with `strict`,
    /// any input error means nothing is written at all.
    /// - Parameters:
    ///   - files: PubMed XML files (plain or `.gz`), in output order; `"-"` reads standard input.
    ///   - format: CSL-JSON (one array) or JSON Lines.
    ///   - output: the output file, or `nil` for standard output. Its folder must exist. A device or
    ///     pipe (such as `/dev/null`) is written in place.
    ///   - strict: write nothing when any input has an error.
    ///   - progress: draw a progress bar on standard error when it is a terminal and the input is large.
    /// - Returns: the records converted and the input errors met.
    /// - Throws: ``PubMedOutputError`` when the output cannot be written (its folder is missing,
    ///   it is a folder, the disk is full...); nothing is then left at the output path.
    public static func convert(
        files: [String], format: PubMedConverter.Format, output: URL?, strict: Bool = false, progress: Bool = false
    ) throws(PubMedOutputError) -> PubMedBatchOutcome {
        let inputs = files.map { $0 == "-" ? nil : URL(fileURLWithPath: $0) }
        return try convert(inputs: inputs, format: format, output: output, strict: strict) { BatchPlan(inputs: inputs, progress: progress) }
    }

    /// Converts the inputs of a plan made by `plan` (tests plan small files in parts).
    static func convert(
        inputs: [URL?], format: PubMedConverter.Format, output: URL?, strict: Bool, plan makePlan: () -> BatchPlan
    ) throws(PubMedOutputError) -> PubMedBatchOutcome {
        let name = output?.relativePath ?? "<stdout>"
        if let output { try checkFolder(of: output) }
        // Parts go beside the output file, so that the first part can become the output by renaming;
        // standard output and devices are written in place.
        let renamed = output.flatMap { isSpecialFile($0) ? nil : $0 }
        let workRoot = renamed?.deletingLastPathComponent() ?? FileManager.default.temporaryDirectory
        let work = workRoot.appendingPathComponent(".cite-convert-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: false)
        } catch {
            throw PubMedOutputError(output: name, reason: "cannot create a work folder in \(workRoot.relativePath): \(PubMedOutputError.words(error))")
        }
        defer { try? FileManager.default.removeItem(at: work) }

        let plan = makePlan()
        let results = ParallelMap.map(Array(plan.partitions.enumerated())) { index, partition -> (parts: [URL], outcome: PubMedConverter.Outcome) in
            defer { plan.finish(input: index) }
            guard let partition else { return convertStandardInput(format: format, to: work.appendingPathComponent("stdin-\(index)")) }
            return PubMedConverter.convert(partition, format: format, into: work, stem: "file\(index)", progress: plan.progress(input: index))
        }
        plan.close()

        var outcome = PubMedBatchOutcome()
        for result in results {
            outcome.records += result.outcome.records
            outcome.deletions += result.outcome.deletions
            if let error = result.outcome.error { outcome.errors.append(error) }
        }
        if strict, !outcome.errors.isEmpty { return outcome }
        do {
            try join(parts: results.flatMap(\.parts), format: format, into: output)
        } catch {
            throw PubMedOutputError(output: name, reason: PubMedOutputError.words(error), outcome: outcome)
        }
        outcome.written = true
        return outcome
    }

    /// Fails early, before any work, when the output cannot be created: its folder is missing or
    /// not a folder, or the output is itself a folder.
    private static func checkFolder(of output: URL) throws(PubMedOutputError) {
        let folder = output.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw PubMedOutputError(output: output.relativePath, reason: "the folder \(folder.relativePath) does not exist")
        }
        guard isFolder.boolValue else {
            throw PubMedOutputError(output: output.relativePath, reason: "\(folder.relativePath) is not a folder")
        }
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue {
            throw PubMedOutputError(output: output.relativePath, reason: "it is a folder")
        }
    }

    private static func convertStandardInput(format: PubMedConverter.Format, to part: URL) -> (parts: [URL], outcome: PubMedConverter.Outcome) {
        var outcome = PubMedConverter.Outcome()
        do {
            let reader = try PubMedReader.standardInput()
            _ = FileManager.default.createFile(atPath: part.path, contents: nil)
            let handle = try FileHandle(forWritingTo: part)
            defer { try? handle.close() }
            outcome = try PubMedConverter.convert(reader, format: format) { try handle.write(contentsOf: $0) }
        } catch let error as PubMedError {
            outcome.error = error
        } catch {
            outcome.error = .unreadable(file: "<stdin>", reason: String(describing: error))
        }
        return ([part], outcome)
    }
}
