import Bibliography
import Foundation
import Testing
import TestSupport

@testable import Formats

/// Inputs the fuzzer (Fuzz/README.md) or the review of its targets found, kept as regression tests.
@Suite struct MEDLINEFuzzRegressionTests {
    /// The one record of a fixture in `Fixtures/fuzz/medline/` (expects exactly one).
    private func onlyRecord(of name: String) throws -> Record {
        let data = try Data(contentsOf: PackagePaths.fixture("fuzz/medline/\(name)"))
        let result = MEDLINEReader.readRecords(data, file: name)
        #expect(result.records.count == 1)
        return try #require(result.records.first)
    }

    /// `EDAT- 99999999999999999999/01/01`: the date parser multiplied the run of digits into an Int
    /// until it overflowed (a trap). A date part longer than a year is now no date.
    @Test func anOverlongDatePartIsNoDateAndTheOtherDatesAreKept() throws {
        let record = try onlyRecord(of: "history-date-overflow.nbib")
        #expect(record.item.pmid == "1")
        #expect(record.item.title == "A title")
        #expect(record.metadata.history == [HistoryDate(status: "entrez", date: [2019, 2, 20])])
    }

    /// `DP  - -` (fuzzing, 2026-12-07): the MedlineDate parser split the text on `-`, got no pieces
    /// and read the first (an index out of range, a crash of `cite convert` and `cite library add`).
    /// A date of hyphens alone is now kept as written, as other unreadable dates are.
    @Test func aPublicationDateOfAHyphenAloneIsKeptAsWrittenAndTheRecordRead() throws {
        let record = try onlyRecord(of: "medline-date-hyphen-only.nbib")
        #expect(record.item.pmid == "2")
        #expect(record.item.title == "A title")
        #expect(record.item.containerTitle == "A journal")
        #expect(record.item.issued == DateValue(literal: "-"))
    }

    @Test func fourDigitYearsAndTwoDigitPartsStillRead() {
        func slashDate(_ text: String) -> [Int]? { Array(text.utf8).withUnsafeBufferPointer { MEDLINEMapper.slashDate($0) } }
        #expect(slashDate("2019/02/20 06:00") == [2019, 2, 20])
        #expect(slashDate("20190/02/20") == nil)
    }
}
