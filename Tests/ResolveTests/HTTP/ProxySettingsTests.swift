import Foundation
import Testing

@testable import Resolve

@Suite("Proxy settings from the environment")
struct ProxySettingsTests {
    @Test("https_proxy for https URLs, http_proxy for http, either case; port 1080 when none is given")
    func schemes() throws {
        let settings = ProxySettings(environment: ["HTTPS_PROXY": "http://proxy.example:3128", "http_proxy": "plain.example"])
        let https = try #require(URL(string: "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi"))
        let http = try #require(URL(string: "http://api.example.org/works"))
        #expect(settings.server(for: https) == ProxySettings.Server(host: "proxy.example", port: 3128))
        #expect(settings.server(for: http) == ProxySettings.Server(host: "plain.example", port: 1080))
    }

    @Test("no_proxy hosts, their subdomains, `*` and loopback are reached directly")
    func direct() throws {
        let settings = ProxySettings(environment: ["https_proxy": "proxy.example:8080", "no_proxy": " .nih.gov, crossref.org "])
        #expect(settings.server(for: try #require(URL(string: "https://eutils.ncbi.nlm.nih.gov/x"))) == nil)
        #expect(settings.server(for: try #require(URL(string: "https://api.crossref.org/works"))) == nil)
        #expect(settings.server(for: try #require(URL(string: "https://example.com/"))) == ProxySettings.Server(host: "proxy.example", port: 8080))
        #expect(settings.server(for: try #require(URL(string: "https://127.0.0.1:8443/"))) == nil)
        let everything = ProxySettings(environment: ["https_proxy": "proxy.example:8080", "NO_PROXY": "*"])
        #expect(everything.server(for: try #require(URL(string: "https://example.com/"))) == nil)
    }

    @Test("no proxy variables: every host is reached directly")
    func none() throws {
        let settings = ProxySettings(environment: [:])
        #expect(settings.server(for: try #require(URL(string: "https://example.com/"))) == nil)
    }
}
