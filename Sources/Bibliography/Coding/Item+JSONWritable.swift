// The CSL-JSON forms of `Item+CSLJSON.swift`, `Name+CSLJSON.swift` and `DateValue+CSLJSON.swift`,
// written directly (the same bytes as their `Encodable` forms through `JSONEncoder`).

extension Item: JSONWritable {
    private enum Member {
        case value(JSONValue)
        case names([Name])
        case date(DateValue)
    }

    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        var members: [(key: String, value: Member)] = []
        members.reserveCapacity(2 + names.count + dates.count + fields.count)
        if !(omitsID && id == .null) { members.append(("id", .value(id))) }
        if let typeValue { members.append(("type", .value(typeValue))) }
        for (key, list) in names { members.append((key, .names(list))) }
        for (key, date) in dates { members.append((key, .date(date))) }
        for (key, value) in fields { members.append((key, .value(value))) }
        writer.beginObject()
        for (key, member) in PrettyJSONWriter.sortedMembers(members) {
            writer.key(key)
            switch member {
            case .value(let value): try value.writeJSON(to: &writer)
            case .names(let list): try list.writeJSON(to: &writer)
            case .date(let date): try date.writeJSON(to: &writer)
            }
        }
        writer.endObject()
    }
}

extension Name: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        let typed: [(key: String, value: String?)] = [
            ("dropping-particle", droppingParticle), ("family", family), ("given", given),
            ("literal", literal), ("non-dropping-particle", nonDroppingParticle), ("suffix", suffix),
        ]
        var members: [(key: String, value: JSONValue)] = []
        for (key, value) in typed { if let value { members.append((key, .string(value))) } }
        try writer.object(typed: members, kept: extra)
    }
}

extension DateValue: JSONWritable {
    public func writeJSON(to writer: inout PrettyJSONWriter) throws {
        var members: [(key: String, value: JSONValue)] = []
        if let circa { members.append(("circa", circa)) }
        if !dateParts.isEmpty {
            members.append(("date-parts", .array(dateParts.map { .array($0.map(JSONValue.int)) })))
        }
        if let literal { members.append(("literal", .string(literal))) }
        if let raw { members.append(("raw", .string(raw))) }
        if let season { members.append(("season", season)) }
        try writer.object(typed: members, kept: extra)
    }
}

extension PrettyJSONWriter {
    /// An object of typed members (given in sorted order) and members kept as read; a kept member
    /// under a typed member's key is not written (as the `encode(to:)` methods skip it).
    fileprivate mutating func object(typed: [(key: String, value: JSONValue)], kept: [String: JSONValue]) throws {
        var members = typed
        for (key, value) in kept where !typed.contains(where: { $0.key == key }) { members.append((key, value)) }
        if !kept.isEmpty { members = Self.sortedMembers(members) }
        beginObject()
        for (key, value) in members { try member(key, value) }
        endObject()
    }
}
