import Bibliography
import Foundation

/// Grades a record's study design and evidence level from its publication types, MeSH headings,
/// keywords, and title and abstract wording.
///
/// Precedence, most decisive first: books; meta-analyses and systematic reviews; narrative
/// reviews and opinion pieces; clinical designs indexed as publication types; laboratory work
/// (in vitro before animal, animal only without the Humans heading); clinical designs seen in
/// MeSH or the text. With no signal the design is `unknown`.
public enum StudyDesignClassifier {
    /// The grade of one record.
    public static func grade(_ record: Record) -> EvidenceGrade {
        grades.value(for: RecordContentKey(record)) { classify(record) }
    }

    /// Each record's grade, by content: a site's pages and claims cite the same records again and again.
    private static let grades = BoundedMemo<RecordContentKey, EvidenceGrade>(capacity: 8192)

    private static func classify(_ record: Record) -> EvidenceGrade {
        let text = RecordText(record)
        let signals = collectSignals(text)
        let humans = text.meshDescriptors.contains { $0.caseInsensitiveCompare("Humans") == .orderedSame }
            || text.keywords.contains { $0.caseInsensitiveCompare("humans") == .orderedSame }
        guard let design = decide(signals, humans: humans) else { return .unknown }
        var basis: [String] = []
        for s in signals.sorted(by: { $0.source < $1.source }) where s.design == design && !basis.contains(s.basis) {
            basis.append(s.basis)
        }
        return EvidenceGrade(design: design, basis: basis)
    }

    static func decide(_ signals: [DesignSignal], humans: Bool) -> StudyDesign? {
        func has(_ d: StudyDesign, from sources: Set<DesignSignal.Source> = [.publicationType, .indexing, .text]) -> Bool {
            signals.contains { $0.design == d && sources.contains($0.source) }
        }
        if has(.bookOrOpinion, from: [.publicationType]) { return .bookOrOpinion }
        if has(.metaAnalysis) { return .metaAnalysis }
        if has(.systematicReview) { return .systematicReview }
        if has(.narrativeReview) { return .narrativeReview }
        let clinical: [StudyDesign] = [.randomizedTrial, .nonRandomizedTrial, .cohort, .caseControl, .crossSectional, .caseSeries, .caseReport]
        if let d = clinical.first(where: { has($0, from: [.publicationType]) }) { return d }
        if has(.animal, from: [.publicationType]) { return .animal }
        if has(.inVitro) { return .inVitro }
        // Animal headings beside Humans describe mixed work; the text has to decide.
        let animalIndexed = has(.animal, from: [.indexing]) && !humans
        if animalIndexed { return .animal }
        if let d = clinical.first(where: { has($0, from: [.indexing, .text]) }) { return d }
        if has(.animal, from: [.text]) && !humans { return .animal }
        return nil
    }

    static func collectSignals(_ text: RecordText) -> [DesignSignal] {
        var signals: [DesignSignal] = []
        if text.itemType == .book || text.itemType == .chapter {
            signals.append(DesignSignal(design: .bookOrOpinion, source: .publicationType, basis: "type:\(text.itemType.rawValue)"))
        }
        for t in text.publicationTypes {
            if let d = DesignRules.publicationTypes[t.lowercased()] {
                signals.append(DesignSignal(design: d, source: .publicationType, basis: "pubtype:\(t)"))
            }
        }
        for (names, prefix) in [(text.meshDescriptors, "mesh"), (text.keywords, "keyword")] {
            for name in names {
                if let d = indexedDesign(name) {
                    signals.append(DesignSignal(design: d, source: .indexing, basis: "\(prefix):\(name)"))
                }
            }
        }
        let patterns = CompiledPatterns.shared
        for (field, value) in [("title", text.title), ("abstract", text.abstract)] where !value.isEmpty {
            for (cue, regex) in patterns.cues where !(cue.titleOnly && field == "abstract") {
                // Each distinct match once, in text order: the basis list is output.
                var seen = Set<String>()
                for word in CompiledPatterns.matches(regex, in: value) where seen.insert(word).inserted {
                    let shown = cue.word == "$1" ? word : cue.word
                    signals.append(DesignSignal(design: cue.design, source: .text, basis: "\(field):\(shown)"))
                }
            }
        }
        return signals
    }

    /// The design a MeSH heading or keyword signals (keywords are compared without punctuation:
    /// `cells cultured` is `Cells, Cultured`).
    static func indexedDesign(_ name: String) -> StudyDesign? {
        let key = squash(name)
        for (heading, design) in DesignRules.meshHeadings where squash(heading) == key { return design }
        let lowered = name.lowercased()
        for s in DesignRules.species where lowered == s || lowered.hasPrefix(s + ",") { return .animal }
        return nil
    }

    private static func squash(_ s: String) -> String {
        String(s.lowercased().filter(\.isFastLetterOrNumber))
    }
}
