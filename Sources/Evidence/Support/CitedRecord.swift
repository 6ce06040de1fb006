import Bibliography

/// One citation of a claim: the reference number and its matched record, if any.
public struct CitedRecord: Sendable, Hashable {
    public var reference: Int
    public var record: Record?
    public init(reference: Int, record: Record?) {
        self.reference = reference
        self.record = record
    }
}
