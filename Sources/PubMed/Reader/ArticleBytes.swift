import Foundation

/// The bytes of each record of a PubMed XML document, keyed by PMID: what a store keeps as a
/// record's own source and what an EFetch answer is made of. Bare `MedlineCitation` records (a
/// `MedlineCitationSet`) are returned wrapped in `<PubmedArticle>`, as EFetch writes them.
public enum ArticleBytes {
    /// Each `PubmedArticle`/`PubmedBookArticle` (or wrapped `MedlineCitation`) of `data` by PMID.
    public static func split(_ data: Data) -> [String: Data] {
        let bytes = [UInt8](data)
        let articles = records(bytes, open: ["<PubmedArticle>", "<PubmedArticle "], close: "</PubmedArticle>")
            + records(bytes, open: ["<PubmedBookArticle>", "<PubmedBookArticle "], close: "</PubmedBookArticle>")
        var out: [String: Data] = [:]
        if articles.isEmpty {
            for slice in records(bytes, open: ["<MedlineCitation>", "<MedlineCitation "], close: "</MedlineCitation>") {
                if let pmid = firstPMID(slice) { out[pmid] = Data("<PubmedArticle>".utf8) + Data(slice) + Data("</PubmedArticle>".utf8) }
            }
        }
        for slice in articles { if let pmid = firstPMID(slice) { out[pmid] = Data(slice) } }
        return out
    }

    /// The elements opening with one of `open` and ending at the next `close`, in document order.
    private static func records(_ bytes: [UInt8], open: [String], close: String) -> [ArraySlice<UInt8>] {
        let opens = open.map { Array($0.utf8) }, c = Array(close.utf8)
        var out: [ArraySlice<UInt8>] = []
        var i = 0
        while let start = opens.compactMap({ find($0, in: bytes, from: i) }).min(),
            let end = find(c, in: bytes, from: start + 1)
        {
            out.append(bytes[start..<(end + c.count)])
            i = end + c.count
        }
        return out
    }

    private static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    private static func firstPMID(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let start = find(Array("<PMID".utf8), in: Array(bytes), from: 0) else { return nil }
        let tail = bytes.dropFirst(start)
        guard let gt = tail.firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let digits = bytes[(gt + 1)...].prefix { (0x30...0x39).contains($0) }
        return digits.isEmpty ? nil : String(decoding: digits, as: UTF8.self)
    }
}
