/// Base64 (RFC 4648, section 4: the standard alphabet, `=` padding), for images embedded in
/// a figure as `data:` URLs. Written here because Plotting does not use Foundation.
package func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
        // Three bytes (zeros past the end) make 24 bits, written as four 6-bit digits; a group
        // of one or two bytes ends in two or one `=`.
        let count = min(3, bytes.count - index)
        var group = 0
        for k in 0..<3 { group = group << 8 | (k < count ? Int(bytes[index + k]) : 0) }
        for k in 0..<4 { out.append(k <= count ? alphabet[group >> (18 - 6 * k) & 63] : UInt8(ascii: "=")) }
        index += 3
    }
    return String(decoding: out, as: UTF8.self)
}
