import BenchKernels
import Generative

/// Eight xoshiro256** generators, streams 0…7 of one seed, read in turn: output 8t + l is the
/// t-th output of stream l (`Xoshiro256StarStar(seed:stream: l)`).
///
/// One xoshiro256** cannot produce a number much faster than every two cycles, because each
/// step needs the state the previous step left. Eight independent generators can be advanced
/// together, one vector instruction for all eight lanes, which is what `fillUniform` does
/// (the kernel `bench_xoshiro_uniforms`, built for the baseline, AVX2 and AVX-512). Use it to
/// fill large arrays of uniforms; the numbers are those of eight of the book's usual
/// streams, so they are as good as the streams are and as reproducible.
///
/// The interleaving is part of the definition: `fillUniform` writes exactly what repeated
/// `nextUniform()` would, however the buffer is split into calls.
public struct InterleavedXoshiro256StarStar: RandomNumberGenerator, Sendable {
    /// How many generators are interleaved.
    public static let laneCount = Int(BENCH_XOSHIRO_LANES)

    /// The eight states, word by word, as the kernel reads them.
    private var lanes = bench_xoshiro_lanes()
    /// The lane whose output comes next.
    private var nextLane = 0

    /// Streams 0 ..< 8 of `seed`.
    public init(seed: UInt64) {
        for (lane, generator) in Xoshiro256StarStar.streams(seed: seed, count: Self.laneCount).enumerated() {
            self[lane] = generator
        }
    }

    /// The next output of the next lane in turn.
    public mutating func next() -> UInt64 {
        var generator = self[nextLane]
        let output = generator.next()
        self[nextLane] = generator
        nextLane = (nextLane + 1) % Self.laneCount
        return output
    }

    /// Fills `buffer` with the next `buffer.count` values of `nextUniform()`: doubles on
    /// [0, 1), each the top 53 bits of an output times 2⁻⁵³. Whole turns of the eight lanes go
    /// through the vector kernel; a turn begun by an earlier call is finished, and one left
    /// unfinished at the end begun, one output at a time.
    public mutating func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>) {
        var filled = 0
        while filled < buffer.count, nextLane != 0 {
            buffer[filled] = nextUniform()
            filled += 1
        }
        let turns = (buffer.count - filled) / Self.laneCount
        if turns > 0 {
            bench_xoshiro_uniforms(&lanes, buffer.baseAddress! + filled, turns)
            filled += turns * Self.laneCount
        }
        while filled < buffer.count {
            buffer[filled] = nextUniform()
            filled += 1
        }
    }

    /// `count` doubles from `fillUniform`.
    public mutating func uniforms(count: Int) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            fillUniform(buffer)
            initialized = count
        }
    }

    /// Lane `lane`'s generator, gathered from (or scattered to) the kernel's word-by-word
    /// layout: word w of lane l is `lanes.s[w][l]`.
    private subscript(lane: Int) -> Xoshiro256StarStar {
        get {
            withUnsafeBytes(of: lanes.s) { words in
                let words = words.assumingMemoryBound(to: UInt64.self)
                let stride = Self.laneCount
                return Xoshiro256StarStar(
                    state: (words[lane], words[stride + lane], words[2 * stride + lane], words[3 * stride + lane]))
            }
        }
        set {
            let state = newValue.state
            withUnsafeMutableBytes(of: &lanes.s) { words in
                let words = words.assumingMemoryBound(to: UInt64.self)
                let stride = Self.laneCount
                (words[lane], words[stride + lane], words[2 * stride + lane], words[3 * stride + lane]) = state
            }
        }
    }
}
