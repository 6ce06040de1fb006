/// An open `<ol>` or `<ul>` while extracting HTML: whether it is numbered, and the next item's number.
struct ListContext {
    var ordered: Bool
    var next: Int
}
