import CFuzzer
import Foundation

// Usage: citekit-fuzz TARGET [libFuzzer flags and corpus directories]
//        citekit-fuzz list
// The target is passed on to libFuzzer's child processes (-fork, -minimize_crash) through
// CITEKIT_FUZZ_TARGET, since they are started with the remaining arguments only.

var arguments = CommandLine.arguments
if arguments.count > 1, arguments[1] == "list" {
    for target in FuzzTarget.all { print("\(target.name)\t\(target.dictionary)\t\(target.summary)") }
    exit(0)
}
if arguments.count > 1, FuzzTarget.named(arguments[1]) != nil {
    setenv("CITEKIT_FUZZ_TARGET", arguments[1], 1)
    arguments.remove(at: 1)
}
guard let name = ProcessInfo.processInfo.environment["CITEKIT_FUZZ_TARGET"], let selected = FuzzTarget.named(name) else {
    FileHandle.standardError.write(Data("usage: citekit-fuzz TARGET [libFuzzer arguments]; targets: \(FuzzTarget.all.map(\.name).joined(separator: " "))\n".utf8))
    exit(2)
}
let target = selected

#if CITEKIT_FUZZING
/// libFuzzer's entry point, handed to `LLVMFuzzerRunDriver` below; exported under libFuzzer's name
/// because the linker may also take libFuzzer's own `main` object from its archive, which names it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.run(data.map { Data(bytes: $0, count: size) } ?? Data())
    return 0
}
// libFuzzer keeps argv for the whole run (it re-reads it for -fork and -minimize_crash).
let argv = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: arguments.count + 1)
for (index, argument) in arguments.enumerated() { argv[index] = strdup(argument) }
argv[arguments.count] = nil
var argc = CInt(arguments.count)
var argvPointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
exit(LLVMFuzzerRunDriver(&argc, &argvPointer, fuzzerTestOneInput))
#else
// Without libFuzzer (a plain `swift build`): run the target once on each file named, to replay
// a crash input under the debugger or a sanitizer build of the tests.
for path in arguments.dropFirst() where !path.hasPrefix("-") {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("citekit-fuzz: cannot read \(path)\n".utf8))
        exit(2)
    }
    target.run(data)
    print("\(target.name): \(path): \(data.count) bytes, no crash")
}
#endif
