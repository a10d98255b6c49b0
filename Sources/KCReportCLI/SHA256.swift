import CKCSystem
import Foundation

/// SHA-256 (FIPS 180-4), for the manifest's content hashes: streaming (a 20 MB font is
/// hashed in fixed-size pieces, never copied whole), with the block function in C
/// (`kc_sha256_blocks`, which uses the CPU's SHA instructions where it has them); tested
/// against the standard test vectors.
struct SHA256 {
    private var state: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    /// Bytes waiting for a whole 64-byte block.
    private var pending: [UInt8] = []
    private var length: UInt64 = 0

    /// Lower-case hex digest of `data`.
    static func hex(_ data: Data) -> String {
        var hash = SHA256()
        hash.update(data)
        return hash.hexDigest()
    }

    static func hex(_ text: String) -> String { hex(Data(text.utf8)) }

    /// The hex digest of the file at `path`, read a megabyte at a time; nil when it cannot be read.
    static func hex(file path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hash = SHA256()
        do {
            while let piece = try handle.read(upToCount: 1 << 20), !piece.isEmpty { hash.update(piece) }
        } catch {
            return nil
        }
        return hash.hexDigest()
    }

    mutating func update(_ data: Data) {
        length += UInt64(data.count)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            if !pending.isEmpty {
                let take = min(64 - pending.count, bytes.count)
                pending.append(contentsOf: bytes[0..<take])
                offset = take
                guard pending.count == 64 else { return }
                pending.withUnsafeBytes { compress(UnsafeRawBufferPointer(rebasing: $0[0..<64])) }
                pending.removeAll(keepingCapacity: true)
            }
            let whole = (bytes.count - offset) / 64 * 64
            if whole > 0 { compress(UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + whole])) }
            pending.append(contentsOf: bytes[(offset + whole)...])
        }
    }

    /// Pads, finishes and returns the digest as lower-case hex.
    mutating func hexDigest() -> String {
        let bitLength = length * 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBytes { compress($0) }
        pending.removeAll()
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for word in state {
            for index in 0..<8 { text.append(digits[Int(word >> UInt32(28 - index * 4)) & 0xf]) }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whole 64-byte blocks into the state.
    private mutating func compress(_ blocks: UnsafeRawBufferPointer) {
        guard let base = blocks.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        state.withUnsafeMutableBufferPointer { state in
            guard let words = state.baseAddress else { return }
            kc_sha256_blocks(words, base, blocks.count / 64)
        }
    }
}
