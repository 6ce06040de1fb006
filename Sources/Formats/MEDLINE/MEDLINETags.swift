import Bibliography

/// The MEDLINE display format's tags for links between records (comments, errata, retractions,
/// updates...), and the `RefType` each stands for in PubMed XML's CommentsCorrections.
enum MEDLINETags {
    static let commentsCorrections: [(tag: String, kind: CommentCorrection.Kind)] = [
        ("CON", .commentOn), ("CIN", .commentIn),
        ("EIN", .erratumIn), ("EFR", .erratumFor),
        ("CRI", "CorrectedandRepublishedIn"), ("CRF", "CorrectedandRepublishedFrom"),
        ("PRIN", "PartialRetractionIn"), ("PROF", "PartialRetractionOf"),
        ("RPI", .republishedIn), ("RPF", .republishedFrom),
        ("RIN", .retractionIn), ("ROF", .retractionOf),
        ("RRI", "RetractedandRepublishedIn"), ("RRF", "RetractedandRepublishedFrom"),
        ("UIN", .updateIn), ("UOF", .updateOf),
        ("SPIN", "SummaryForPatientsIn"), ("ORI", "OriginalReportIn"),
        ("ECI", .expressionOfConcernIn), ("ECF", .expressionOfConcernFor),
    ]

    static let kindByCode: [UInt32: CommentCorrection.Kind] = Dictionary(
        commentsCorrections.map { (MEDLINETag.code($0.tag), $0.kind) }, uniquingKeysWith: { first, _ in first })

    static let tagByKind: [String: String] = Dictionary(
        commentsCorrections.map { ($0.kind.rawValue, $0.tag) }, uniquingKeysWith: { first, _ in first })
}
