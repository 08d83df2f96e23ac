import Czlib

/// A reader of the PNG files the renderer embeds (W3C PNG, 2nd edition): checks the
/// signature, every chunk's CRC (against `referenceCRC32`, computed bit by bit), inflates the
/// image data with zlib and undoes the five row filters. Only what the encoder writes is
/// supported: 8-bit grey with alpha, no interlacing.
struct DecodedPNG {
    var width: Int
    var height: Int
    /// Grey and alpha of every pixel, row by row from the top.
    var grey: [UInt8]
    var alpha: [UInt8]
    /// The filter type of each row.
    var filters: [UInt8]

    enum Failure: Error { case signature, crc(String), format(String), inflate(Int32) }

    init(_ bytes: [UInt8]) throws {
        guard bytes.prefix(8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { throw Failure.signature }
        var offset = 8, header: [UInt8] = [], data: [UInt8] = [], types: [String] = []
        while offset < bytes.count {
            let length = Int(Self.uint32(bytes, offset))
            let typeAndData = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
            guard Self.uint32(bytes, offset + 8 + length) == referenceCRC32(typeAndData) else { throw Failure.crc(type) }
            types.append(type)
            if type == "IHDR" { header = Array(typeAndData.dropFirst(4)) }
            if type == "IDAT" { data += typeAndData.dropFirst(4) }
            offset += 12 + length
        }
        guard types.first == "IHDR", types.last == "IEND", header.count == 13 else { throw Failure.format("chunks \(types)") }
        (width, height) = (Int(Self.uint32(header, 0)), Int(Self.uint32(header, 4)))
        guard header[8...] == [8, 4, 0, 0, 0] else { throw Failure.format("header \(header)") }
        let rowLength = width * 2
        var raw = [UInt8](repeating: 0, count: height * (rowLength + 1))
        var rawLength = uLong(raw.count)
        let status = raw.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { uncompress(out.baseAddress, &rawLength, $0.baseAddress, uLong($0.count)) }
        }
        guard status == Z_OK, rawLength == uLong(raw.count) else { throw Failure.inflate(status) }
        var previous = [UInt8](repeating: 0, count: rowLength), pixels: [UInt8] = []
        filters = []
        for row in 0..<height {
            let line = raw[(row * (rowLength + 1))..<((row + 1) * (rowLength + 1))]
            filters.append(line.first!)
            var current = [UInt8](repeating: 0, count: rowLength)
            for (i, byte) in line.dropFirst().enumerated() {
                let a = i >= 2 ? Int(current[i - 2]) : 0, b = Int(previous[i]), c = i >= 2 ? Int(previous[i - 2]) : 0
                let predictor: Int
                switch line.first! {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
                default: throw Failure.format("filter \(line.first!)")
                }
                current[i] = UInt8((Int(byte) + predictor) & 0xFF)
            }
            pixels += current
            previous = current
        }
        grey = stride(from: 0, to: pixels.count, by: 2).map { pixels[$0] }
        alpha = stride(from: 1, to: pixels.count, by: 2).map { pixels[$0] }
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        bytes[offset..<(offset + 4)].reduce(0) { $0 << 8 | UInt32($1) }
    }
}

/// CRC-32 (ISO 3309, the polynomial 0xEDB88320 reflected), one bit at a time.
func referenceCRC32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes {
        crc ^= UInt32(byte)
        for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    }
    return ~crc
}

/// Base64 (RFC 4648) decoded; nil on a character outside the alphabet.
func base64Decoded(_ text: String) -> [UInt8]? {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
    var bits = 0, count = 0, out: [UInt8] = []
    for character in text where character != "=" {
        guard let value = alphabet.firstIndex(of: character) else { return nil }
        bits = bits << 6 | value
        count += 6
        if count >= 8 {
            count -= 8
            out.append(UInt8((bits >> count) & 0xFF))
        }
    }
    return out
}

/// The PNG images of a figure's `data:` URLs, decoded, with the x, y, width and height of
/// their `<image>` elements.
func embeddedImages(in svg: String) throws -> [(image: DecodedPNG, x: Double, y: Double, width: Double, height: Double)] {
    try svg.split(separator: "<image ").dropFirst().map { element in
        let tag = String(element.prefix { $0 != ">" })
        func number(_ name: String) -> Double { Double(attributeValues(name, in: " " + tag).first ?? "") ?? .nan }
        let href = attributeValues("href", in: " " + tag).first ?? ""
        let prefix = "data:image/png;base64,"
        guard href.hasPrefix(prefix), let bytes = base64Decoded(String(href.dropFirst(prefix.count))) else {
            throw DecodedPNG.Failure.format("href \(href.prefix(40))")
        }
        return (try DecodedPNG(bytes), number("x"), number("y"), number("width"), number("height"))
    }
}
