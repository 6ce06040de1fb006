/// MEDLINE tags packed into a `UInt32` (four ASCII bytes, padded with spaces), so that mapping a
/// field is an integer switch rather than string comparisons.
enum MEDLINETag {
    static let pmid: UInt32 = 0x504D4944  // PMID
    static let stat: UInt32 = 0x53544154  // STAT
    static let da: UInt32 = 0x44412020  // DA
    static let dcom: UInt32 = 0x44434F4D  // DCOM
    static let lr: UInt32 = 0x4C522020  // LR
    static let issn: UInt32 = 0x49532020  // IS
    static let vi: UInt32 = 0x56492020  // VI
    static let ip: UInt32 = 0x49502020  // IP
    static let dp: UInt32 = 0x44502020  // DP
    static let ti: UInt32 = 0x54492020  // TI
    static let bti: UInt32 = 0x42544920  // BTI
    static let cti: UInt32 = 0x43544920  // CTI
    static let tt: UInt32 = 0x54542020  // TT
    static let pg: UInt32 = 0x50472020  // PG
    static let lid: UInt32 = 0x4C494420  // LID
    static let aid: UInt32 = 0x41494420  // AID
    static let pmc: UInt32 = 0x504D4320  // PMC
    static let mid: UInt32 = 0x4D494420  // MID
    static let oid: UInt32 = 0x4F494420  // OID
    static let isbn: UInt32 = 0x4953424E  // ISBN
    static let ab: UInt32 = 0x41422020  // AB
    static let ci: UInt32 = 0x43492020  // CI
    static let fau: UInt32 = 0x46415520  // FAU
    static let au: UInt32 = 0x41552020  // AU
    static let cn: UInt32 = 0x434E2020  // CN
    static let ad: UInt32 = 0x41442020  // AD
    static let auid: UInt32 = 0x41554944  // AUID
    static let fed: UInt32 = 0x46454420  // FED
    static let ed: UInt32 = 0x45442020  // ED
    static let fir: UInt32 = 0x46495220  // FIR
    static let ir: UInt32 = 0x49522020  // IR
    static let la: UInt32 = 0x4C412020  // LA
    static let gr: UInt32 = 0x47522020  // GR
    static let pt: UInt32 = 0x50542020  // PT
    static let dep: UInt32 = 0x44455020  // DEP
    static let pl: UInt32 = 0x504C2020  // PL
    static let ta: UInt32 = 0x54412020  // TA
    static let jt: UInt32 = 0x4A542020  // JT
    static let jid: UInt32 = 0x4A494420  // JID
    static let rn: UInt32 = 0x524E2020  // RN
    static let nm: UInt32 = 0x4E4D2020  // NM
    static let mh: UInt32 = 0x4D482020  // MH
    static let oto: UInt32 = 0x4F544F20  // OTO
    static let ot: UInt32 = 0x4F542020  // OT
    static let cois: UInt32 = 0x434F4953  // COIS
    static let si: UInt32 = 0x53492020  // SI
    static let oab: UInt32 = 0x4F414220  // OAB
    static let oabl: UInt32 = 0x4F41424C  // OABL
    static let phst: UInt32 = 0x50485354  // PHST
    static let edat: UInt32 = 0x45444154  // EDAT
    static let mhda: UInt32 = 0x4D484441  // MHDA
    static let crdt: UInt32 = 0x43524454  // CRDT
    static let pmcr: UInt32 = 0x504D4352  // PMCR
    static let pst: UInt32 = 0x50535420  // PST
    static let pb: UInt32 = 0x50422020  // PB
    static let en: UInt32 = 0x454E2020  // EN

    /// The code of a tag of one to four ASCII characters.
    static func code<C: Collection>(_ bytes: C) -> UInt32 where C.Element == UInt8 {
        var code: UInt32 = 0
        var n = 0
        for byte in bytes.prefix(4) {
            code = code << 8 | UInt32(byte)
            n += 1
        }
        while n < 4 {
            code = code << 8 | 0x20
            n += 1
        }
        return code
    }

    /// The tag of a code, without its padding.
    static func name(_ code: UInt32) -> String {
        // At most four bytes: a small String, built without an intermediate array.
        String(unsafeUninitializedCapacity: 4) { buffer in
            var n = 0
            for shift in stride(from: 24, through: 0, by: -8) {
                let byte = UInt8(truncatingIfNeeded: code >> UInt32(shift))
                if byte != 0x20 {
                    buffer[n] = byte
                    n += 1
                }
            }
            return n
        }
    }

    /// The code of a tag written as a string.
    static func code(_ tag: String) -> UInt32 { code(Array(tag.utf8)) }
}
