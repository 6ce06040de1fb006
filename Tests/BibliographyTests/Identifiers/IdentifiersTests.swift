import Testing

@testable import Bibliography

@Suite("Identifier normalisation")
struct IdentifiersTests {
    @Test("DOIs lose prefixes, trailing punctuation and case")
    func doi() {
        #expect(Identifiers.normalizedDOI("doi: 10.1002/JOR.1100030214.") == "10.1002/jor.1100030214")
        #expect(Identifiers.normalizedDOI("https://doi.org/10.3109/03008208309004846") == "10.3109/03008208309004846")
        #expect(Identifiers.normalizedDOI("no identifier here") == nil)
    }

    @Test("PMIDs are digits, PMCIDs carry the PMC prefix")
    func pmidPmcid() {
        #expect(Identifiers.normalizedPMID("PMID: 6224646") == "6224646")
        #expect(Identifiers.normalizedPMID("62a4") == nil)
        #expect(Identifiers.normalizedPMCID("pmc123456") == "PMC123456")
        #expect(Identifiers.normalizedPMCID("123456") == "PMC123456")
        #expect(Identifiers.normalizedPMCID("PMCX") == nil)
    }
}
