// refparse-eval: per-field accuracy of ReferenceParser on the labelled sets in ../shared/refparse,
// with the scoring rules of issue 4, and references per second.
//
//   swift run -c release refparse-eval [DATA_DIR] [--show FIELD] [--set vancouver|pmc] [--half tune|heldout]
//
// Each set is split by line number: even lines are the tuning half, odd lines the held-out half.
import Bibliography
import Foundation
import ReferenceText

struct Options {
    var dataDir: String
    var show: String?
    var showSet = "vancouver"
    var showHalf = "tune"
    var limit = 40
    var speedOnly = false
    /// Parse every string of every set, and cut and spliced variants of them (a crash fails the run).
    var robustness = false
    /// A development set scored like vancouver_dev (its strings that are not in the evaluation sets).
    var dev: String?
}

func parseOptions() -> Options {
    let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var o = Options(dataDir: packageRoot.deletingLastPathComponent().appendingPathComponent("shared/refparse").path)
    var args = Array(CommandLine.arguments.dropFirst())
    while !args.isEmpty {
        let a = args.removeFirst()
        switch a {
        case "--show": o.show = args.isEmpty ? nil : args.removeFirst()
        case "--set": if !args.isEmpty { o.showSet = args.removeFirst() }
        case "--half": if !args.isEmpty { o.showHalf = args.removeFirst() }
        case "--limit": if !args.isEmpty { o.limit = Int(args.removeFirst()) ?? 40 }
        case "--speed-only": o.speedOnly = true
        case "--robustness": o.robustness = true
        case "--dev": if !args.isEmpty { o.dev = args.removeFirst() }
        default: o.dataDir = a
        }
    }
    return o
}

/// NFKC, dashes unified to `-`, spaces collapsed, edge ` .,;:` trimmed.
func norm(_ s: String) -> String {
    let nfkc = s.precomposedStringWithCompatibilityMapping
    var out = ""
    var space = false
    for ch in nfkc {
        if ch.isWhitespace { space = true; continue }
        if space && !out.isEmpty { out.append(" ") }
        space = false
        switch ch {
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": out.append("-")
        default: out.append(ch)
        }
    }
    let edge: Set<Character> = [" ", ".", ",", ";", ":"]
    while let f = out.first, edge.contains(f) { out.removeFirst() }
    while let l = out.last, edge.contains(l) { out.removeLast() }
    return out
}

/// Lowercased letters and digits only (the case- and punctuation-insensitive title score).
func loose(_ s: String) -> String {
    String(norm(s).lowercased().filter { $0.isLetter || $0.isNumber })
}

struct Row {
    var text: String
    var fields: [String: Any]
    var vancouver = false
    var hyphenLinebreak = false
}

func load(_ path: String) -> [Row]? {
    guard let data = FileManager.default.contents(atPath: path), let s = String(data: data, encoding: .utf8) else { return nil }
    var rows: [Row] = []
    for line in s.split(separator: "\n") {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = obj["text"] as? String, let fields = obj["fields"] as? [String: Any]
        else { continue }
        rows.append(Row(
            text: text, fields: fields, vancouver: obj["vancouver"] as? Bool ?? false,
            hyphenLinebreak: obj["hyphen_linebreak"] as? Bool ?? false))
    }
    return rows
}

final class Tally {
    var right: [String: Int] = [:]
    var total: [String: Int] = [:]
    var order: [String] = []
    func add(_ field: String, _ ok: Bool) {
        if total[field] == nil { order.append(field) }
        total[field, default: 0] += 1
        if ok { right[field, default: 0] += 1 }
    }
    func pct(_ f: String) -> Double {
        guard let t = total[f], t > 0 else { return 0 }
        return 100 * Double(right[f] ?? 0) / Double(t)
    }
}

/// `Family Initials` with the initials as written (`Huang G-Q`, `Jack CR` for `Jack, C. R.`).
func familyInitials(_ n: Name) -> String {
    if let lit = n.literal, n.family == nil { return lit }
    let family = [n.nonDroppingParticle, n.family].compactMap { $0 }.joined(separator: " ")
    var given = (n.given ?? "").filter { $0 != "." && $0 != " " }
    if given.count > 4 || given.count > 2 && given.contains(where: { $0.isLowercase }) && !given.contains("-") { given = n.initials }
    var parts = [family]
    if !given.isEmpty { parts.append(given) }
    if let s = n.suffix { parts.append(s.replacingOccurrences(of: ".", with: "")) }
    return parts.joined(separator: " ")
}

func authorStrings(_ p: ParsedReference) -> [String] {
    var names = p.item.author.map(familyInitials)
    if p.authorListTruncated { names.append("et al") }
    return names.map(norm)
}

