import Bibliography
import Testing
@testable import Evidence

@Suite("Records from CSL-JSON custom fields")
struct RecordCSLJSONTests {
    @Test("publication types, MeSH notation and keywords are read into the metadata")
    func custom() throws {
        var item = Item(id: "x")
        item.fields["custom"] = .object([
            "publication-types": .array([.string("Review")]),
            "mesh": .array([.string("Tendons/drug effects*"), .string("Rabbits")]),
        ])
        item.fields["keyword"] = .string("rats, cells cultured")
        let r = Record.fromCSLJSON(item)
        #expect(r.metadata.publicationTypes.map(\.name) == ["Review"])
        #expect(r.metadata.meshHeadings.first?.pubMedNotation == ["Tendons/drug effects*"])
        #expect(r.metadata.hasMesh("Rabbits"))
        #expect(r.metadata.keywords.map(\.text) == ["rats", "cells cultured"])
    }

    @Test("the bundled CSL-JSON records grade as their confirmed facts say")
    func bundle() throws {
        let records = try EvidenceFixtures.prolotherapyCSLRecords()
        #expect(records.count == 7)
        #expect(StudyDesignClassifier.grade(try #require(records["confirmed-ref-10"])).design == .inVitro)
        #expect(StudyDesignClassifier.grade(try #require(records["confirmed-ref-14"])).design == .caseSeries)
        #expect(StudyDesignClassifier.grade(try #require(records["confirmed-ref-1"])) == .unknown)
    }
}
