import Bibliography
import Foundation
import PubMed
import Testing
import TestSupport
@testable import Formats

/// The same four real PubMed records as PubMed XML and in MEDLINE display form
/// (`Fixtures/formats/medline/twins.*`): both readers must give the same item and metadata.
@Suite struct MEDLINETwinTests {
    static func pairs() throws -> [(xml: Record, medline: Record)] {
        let xml = try PubMedReader.records(contentsOf: PackagePaths.fixture("formats/medline/twins.xml"))
        let data = try Data(contentsOf: PackagePaths.fixture("formats/medline/twins.nbib"))
        let result = MEDLINEReader.readRecords(data, file: "twins.nbib")
        #expect(result.diagnostics.isEmpty)
        #expect(xml.count == 4)
        #expect(result.records.count == xml.count)
        return zip(xml, result.records).map { (comparable($0.0), $0.1) }
    }

    /// The XML record without what the MEDLINE display format does not print: MeSH and
    /// publication-type unique identifiers, the PMID version, NLM's abstract categories, the
    /// reference list, and StartPage/EndPage (MEDLINE prints only MedlinePgn).
    static func comparable(_ record: Record) -> Record {
        var r = record
        var m = r.metadata
        m.pmidVersion = nil
        m.publicationTypes = m.publicationTypes.map { PublicationType(name: $0.name) }
        m.meshHeadings = m.meshHeadings.map { h in
            MeshHeading(descriptor: MeshTerm(name: h.descriptor.name, majorTopic: h.descriptor.majorTopic),
                        qualifiers: h.qualifiers.map { MeshTerm(name: $0.name, majorTopic: $0.majorTopic) })
        }
        m.chemicals = m.chemicals.map { Chemical(name: $0.name, registryNumber: $0.registryNumber) }
        m.abstractSections = m.abstractSections.map { AbstractSection(label: $0.label, text: RichText.plain($0.text)) }
        m.references = []
        m.startPage = nil
        m.endPage = nil
        r.metadata = m
        return r
    }

    @Test func itemsAreTheSameFieldByField() throws {
        for (xml, medline) in try Self.pairs() {
            let pmid = xml.item.pmid ?? "?"
            #expect(medline.item.type == xml.item.type, "type \(pmid)")
            #expect(medline.item.id == xml.item.id, "id \(pmid)")
            #expect(medline.item.names == xml.item.names, "names \(pmid)")
            #expect(medline.item.dates == xml.item.dates, "dates \(pmid)")
            for key in Set(xml.item.fields.keys).union(medline.item.fields.keys).sorted() {
                #expect(medline.item.fields[key] == xml.item.fields[key], "\(key) \(pmid)")
            }
            #expect(medline.item == xml.item)
        }
    }

    @Test func metadataIsTheSameFieldByField() throws {
        for (xml, medline) in try Self.pairs() {
            let a = medline.metadata
            let e = xml.metadata
            let pmid = e.pmid ?? "?"
            #expect(a.source == e.source, "source \(pmid)")
            #expect(a.pmid == e.pmid, "pmid \(pmid)")
            #expect(a.status == e.status, "status \(pmid)")
            #expect(a.publicationTypes == e.publicationTypes, "publication types \(pmid)")
            #expect(a.meshHeadings == e.meshHeadings, "MeSH \(pmid)")
            #expect(a.chemicals == e.chemicals, "chemicals \(pmid)")
            #expect(a.keywords == e.keywords, "keywords \(pmid)")
            #expect(a.grants == e.grants, "grants \(pmid)")
            #expect(a.commentsCorrections == e.commentsCorrections, "comments/corrections \(pmid)")
            #expect(a.articleIDs == e.articleIDs, "article ids \(pmid)")
            #expect(a.journal == e.journal, "journal \(pmid)")
            #expect(a.abstractSections == e.abstractSections, "abstract sections \(pmid)")
            #expect(a.abstractCopyright == e.abstractCopyright, "copyright \(pmid)")
            #expect(a.authorDetails == e.authorDetails, "author details \(pmid)")
            #expect(a.investigators == e.investigators, "investigators \(pmid)")
            #expect(a.vernacularTitle == e.vernacularTitle, "vernacular title \(pmid)")
            #expect(a.history == e.history, "history \(pmid)")
            #expect(a.publicationStatus == e.publicationStatus, "publication status \(pmid)")
            #expect(a.languages == e.languages, "languages \(pmid)")
            #expect(a.coiStatement == e.coiStatement, "COI \(pmid)")
            #expect(a.articleDates == e.articleDates, "article dates \(pmid)")
            #expect(a.dateCreated == e.dateCreated, "date created \(pmid)")
            #expect(a.dateCompleted == e.dateCompleted, "date completed \(pmid)")
            #expect(a.dateRevised == e.dateRevised, "date revised \(pmid)")
            #expect(a.dataBanks == e.dataBanks, "data banks \(pmid)")
            #expect(a.supplementalConcepts == e.supplementalConcepts, "supplementary concepts \(pmid)")
            #expect(a == e, "whole metadata \(pmid)")
        }
    }

    @Test func theFixtureCoversTheRulesThatMatter() throws {
        let records = try Self.pairs().map(\.medline)
        // An erratum link, two LIDs (doi and pii), a corporate author, a structured abstract, two
        // languages with a vernacular title, and a MedlineDate range.
        #expect(records[0].metadata.commentsCorrections == [CommentCorrection(
            type: .erratumIn, refSource: "Cell Rep. 2022 Jun 28;39(13):111044. doi: 10.1016/j.celrep.2022.111044.", pmid: "35767954")])
        #expect(records[0].metadata.articleIDs.filter(\.fromELocation).map(\.type) == ["doi", "pii"])
        #expect(records[1].item.author.last == Name(literal: "Task and Finish Group for Urinalysis (TFG-U), European Federation of Clinical Chemistry and Laboratory Medicine (EFLM)"))
        #expect(records[1].metadata.abstractSections.map(\.label).prefix(3) == ["BACKGROUND", "RECOMMENDATIONS", "MEDICAL NEEDS AND TEST REQUISITION"])
        #expect(records[2].item.language == "en")
        #expect(records[2].metadata.languages == ["eng", "nor"])
        #expect(records[3].item.issued?.dateParts == [[2015, 10], [2015, 12]])
        #expect(records[3].item.page == "41-44")
    }
}
