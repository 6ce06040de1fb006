import Bibliography

/// Findings for what happened to a record after publication: retraction, errata, expressions of concern.
public enum CorrectionFindings {
    /// `retracted-reference` (error) for a retracted record; `erratum` (warning) for each
    /// erratum or expression of concern linked to it.
    public static func findings(for record: Record, label: String, reference: Int? = nil, location: SourceLocation? = nil) -> [Finding] {
        var out: [Finding] = []
        let id = record.reportID
        if record.metadata.isRetracted {
            let notice = record.metadata.commentsCorrections.first { $0.type == .retractionIn }
            let whereText = notice.map { describe($0) }.map { " (retraction: \($0))" } ?? ""
            out.append(Finding(
                code: .retractedReference, severity: .error,
                message: "\(label): record \(id) has been retracted\(whereText); do not cite it as evidence",
                reference: reference, location: location))
        }
        for link in record.metadata.commentsCorrections {
            let kind: String
            switch link.type {
            case .erratumIn: kind = "an erratum"
            case .expressionOfConcernIn: kind = "an expression of concern"
            default: continue
            }
            out.append(Finding(
                code: .erratum, severity: .warning,
                message: "\(label): record \(id) has \(kind): \(describe(link)); check the correction before citing",
                reference: reference, location: location))
        }
        return out
    }

    private static func describe(_ link: CommentCorrection) -> String {
        var parts: [String] = []
        if let s = link.refSource { parts.append(s) }
        if let p = link.pmid { parts.append("PMID \(p)") }
        return parts.isEmpty ? link.type.rawValue : parts.joined(separator: ", ")
    }
}
