import Plotting
import Testing

/// The PNG encoder behind rasters, read back by an independent decoder (`DecodedPNG`), and
/// the base64 of the `data:` URLs that carry it.
struct PNGTests {
    @Test func referenceCRCGivesTheStandardCheckValue() {
        // The CRC-32 check value of "123456789" (Python's zlib.crc32 gives 0xCBF43926 too).
        #expect(referenceCRC32(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func imagesRoundTripThroughEveryRowFilter() throws {
        var rng = SplitMix64(state: 11)
        let (width, height) = (37, 23)
        // Noise, a horizontal ramp, a vertical ramp and a smooth bump: between them every
        // filter is the best for some row.
        let images: [[UInt8]] = [
            (0..<(width * height)).map { _ in UInt8(rng.next() & 0xFF) },
            (0..<(width * height)).map { UInt8($0 % width * 7) },
            (0..<(width * height)).map { UInt8($0 / width * 11) },
            (0..<(width * height)).map { index in
                let (x, y) = (Double(index % width) / Double(width) - 0.5, Double(index / width) / Double(height) - 0.5)
                return UInt8(255 * (1 - 2 * (x * x + y * y)) * (index % 3 == 0 ? 1 : 0.98))
            },
        ]
        var filtersUsed = Set<UInt8>()
        for alpha in images {
            let png = try DecodedPNG(PNG.blackWithAlpha(width: width, height: height, alpha: alpha))
            #expect(png.width == width && png.height == height)
            #expect(png.alpha == alpha)
            #expect(png.grey.allSatisfy { $0 == 0 })
            filtersUsed.formUnion(png.filters)
        }
        #expect(filtersUsed == [0, 1, 2, 3, 4])
    }

    @Test func aSinglePixelRoundTrips() throws {
        let png = try DecodedPNG(PNG.blackWithAlpha(width: 1, height: 1, alpha: [200]))
        #expect(png.alpha == [200])
    }

    @Test func base64MatchesTheRFC4648TestVectors() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (plain, encoded) in vectors {
            #expect(base64(Array(plain.utf8)) == encoded)
        }
        let bytes = (0...255).map(UInt8.init)
        #expect(base64Decoded(base64(bytes)) == bytes)
    }
}
