extension CommentCorrection {
    /// The link type, as NLM names it (`RetractionIn`, `ErratumFor`, ...). Unknown types are kept as written.
    public struct Kind: RawRepresentable, Sendable, Hashable, Codable, ExpressibleByStringLiteral {
        /// The NLM name of the link type.
        public var rawValue: String
        /// A link type from its NLM name.
        public init(rawValue: String) { self.rawValue = rawValue }
        /// A link type from its NLM name written as a literal.
        public init(stringLiteral value: String) { rawValue = value }

        /// This record was retracted by the linked notice.
        public static let retractionIn: Kind = "RetractionIn"
        /// This record is a notice retracting the linked record.
        public static let retractionOf: Kind = "RetractionOf"
        /// An erratum to this record was published in the linked record.
        public static let erratumIn: Kind = "ErratumIn"
        /// This record is an erratum to the linked record.
        public static let erratumFor: Kind = "ErratumFor"
        /// The linked notice expresses concern about this record.
        public static let expressionOfConcernIn: Kind = "ExpressionOfConcernIn"
        /// This record expresses concern about the linked record.
        public static let expressionOfConcernFor: Kind = "ExpressionOfConcernFor"
        /// The linked record comments on this one.
        public static let commentIn: Kind = "CommentIn"
        /// This record comments on the linked one.
        public static let commentOn: Kind = "CommentOn"
        /// The linked record updates this one.
        public static let updateIn: Kind = "UpdateIn"
        /// This record updates the linked one.
        public static let updateOf: Kind = "UpdateOf"
        /// This record was republished as the linked one.
        public static let republishedIn: Kind = "RepublishedIn"
        /// This record republishes the linked one.
        public static let republishedFrom: Kind = "RepublishedFrom"
    }
}
