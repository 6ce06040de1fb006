import ArgumentParser
import Foundation
import Library
import Resolve

/// The options of every command that may look records up: where the library is, whether the
/// network may be used, and how to address the services politely.
struct ResolveOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: "The record library (default: $CITEKIT_LIBRARY, else the user data folder).")
    var libraryPath: String?

    @Flag(help: "Refuse every network request, even with --resolve.")
    var offline = false

    @Option(name: .customLong("api-key"), help: "NCBI API key: 10 requests a second instead of 3 (default: $NCBI_API_KEY).")
    var apiKey: String?

    @Option(help: "Contact address sent to NCBI (email) and Crossref (mailto) (default: $CITEKIT_EMAIL).")
    var email: String?

    @Option(name: .customLong("eutils-url"), help: "E-utilities base URL (for mirrors, proxies and tests).")
    var eutilsURL: String?

    @Option(name: .customLong("crossref-url"), help: "Crossref API base URL (for mirrors, proxies and tests).")
    var crossrefURL: String?

    @Option(name: .customLong("deadline"), help: "Seconds the whole look-up may take before it stops asking.")
    var deadline: Double = 600

    @Option(name: .customLong("timeout"), help: "Seconds one request may take.")
    var timeout: Double = 30

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The library path in use.
    var resolvedLibraryPath: String { libraryPath ?? RecordLibrary.defaultPath() }

    /// Opens (and creates) the library.
    func openLibrary() throws -> RecordLibrary {
        do {
            return try RecordLibrary(path: resolvedLibraryPath)
        } catch let error as LibraryError {
            throw CommandError(error.description)
        }
    }

    /// Opens the library when its file exists; a check without `--resolve` never creates one.
    func existingLibrary() throws -> RecordLibrary? {
        FileManager.default.fileExists(atPath: resolvedLibraryPath) ? try openLibrary() : nil
    }

    func url(_ text: String?, option: String) throws -> URL? {
        guard let text else { return nil }
        guard let url = URL(string: text.hasSuffix("/") ? text : text + "/"), url.scheme == "http" || url.scheme == "https" else {
            throw ValidationError("\(option) '\(text)' is not an http(s) URL")
        }
        return url
    }

    /// The resolver over `library`, with progress on stderr when it is a terminal.
    func resolver(library: RecordLibrary) throws -> ReferenceResolver {
        let contact = email ?? environment["CITEKIT_EMAIL"] ?? EUtilsConfiguration.defaultEmail
        let key = apiKey ?? environment["NCBI_API_KEY"]
        let client = PoliteClient(policy: RetryPolicy(requestTimeout: timeout),
                                  deadline: ContinuousClock.now + .seconds(deadline), offline: offline)
        let eutils = EUtilsConfiguration(baseURL: try url(eutilsURL, option: "--eutils-url") ?? EUtilsConfiguration.publicBaseURL,
                                         email: contact, apiKey: key)
        let crossref = CrossrefConfiguration(baseURL: try url(crossrefURL, option: "--crossref-url") ?? CrossrefConfiguration.publicBaseURL,
                                             mailto: contact)
        let progress: (@Sendable (String) -> Void)? = isatty(STDERR_FILENO) == 1 ? { @Sendable message in Terminal.error("resolving: " + message) } : nil
        // Every process using this library shares one rate limit per service.
        let slots = SharedSlots(path: library.path + ".rate")
        return ReferenceResolver(store: LibraryStore(library), eutils: EUtilsClient(configuration: eutils, client: client, slots: slots),
                                 crossref: CrossrefClient(configuration: crossref, client: client, slots: slots), progress: progress)
    }
}
