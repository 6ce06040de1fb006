import Bibliography

/// One citation of a claim: the reference number and its matched record, if any.
public struct CitedRecord: Sendable, Hashable {
    /// The reference's number in the reference list.
    public var reference: Int
    /// The record matched to the reference; `nil` when none was found.
    public var record: Record?
    /// A citation of reference `reference` with its record.
    public init(reference: Int, record: Record?) {
        self.reference = reference
        self.record = record
    }
}