func scoreVancouver(_ row: Row, _ p: ParsedReference, _ tally: Tally, failures: inout [String], show: String?) {
    let f = row.fields
    func gold(_ k: String) -> String? { (f[k] as? String).map(norm) }
    var core = true
    var coreExceptContainer = true
    var coreMisses: [String] = []
    func check(_ name: String, _ ok: Bool, _ got: String?, _ want: String?, coreField: Bool) {
        tally.add(name, ok)
        if coreField && !ok {
            core = false
            coreMisses.append("\(name): want \(want ?? "nil") | got \(got ?? "nil")")
        }
        if coreField && !ok && name != "container-title" { coreExceptContainer = false }
        if !ok, show == name { failures.append("\(row.text)\n    want: \(want ?? "nil")\n    got:  \(got ?? "nil")") }
    }
    if let ga = f["author"] as? [String] {
        let got = authorStrings(p)
        if f["author_split"] as? Bool == true {
            check("author", got == ga.map(norm), got.joined(separator: ", "), ga.joined(separator: ", "), coreField: true)
        } else {
            // Unsplit gold (`author_raw`): compare the list as one string.
            // A comma before "et al" is punctuation, written either way in the gold.
            // So is the separator between names (`Cirillo DM; the ... Group`).
            func etAl(_ s: String) -> String { s.replacingOccurrences(of: ", et al", with: " et al").replacingOccurrences(of: "; ", with: ", ") }
            let raw = etAl(norm((f["author_raw"] as? String) ?? ga.joined(separator: ", ")))
            let joined = etAl(norm(got.joined(separator: ", ")))
            check("author", joined == raw, joined, raw, coreField: true)
        }
    }
    let title = p.item.title.map(norm)
    let gt = gold("title")
    check("title", title == gt, title, gt, coreField: true)
    check("title (loose)", title.map(loose) == gt.map(loose), title, gt, coreField: false)
    let c = p.item.containerTitle.map(norm)
    check("container-title", c == gold("container-title"), c, gold("container-title"), coreField: true)
    // The gold splits a journal's closing place (`Proc Natl Acad Sci` + location `USA`) where the
    // string and NLM keep it in the title; this line joins it back.
    var containerRejoined = c == gold("container-title")
    if !containerRejoined, let gc = gold("container-title"), let loc = gold("location") {
        containerRejoined = c == norm(gc + " " + loc)
    }
    tally.add("container-title, gold location rejoined", containerRejoined)
    let y = p.item.year.map(String.init)
    check("year", y == gold("year"), y, gold("year"), coreField: true)
    let v = p.item.volume.map(norm)
    check("volume", v == gold("volume"), v, gold("volume"), coreField: true)
    let i = p.item.issue.map(norm)
    check("issue", i == gold("issue"), i, gold("issue"), coreField: false)
    if gold("issue") != nil { tally.add("issue (where gold has one)", i == gold("issue")) }
    let pg = p.item.page.map(norm)
    check("pages", pg == gold("pages"), pg, gold("pages"), coreField: true)
    tally.add("all six core fields", core)
    if !core, show == "all six core fields" { failures.append("\(row.text)\n    " + coreMisses.joined(separator: "\n    ")) }
    tally.add("all six, gold location rejoined", coreExceptContainer && containerRejoined)
}

/// A family name without its leading particles (`van den Beemd` → `Beemd`, `De Freitas` → `Freitas`).
func withoutParticles(_ family: String) -> String {
    let capital: Set<String> = ["Van", "Von", "De", "La", "Le", "Du", "Di", "Da", "Del", "Della", "Des", "Dos", "Das", "Ter", "Ten", "Den", "Der", "Van't"]
    var words = family.split(separator: " ").map(String.init)
    while words.count > 1, let w = words.first, w.first?.isLowercase == true || w.first == "'" || w.first == "\u{2019}" || capital.contains(w) {
        words.removeFirst()
    }
    return words.joined(separator: " ")
}

