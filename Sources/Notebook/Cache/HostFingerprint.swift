import Foundation

/// The part of what a chapter runs against that is chosen when it runs, not when it is
/// built: the operating system, the processor architecture, and on Linux the C library's
/// version and the processor's feature flags.
///
/// The math functions chapters call (`exp`, `log`, `pow`, `sin`) come from the C library,
/// loaded at run time, and glibc picks among their implementations by processor feature
/// (with and without fused multiply-add, whose roundings differ in the last bit). A result
/// cached on one machine, or before a C library update, is therefore not used on another.
enum HostFingerprint {
    static let current: String = {
        var system = utsname()
        uname(&system)
        var parts = [field(of: &system.sysname), field(of: &system.machine)]
        #if os(Linux)
        parts.append(libcVersion())
        parts.append(cpuFlags())
        #else
        parts.append(ProcessInfo.processInfo.operatingSystemVersionString)
        #endif
        return parts.joined(separator: "\n")
    }()

    /// A `utsname` field, a fixed-size C character array, as a string.
    private static func field<T>(of value: inout T) -> String {
        withUnsafeBytes(of: &value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    #if os(Linux)
    /// "glibc 2.36", as `getconf GNU_LIBC_VERSION` prints it.
    private static func libcVersion() -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let length = confstr(Int32(_CS_GNU_LIBC_VERSION), &buffer, buffer.count)
        guard length > 0, length <= buffer.count else { return "unknown C library" }
        return String(decoding: buffer.prefix(length - 1).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The `flags` line of the first processor in /proc/cpuinfo; empty where it cannot be read.
    private static func cpuFlags() -> String {
        let info = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        return info.split(separator: "\n").first { $0.hasPrefix("flags") }.map(String.init) ?? ""
    }
    #endif
}
