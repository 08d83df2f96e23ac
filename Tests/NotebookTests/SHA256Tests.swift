import BookFormat
import BookRuntime
import Notebook
import Testing

/// The digest behind the cache keys and fingerprints, against the test vectors of FIPS 180-4.
@Suite("SHA-256")
struct SHA256Tests {
    @Test func matchesTheStandardsTestVectors() {
        #expect(SHA256.hexDigest(of: "") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(of: "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // 56 bytes: the padding needs a block of its own.
        #expect(SHA256.hexDigest(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hexDigest(of: String(repeating: "a", count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func digestIsTheSameWhateverTheMessageIsCutInto() {
        var pieces = SHA256()
        for piece in ["abcdbcdecdefdefgefgh", "", "fghighijhijkijkljklmklmnlmnomnopnopq"] { pieces.update(piece.utf8) }
        #expect(pieces.hexDigest == SHA256.hexDigest(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
        // Reading the digest does not end the message.
        pieces.update("x".utf8)
        #expect(pieces.hexDigest == SHA256.hexDigest(of: "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopqx"))
    }

    @Test func fieldsThatOnlyMoveTextBetweenThemGiveDifferentDigests() {
        func digest(_ fields: [String]) -> String {
            var hash = SHA256()
            fields.forEach { hash.update(field: $0) }
            return hash.hexDigest
        }
        #expect(digest(["ab", "c"]) != digest(["a", "bc"]))
        #expect(digest(["abc", ""]) != digest(["abc"]))
    }
}
