import Foundation

/// How much memory a chapter's process may take before its allocations fail: a chapter that
/// allocates without bound then fails as a chapter ("ran out of memory") instead of driving
/// the machine into swap or the kernel's out-of-memory killer.
///
/// The default, 4 GiB, is generous: the book's largest chapter peaks near 230 MB. The
/// environment variable `GANBOOK_MEMORY_LIMIT` changes it (`8G`, `512M`, or `none`). The
/// child applies the limit to itself (`ChapterProcess`), as `RLIMIT_DATA`, which counts the
/// memory it writes to rather than the address space it reserves: glibc reserves 64 MB of
/// address space per malloc arena, so an address-space limit would depend on the core count.
package struct MemoryLimit: Sendable, Equatable {
    /// Bytes, or nil for no limit.
    package var bytes: UInt64?

    package static let standard = MemoryLimit(bytes: 4 << 30)
    package static let variable = "GANBOOK_MEMORY_LIMIT"

    /// The limit `GANBOOK_MEMORY_LIMIT` sets, or the standard one when it is not set.
    package static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> MemoryLimit {
        guard let text = environment[variable]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return standard }
        if text.lowercased() == "none" { return MemoryLimit(bytes: nil) }
        let units: [Character: UInt64] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        let unit = text.last.flatMap { units[Character($0.uppercased())] }
        guard let number = UInt64(unit == nil ? text : String(text.dropLast())), number > 0,
              number <= UInt64.max / (unit ?? 1) else {
            throw MemoryLimitError(description: "\(variable)=\(text) is not a memory size; write it as 4G, 512M or none")
        }
        return MemoryLimit(bytes: number * (unit ?? 1))
    }

    /// "4 GiB", "512 MiB".
    package var description: String {
        guard let bytes else { return "none" }
        for (size, name) in [(UInt64(1) << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")] where bytes % size == 0 {
            return "\(bytes / size) \(name)"
        }
        return "\(bytes) bytes"
    }

    /// Whether the chapter's output shows that an allocation failed: the Swift runtime's
    /// message, or the C++ runtime's.
    static func ranOut(output: String) -> Bool {
        ["failed to allocate", "Could not allocate memory", "std::bad_alloc"]
            .contains { output.contains($0) }
    }
}

/// A `GANBOOK_MEMORY_LIMIT` that is not a size, with how to write one.
package struct MemoryLimitError: Error, CustomStringConvertible {
    package var description: String
}