func scorePMC(_ row: Row, _ p: ParsedReference, _ tally: Tally, failures: inout [String], show: String?) {
    let f = row.fields
    func gold(_ k: String) -> String? { (f[k] as? String).map(norm) }
    func check(_ name: String, _ ok: Bool, _ got: String?, _ want: String?) {
        tally.add(name, ok)
        if !ok, show == name { failures.append("\(row.text)\n    want: \(want ?? "nil")\n    got:  \(got ?? "nil")") }
    }
    if let gs = gold("first_author_surname") {
        let first = p.item.author.first
        let got = first.map { n -> String in
            if let lit = n.literal, n.family == nil { return norm(lit) }
            // The gold writes the surname with its particle (`van Praag`) or without (`Beemd` for
            // `van den Beemd`): the form that matches is used. The parser keeps particles in the family
            // name as written; the bare form drops its leading particle words.
            let full = norm([n.nonDroppingParticle, n.family].compactMap { $0 }.joined(separator: " "))
            return full == gs ? full : norm(withoutParticles(n.family ?? ""))
        }
        check("first-author surname", got == gs, got, gs)
    }
    if let gt = gold("title") {
        let t = p.item.title.map(norm)
        let ok = t?.lowercased() == gt.lowercased()
        check("title (case-insensitive)", ok, t, gt)
        // The strings the issue singles out: a line-break hyphen in them (AnyStyle: 25.5% exact titles).
        if row.hyphenLinebreak { check("title, strings with a line-break hyphen", ok, t, gt) }
        // The issue's second title score: case- and punctuation-insensitive (curly and straight quotes alike).
        check("title (loose)", t.map(loose) == loose(gt), t, gt)
        // The same, only where the gold title stands in the string as a whole element (it is not cut
        // at an italic species name, and its quotes and hyphens are the string's).
        let whole = goldIsWholeElement(gt, of: row.text)
        if whole { check("title, gold a whole element", ok, t, gt) }
        // Shares of gold titles no parser that returns the string's own words can match: cut short
        // inside the string (at an italic name), or not in it at all (other quotes, other text).
        let occurs = goldOccurs(gt, in: row.text)
        tally.add("(share) gold title cut short in string", occurs && !whole)
        tally.add("(share) gold title not in the string", !occurs)
    }
    if let gc = gold("container-title") {
        let c = p.item.containerTitle.map(norm)
        check("container-title", c == gc, c, gc)
    }
    if let gv = gold("volume") {
        let v = p.item.volume.map(norm)
        check("volume", v == gv, v, gv)
    }
    if let gp = gold("first_page") {
        let fp = p.item.pageRanges.first.map { norm($0.first) }
        check("first page", fp == gp, fp, gp)
    }
    if let gd = gold("doi") {
        let d = p.item.doi.map { norm($0).lowercased() }
        check("DOI", d == gd.lowercased(), d, gd)
    }
}

/// Whether `gold` occurs anywhere in `text` (case-insensitive, line-break hyphens joined or kept,
/// suspended hyphens spaced or not).
func goldOccurs(_ gold: String, in text: String) -> Bool {
    let g = norm(gold).lowercased()
    guard !g.isEmpty else { return false }
    let base = norm(text).lowercased()
    let variants = [base, base.replacingOccurrences(of: "- ", with: ""), base.replacingOccurrences(of: "- ", with: "-")]
    return variants.contains { v in
        v.contains(g) || v.replacingOccurrences(of: "-and ", with: "- and ").replacingOccurrences(of: "-or ", with: "- or ").contains(g)
    }
}

/// Whether `gold` occurs in `text` (case-insensitive, line-break hyphens joined or kept) as a whole
/// element: followed by the end or by `.`, `?`, `!`, `,`, `:`, `;` or a closing quote.
func goldIsWholeElement(_ gold: String, of text: String) -> Bool {
    let g = norm(gold).lowercased()
    guard !g.isEmpty else { return false }
    let base = norm(text).lowercased()
    for variant in [base, base.replacingOccurrences(of: "- ", with: ""), base.replacingOccurrences(of: "- ", with: "-")] {
        var search = variant.startIndex..<variant.endIndex
        while let r = variant.range(of: g, range: search) {
            if r.upperBound == variant.endIndex || ".?!,:;\"”'".contains(variant[r.upperBound]) { return true }
            // A title closed by its own `?` or `!` (`... or threat? ACS Nano`).
            if let last = g.last, "?!".contains(last), variant[r.upperBound] == " " { return true }
            search = r.upperBound..<variant.endIndex
        }
    }
    return false
}

func report(_ title: String, _ tallies: [(String, Tally)]) {
    print("\n\(title)")
    let fields = tallies[0].1.order
    let header = "  field".padding(toLength: 42, withPad: " ", startingAt: 0) + tallies.map { $0.0.padding(toLength: 22, withPad: " ", startingAt: 0) }.joined()
    print(header)
    for f in fields {
        var line = ("  " + f).padding(toLength: 42, withPad: " ", startingAt: 0)
        for (_, t) in tallies {
            let cell = String(format: "%6.2f%% (%d/%d)", t.pct(f), t.right[f] ?? 0, t.total[f] ?? 0)
            line += cell.padding(toLength: 22, withPad: " ", startingAt: 0)
        }
        print(line)
    }
}

let options = parseOptions()
let parser = ReferenceParser()
guard let vancouver = load(options.dataDir + "/vancouver_dev.jsonl"), let pmc = load(options.dataDir + "/pmc_matching_dev.jsonl") else {
    FileHandle.standardError.write(Data("refparse-eval: cannot read vancouver_dev.jsonl / pmc_matching_dev.jsonl in \(options.dataDir)\n".utf8))
    exit(2)
}

