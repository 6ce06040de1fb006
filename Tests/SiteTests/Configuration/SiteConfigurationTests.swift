import Bibliography
import CiteKit
import Foundation
import Site
import Testing

@Suite struct SiteConfigurationTests {
    @Test func fixtureFileIsFoundWalkingUpFromANestedFolder() throws {
        let configuration = try SiteConfiguration.find(for: SiteFixture.root.appendingPathComponent("guides/bones"))
        #expect(configuration.file?.lastPathComponent == "citekit.yaml")
        #expect(configuration.root.path == SiteFixture.root.standardizedFileURL.path)
        #expect(configuration.exclude == ["drafts/**"])
        #expect(configuration.include == nil)
        #expect(configuration.failOn == .warning)
        #expect(configuration.severity == [FindingCode.markerStyle: .error])
        #expect(configuration.disable == [.hyphenationArtifact])
        #expect(configuration.resolvedStyle == "vancouver")
    }

    @Test func withoutAFileTheFolderIsTheRootWithDefaults() throws {
        let folder = try SiteFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = try SiteConfiguration.find(for: folder)
        #expect(configuration.file == nil)
        #expect(configuration.root.path == folder.standardizedFileURL.path)
        #expect(configuration.failOn == nil && configuration.severity.isEmpty && configuration.disable.isEmpty)
    }

    @Test func everyFieldIsRead() throws {
        let file = URL(fileURLWithPath: "/site/citekit.yaml")
        let configuration = try SiteConfiguration(yaml: """
            include: ["**/*.md", "**/*.html"]
            exclude: [drafts/**]
            style: styles/house.csl
            locale: en-GB
            fail-on: never
            severity: { orphan-reference: info, no-record: error }
            disable: [hyphenation-artifact, marker-style]
            library: .citekit/library.sqlite
            """, file: file)
        #expect(configuration.include == ["**/*.md", "**/*.html"])
        #expect(configuration.resolvedStyle == "/site/styles/house.csl")
        #expect(configuration.locale == "en-GB")
        #expect(configuration.failOn == .never)
        #expect(configuration.severity == [.orphanReference: .info, .noRecord: .error])
        #expect(configuration.disable == [.hyphenationArtifact, .markerStyle])
        #expect(configuration.resolvedLibrary == "/site/.citekit/library.sqlite")
    }

    @Test func invalidYAMLNamesFileAndLine() throws {
        let file = URL(fileURLWithPath: "/site/citekit.yaml")
        #expect {
            try SiteConfiguration(yaml: "exclude: [drafts/**\nstyle: apa\n", file: file)
        } throws: { error in
            guard case SiteError.invalidConfiguration(let name, let line, _, _) = error else { return false }
            return name == "/site/citekit.yaml" && line != nil
        }
    }

    @Test func unknownFailLevelAndWrongTypesAreExplained() throws {
        let file = URL(fileURLWithPath: "/site/citekit.yaml")
        #expect(throws: SiteError.invalidConfiguration(
            file: "/site/citekit.yaml", line: nil, column: nil,
            reason: "fail-on is 'sometimes'; expected one of error, warning, info, never")) {
            try SiteConfiguration(yaml: "fail-on: sometimes\n", file: file)
        }
        #expect {
            try SiteConfiguration(yaml: "severity: { orphan-reference: fatal }\n", file: file)
        } throws: { error in
            guard case SiteError.invalidConfiguration(_, _, _, let reason) = error else { return false }
            return reason.contains("severity")
        }
    }
}
