internal import Czlib

/// A small PNG encoder (W3C PNG, 2nd edition) for the one kind of image the figures need: a
/// black image whose pixels differ only in opacity, which an SVG `<mask mask-type="alpha">`
/// turns into a shape painted in `currentColor` (see `Mark.drawRaster`).
///
/// Colour type 4 (8-bit grey with alpha), the grey always 0; no interlacing. Each row takes
/// the filter (None, Sub, Up, Average, Paeth) whose bytes have the smallest sum of absolute
/// values as signed bytes, the heuristic libpng uses, and the filtered rows are deflated by
/// zlib at level 9. The bytes depend only on the pixels (and zlib's deflate, which gives the
/// same output for the same input and level in every zlib 1.2 and 1.3 release).
package enum PNG {
    /// Grey and alpha take two bytes per pixel.
    static let bytesPerPixel = 2

    /// The PNG file of a `width × height` image, `alpha` holding one opacity (0 transparent,
    /// 255 opaque) per pixel, row by row from the top.
    package static func blackWithAlpha(width: Int, height: Int, alpha: [UInt8]) -> [UInt8] {
        precondition(width > 0 && height > 0 && alpha.count == width * height, "PNG: alpha needs width × height values")
        let rowLength = width * bytesPerPixel
        var filtered: [UInt8] = []
        filtered.reserveCapacity(height * (rowLength + 1))
        var previous = [UInt8](repeating: 0, count: rowLength)
        for row in 0..<height {
            var current = [UInt8](repeating: 0, count: rowLength)
            for column in 0..<width { current[column * bytesPerPixel + 1] = alpha[row * width + column] }
            filtered += Filter.bestRow(current, previous: previous)
            previous = current
        }
        var header: [UInt8] = []
        header += bigEndian(UInt32(width))
        header += bigEndian(UInt32(height))
        header += [8, 4, 0, 0, 0]  // bit depth, colour type (grey + alpha), deflate, adaptive filters, no interlace
        return signature + chunk("IHDR", header) + chunk("IDAT", deflate(filtered)) + chunk("IEND", [])
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Length, type, data and the CRC-32 of type and data.
    static func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
        let typeAndData = Array(type.utf8) + data
        let crc = typeAndData.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        return bigEndian(UInt32(data.count)) + typeAndData + bigEndian(crc)
    }

    /// A zlib stream (RFC 1950) of `bytes` at the best compression.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { compress2(out.baseAddress, &length, $0.baseAddress, uLong($0.count), 9) }
        }
        precondition(status == Z_OK, "zlib compress2 failed with status \(status)")
        return Array(output.prefix(Int(length)))
    }

    static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}

extension PNG {
    /// PNG's five row filters. Each byte `x` of a row is written as `x − predictor` (mod 256)
    /// where the predictor looks at `a`, the byte one pixel to the left, `b`, the byte above,
    /// and `c`, the byte above and to the left (0 outside the image).
    enum Filter: UInt8, CaseIterable {
        case none = 0, sub, up, average, paeth

        /// The filter type byte followed by the filtered row.
        func apply(_ row: [UInt8], previous: [UInt8]) -> [UInt8] {
            var out = [rawValue]
            out.reserveCapacity(row.count + 1)
            for i in row.indices {
                let a = i >= PNG.bytesPerPixel ? row[i - PNG.bytesPerPixel] : 0
                let b = previous[i]
                let c = i >= PNG.bytesPerPixel ? previous[i - PNG.bytesPerPixel] : 0
                out.append(row[i] &- predictor(a: a, b: b, c: c))
            }
            return out
        }

        func predictor(a: UInt8, b: UInt8, c: UInt8) -> UInt8 {
            switch self {
            case .none: 0
            case .sub: a
            case .up: b
            case .average: UInt8((Int(a) + Int(b)) / 2)
            case .paeth: Self.paeth(a: a, b: b, c: c)
            }
        }

        /// Of `a`, `b` and `c`, the one closest to `a + b − c` (ties: a, then b).
        static func paeth(a: UInt8, b: UInt8, c: UInt8) -> UInt8 {
            let p = Int(a) + Int(b) - Int(c)
            let (pa, pb, pc) = (abs(p - Int(a)), abs(p - Int(b)), abs(p - Int(c)))
            if pa <= pb && pa <= pc { return a }
            return pb <= pc ? b : c
        }

        /// The row filtered by the filter whose output bytes, read as signed, have the smallest
        /// sum of absolute values (the first such filter on a tie): small residuals deflate best.
        static func bestRow(_ row: [UInt8], previous: [UInt8]) -> [UInt8] {
            let candidates = allCases.map { $0.apply(row, previous: previous) }
            return candidates.min { cost($0) < cost($1) }!
        }

        private static func cost(_ filtered: [UInt8]) -> Int {
            filtered.dropFirst().reduce(0) { $0 + abs(Int(Int8(bitPattern: $1))) }
        }
    }
}
