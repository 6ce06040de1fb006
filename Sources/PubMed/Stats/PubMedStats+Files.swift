import Foundation

extension PubMedStats {
    /// Counts several files on all cores (large plain files split into parts when there are fewer
    /// files than cores) and adds the counts up; ``seconds`` is the wall-clock time of the whole run.
    /// - Parameters:
    ///   - files: plain or gzipped PubMed XML files.
    ///   - progress: draw a progress bar on standard error when it is a terminal and the input is large.
    /// - Returns: the totals; errors (as `file:line:column: error: reason`) are in ``errors``.
    public static func measure(files: [URL], progress: Bool = false) -> PubMedStats {
        measure(BatchPlan(inputs: files, progress: progress))
    }

    /// Counts the inputs of a plan (every input a file).
    static func measure(_ plan: BatchPlan) -> PubMedStats {
        let start = DispatchTime.now().uptimeNanoseconds
        let perFile = ParallelMap.map(Array(plan.partitions.enumerated())) { index, partition -> PubMedStats in
            defer { plan.finish(input: index) }
            // Statistics take files only; standard input would have no partition.
            guard let partition else { return PubMedStats() }
            return measure(partition, progress: plan.progress(input: index))
        }
        plan.close()
        var total = PubMedStats()
        for stats in perFile { total.merge(stats) }
        total.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return total
    }
}
