import Bibliography
import PropertyBased

/// Generators of bibliographic values for the property-based tests: the shapes every format
/// can hold (a journal article, a book, a chapter with plain-text fields), with shrinking kept
/// (each part is a built-in generator, so a failure shrinks to its smallest input).
public enum ItemGen {
    /// A capitalised word of letters, the shape of a family name or a title word.
    public static let word = zip(Gen.uppercaseLetter, Gen.lowercaseLetter.string(of: 1...9)).map { String($0) + $1 }

    /// A title: one to eight words separated by spaces, with an optional final question mark.
    public static let title = zip(word.array(of: 1...8), Gen.bool(0.2))
        .map { words, question in words.joined(separator: " ") + (question ? "?" : "") }

    /// A person: a family name and one or two given names (or initials).
    public static let person = zip(word, word.array(of: 1...2), Gen.bool(0.3)).map { family, given, initials in
        Name(family: family, given: initials ? given.map { String($0.prefix(1)) + "." }.joined(separator: " ") : given.joined(separator: " "))
    }

    /// A page range with its last page written in full (`123-129`) or a single page.
    public static let pages = zip(Gen.int(in: 1...9_000), Gen.int(in: 0...60)).map { first, length in
        length == 0 ? "\(first)" : "\(first)-\(first + length)"
    }

    /// A DOI: the `10.` prefix, a registrant of four or five digits, and a suffix of letters and digits.
    public static let doi = zip(Gen.int(in: 1_000...99_999), Gen.letterOrNumber.string(of: 1...12)).map { "10.\($0)/\($1.lowercased())" }

    /// A publication date: a year, with a month and a day in most cases.
    public static let date = zip(Gen.int(in: 1_800...2_030), Gen.int(in: 0...12), Gen.int(in: 0...28)).map { year, month, day in
        month == 0 ? DateValue(year: year) : DateValue(year: year, month: month, day: day == 0 ? nil : day)
    }

    /// A journal article with authors, title, journal, volume, issue, pages, date and DOI.
    public static let article = zip(
        Gen.int(in: 1...99_999), title, person.array(of: 1...6), title, Gen.int(in: 1...400), Gen.int(in: 0...12),
        zip(pages, date, doi)
    ).map { number, title, authors, journal, volume, issue, rest in
        var item = Item(id: "item\(number)", type: .articleJournal)
        item.title = title
        item.author = authors
        item.containerTitle = journal
        item.volume = "\(volume)"
        if issue > 0 { item.issue = "\(issue)" }
        item.page = rest.0
        item.issued = rest.1
        item.doi = rest.2
        return item
    }
}
