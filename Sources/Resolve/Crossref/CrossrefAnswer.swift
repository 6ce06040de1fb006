import Bibliography
import Foundation

/// Reads Crossref's JSON envelopes: `{"status": "ok", "message-type": "work" | "work-list", "message": ...}`.
enum CrossrefAnswer {
    /// A singleton answer: the work, or nil for 404 (an unknown DOI or one registered elsewhere).
    static func work(_ answer: HTTPAnswer) throws -> (item: Item, raw: Data)? {
        let url = answer.url.absoluteString
        if answer.status == 404 { return nil }
        let message = try envelope(answer, expecting: "work")
        guard case .object(let work) = message, let item = CrossrefWork.item(work) else {
            throw ResolveError.invalidAnswer(url: url, reason: "work without a DOI")
        }
        return (item, try JSONEncoder().encode(message))
    }

    /// A list answer's items, best first, each with its score.
    static func works(_ answer: HTTPAnswer) throws -> [(item: Item, score: Double, raw: Data)] {
        let message = try envelope(answer, expecting: "work-list")
        guard case .object(let list) = message, case .array(let items)? = list["items"] else {
            throw ResolveError.invalidAnswer(url: answer.url.absoluteString, reason: "work-list without items")
        }
        let encoder = JSONEncoder()
        return try items.compactMap { value in
            guard case .object(let work) = value, let item = CrossrefWork.item(work) else { return nil }
            let score: Double
            switch work["score"] {
            case .double(let d)?: score = d
            case .int(let i)?: score = Double(i)
            default: score = 0
            }
            return (item, score, try encoder.encode(value))
        }
    }

    private static func envelope(_ answer: HTTPAnswer, expecting type: String) throws -> JSONValue {
        let url = answer.url.absoluteString
        guard answer.status == 200 else {
            throw ResolveError.badStatus(url: url, status: answer.status, detail: PoliteClient.snippet(answer))
        }
        guard !answer.body.isEmpty else { throw ResolveError.invalidAnswer(url: url, reason: "empty body where JSON was expected") }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: answer.body)
        } catch {
            let start = answer.text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(1)
            let kind = start == "<" ? "an HTML or XML page" : "not valid JSON (truncated or another format)"
            throw ResolveError.invalidAnswer(url: url, reason: "\(kind) where JSON was expected")
        }
        guard case .object(let top) = value, top["status"]?.text == "ok", let message = top["message"] else {
            throw ResolveError.invalidAnswer(url: url, reason: "JSON without status \"ok\" and a message")
        }
        guard top["message-type"]?.text == type else {
            throw ResolveError.invalidAnswer(url: url, reason: "message-type \(top["message-type"]?.text ?? "none"), expected \(type)")
        }
        return message
    }
}