var failures: [String] = []
if options.robustness {
    var all: [String] = []
    for name in ["vancouver_dev.jsonl", "pmc_matching_dev.jsonl", "grobid_citation_corpus.jsonl", "anystyle_gold.jsonl", "anystyle_core.jsonl"] {
        all += (load(options.dataDir + "/" + name) ?? []).map(\.text)
    }
    var n = 0
    for (k, text) in all.enumerated() {
        let chars = Array(text)
        var variants = [text, String(text.reversed()), text.uppercased(), text.replacingOccurrences(of: " ", with: "")]
        for cut in stride(from: 0, to: chars.count, by: max(1, chars.count / 12)) {
            variants.append(String(chars[..<cut]))
            variants.append(String(chars[cut...]))
        }
        let other = Array(all[(k * 7919) % all.count])
        variants.append(String(chars.prefix(chars.count / 2)) + String(other.suffix(other.count / 2)))
        for v in variants {
            let p = parser.parse(v)
            for (_, span) in p.spans where span.start < 0 || span.end > v.count || span.start > span.end {
                print("bad span in: \(v)")
            }
            n += 1
        }
    }
    print("robustness: \(n) strings parsed without a crash")
    exit(0)
}
if let dev = options.dev {
    guard let rows = load(dev) else {
        FileHandle.standardError.write(Data("refparse-eval: cannot read \(dev)\n".utf8))
        exit(2)
    }
    // vancouver_dev is drawn from the GROBID corpus: its strings (and PMC's) are left out here.
    var evaluation = Set<String>()
    for name in ["vancouver_dev.jsonl", "pmc_matching_dev.jsonl"] {
        for row in load(options.dataDir + "/" + name) ?? [] { evaluation.insert(row.text) }
    }
    let tally = Tally()
    var n = 0
    for row in rows where !evaluation.contains(row.text) {
        n += 1
        scoreVancouver(row, parser.parse(row.text), tally, failures: &failures, show: options.show)
    }
    report("\(dev) (\(n) references not in the evaluation sets; all styles)", [("all", tally)])
    for f in failures.prefix(options.limit) { print(f) }
    exit(0)
}
if !options.speedOnly {
let vTallies = (all: Tally(), tune: Tally(), held: Tally())
for (n, row) in vancouver.enumerated() {
    let p = parser.parse(row.text)
    let half = n % 2 == 0 ? "tune" : "heldout"
    var sink: [String] = []
    scoreVancouver(row, p, vTallies.all, failures: &sink, show: nil)
    let wantShow = options.showSet == "vancouver" && options.showHalf == half ? options.show : nil
    scoreVancouver(row, p, n % 2 == 0 ? vTallies.tune : vTallies.held, failures: &failures, show: wantShow)
}
let pTallies = (all: Tally(), tune: Tally(), held: Tally())
for (n, row) in pmc.enumerated() {
    let p = parser.parse(row.text)
    let half = n % 2 == 0 ? "tune" : "heldout"
    var sink: [String] = []
    scorePMC(row, p, pTallies.all, failures: &sink, show: nil)
    let wantShow = options.showSet == "pmc" && options.showHalf == half ? options.show : nil
    scorePMC(row, p, n % 2 == 0 ? pTallies.tune : pTallies.held, failures: &failures, show: wantShow)
}

report("vancouver_dev.jsonl (\(vancouver.count) references)", [("all", vTallies.all), ("tuning half", vTallies.tune), ("held-out half", vTallies.held)])
report("pmc_matching_dev.jsonl (\(pmc.count) references, text as extracted from PDFs)", [("all", pTallies.all), ("tuning half", pTallies.tune), ("held-out half", pTallies.held)])
}

// Speed: every string of both sets, parsed repeatedly on this thread. Wall time suffers when other
// processes share the cores; the thread's CPU time does not, so both are reported.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
let texts = vancouver.map(\.text) + pmc.map(\.text)
var parsed = 0
var checksum = 0
let start = Date()
let cpuStart = threadCPUSeconds()
while Date().timeIntervalSince(start) < 3.0 {
    for t in texts {
        checksum &+= parser.parse(t).spans.count
        parsed += 1
    }
}
let elapsed = Date().timeIntervalSince(start)
let cpu = threadCPUSeconds() - cpuStart
print(String(format: "\nspeed: %d references, %.2f s wall, %.2f s CPU on one thread = %.0f references per CPU second (%.0f per wall second; checksum %d)",
    parsed, elapsed, cpu, Double(parsed) / cpu, Double(parsed) / elapsed, checksum))

if options.show != nil {
    print("\nfailures of \(options.show ?? "") on \(options.showSet) \(options.showHalf) half (\(failures.count)):")
    for f in failures.prefix(options.limit) { print(f) }
}
