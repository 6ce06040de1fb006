import Foundation
import Testing

@Suite("cite library dedupe and add --no-merge", .serialized)
struct LibraryDedupeCommandTests {
    static let bib = """
        @article{dagenais2007,
          author = {Dagenais, Simon and Yelland, Michael and Del Mar, Chris},
          title = {Prolotherapy injections for chronic low-back pain},
          journal = {Cochrane Database of Systematic Reviews},
          year = {2007}, number = {2}, pages = {CD004059},
          doi = {10.1002/14651858.CD004059.pub3}
        }
        @article{smith2019a,
          author = {Smith, Anna},
          title = {Dextrose prolotherapy for knee osteoarthritis: Part I},
          journal = {Journal of Pain Research}, year = {2019}, volume = {12}, pages = {101--110}
        }

        """
    static let ris = """
        TY  - JOUR
        ID  - yelland-copy
        AU  - Dagenais, S
        AU  - Yelland, M
        TI  - PROLOTHERAPY INJECTIONS FOR CHRONIC LOW-BACK PAIN.
        JO  - Cochrane Database Syst Rev
        PY  - 2007
        IS  - 2
        SP  - CD004059
        ER  - 
        TY  - JOUR
        ID  - smith-part2
        AU  - Smith, Anna
        TI  - Dextrose prolotherapy for knee osteoarthritis: Part II
        JO  - J Pain Res
        PY  - 2019
        VL  - 12
        SP  - 111
        EP  - 120
        ER  - 

        """

    /// A library path and the two files, written to `folder`.
    static func files(in folder: URL) throws -> (library: String, bib: String, ris: String) {
        let bib = folder.appendingPathComponent("refs.bib")
        let ris = folder.appendingPathComponent("refs.ris")
        try Data(Self.bib.utf8).write(to: bib)
        try Data(Self.ris.utf8).write(to: ris)
        return (folder.appendingPathComponent("lib.sqlite").path, bib.path, ris.path)
    }

    @Test("--no-merge keeps the copies apart; --dry-run lists the cluster with its score (text and JSON); dedupe merges once")
    func dryRunThenMerge() throws {
        try LibraryCommandTests.inFolder { (folder: URL) throws in
            let (library, bib, ris) = try Self.files(in: folder)
            let add = try CLIProcess.run(["library", "add", "--library", library, "--no-merge", bib, ris])
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stderr.contains("4 added, 0 replaced, 0 unchanged"))

            let json = try CLIProcess.run(["library", "dedupe", "--library", library, "--dry-run", "--format", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
            #expect(report?["dryRun"] as? Bool == true)
            #expect(report?["records"] as? Int == 4)
            let clusters = report?["clusters"] as? [[String: Any]] ?? []
            #expect(clusters.count == 1)
            let members = clusters.first?["members"] as? [[String: Any]] ?? []
            #expect(members.compactMap { $0["item"] as? String }.sorted() == ["dagenais2007", "yelland-copy"])
            let links = clusters.first?["links"] as? [[String: Any]] ?? []
            #expect(links.compactMap { $0["basis"] as? String } == ["fields"])
            #expect(links.compactMap { $0["score"] as? Double } == [1])
            #expect(clusters.first?["key"] as? String == "doi:10.1002/14651858.cd004059.pub3")
            #expect(json.stderr.contains("1 clusters; would merge 1 of 4 records away"))

            let text = try CLIProcess.run(["library", "dedupe", "--library", library, "--dry-run"])
            #expect(text.stdout.hasPrefix("cluster 1: 2 records -> doi:10.1002/14651858.cd004059.pub3\n"))
            #expect(text.stdout.contains("  1.000 fields\t"))
            #expect(try LibraryCommandTests.stats(library)["records"] as? Int == 4)

            let merge = try CLIProcess.run(["library", "dedupe", "--library", library])
            #expect(merge.status == 0)
            #expect(merge.stderr.contains("1 clusters; merged 1 of 4 records away"))
            #expect(try LibraryCommandTests.stats(library)["records"] as? Int == 3)
            let again = try CLIProcess.run(["library", "dedupe", "--library", library])
            #expect(again.stderr.contains("0 clusters; merged 0 of 3 records away"))

            let show = try CLIProcess.run(["library", "show", "--library", library, "--format", "json", "doi:10.1002/14651858.CD004059.pub3"])
            let stored = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
            let sources = stored?["sources"] as? [[String: Any]] ?? []
            #expect(sources.compactMap { $0["item"] as? String } == ["dagenais2007", "yelland-copy"])
            let item = stored?["item"] as? [String: Any]
            #expect((item?["author"] as? [Any])?.count == 3)
        }
    }

    @Test("add without --no-merge merges a copy from another format into the stored record")
    func addMerges() throws {
        try LibraryCommandTests.inFolder { (folder: URL) throws in
            let (library, bib, ris) = try Self.files(in: folder)
            let add = try CLIProcess.run(["library", "add", "--library", library, bib, ris])
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stderr.contains("3 added, 0 replaced, 1 merged into a stored record of the same work, 0 unchanged"))
            #expect(try LibraryCommandTests.stats(library)["records"] as? Int == 3)
        }
    }
}
