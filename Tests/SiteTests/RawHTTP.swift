import Foundation

/// The status code the server at 127.0.0.1:`port` answers a GET of `target` with, the target
/// sent byte for byte as given: URLSession would remove the `..` a test needs to send.
func rawStatus(port: Int, target: String) throws -> Int {
    let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(socket) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = UInt16(port).bigEndian
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
    }
    guard connected else { throw ServeTestFailure("cannot connect to port \(port)") }
    let request = Array("GET \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
    guard send(socket, request, request.count, 0) == request.count else { throw ServeTestFailure("cannot send") }
    var buffer = [UInt8](repeating: 0, count: 64)
    let count = recv(socket, &buffer, buffer.count, 0)
    // "HTTP/1.1 404 Not Found"
    let statusLine = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
    guard let code = statusLine.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else {
        throw ServeTestFailure("no status line in '\(statusLine)'")
    }
    return code
}
