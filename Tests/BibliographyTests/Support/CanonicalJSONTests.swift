import Foundation
import Testing

@Suite("Canonical JSON used by the round-trip tests")
struct CanonicalJSONTests {
    private func canon(_ json: String) throws -> String { try CanonicalJSON.normalized(Data(json.utf8)) }

    @Test("key order is ignored")
    func keyOrder() throws {
        #expect(try canon(#"{"b":1,"a":[true,null]}"#) == canon(#"{"a":[true,null],"b":1}"#))
    }

    @Test("rewrite 1: digit-string date parts compare equal to their numbers")
    func digitStrings() throws {
        #expect(try canon(#"{"date-parts":[["2001","02","-5"]]}"#) == canon(#"{"date-parts":[[2001,2,-5]]}"#))
    }

    @Test("rewrite 2: trailing empty-string date parts are dropped")
    func trailingEmpty() throws {
        #expect(try canon(#"{"date-parts":[[2001,"",""]]}"#) == canon(#"{"date-parts":[[2001]]}"#))
    }

    @Test("nothing else is rewritten: null, bool, padded and inner empty parts stay different")
    func noOtherRewrites() throws {
        #expect(try canon(#"{"date-parts":[[2001,null]]}"#) != canon(#"{"date-parts":[[2001]]}"#))
        #expect(try canon(#"{"date-parts":[[2001,true]]}"#) != canon(#"{"date-parts":[[2001]]}"#))
        #expect(try canon(#"{"date-parts":[[" 2001"]]}"#) != canon(#"{"date-parts":[[2001]]}"#))
        #expect(try canon(#"{"date-parts":[[2001,"",5]]}"#) != canon(#"{"date-parts":[[2001]]}"#))
        #expect(try canon(#"{"volume":"02"}"#) != canon(#"{"volume":2}"#))
        #expect(try canon(#"{"page":[""]}"#) != canon(#"{"page":[]}"#))
    }
}
