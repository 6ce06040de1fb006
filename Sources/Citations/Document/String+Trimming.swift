extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }))
    }

    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isFastWhitespace { slice = slice.dropFirst() }
        while let last = slice.last, last.isFastWhitespace { slice = slice.dropLast() }
        return String(slice)
    }
}
