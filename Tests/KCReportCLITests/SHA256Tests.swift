import CKCSystem
import Foundation
@testable import KCReportCLI
import KCTestSupport
import Testing

/// The manifest's hashes against the FIPS 180-4 test vectors.
@Suite struct SHA256Tests {
    @Test func standardVectors() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(String(repeating: "a", count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// A file is hashed a megabyte at a time; pieces of any size give the digest of the whole.
    @Test func aFileHashedInPiecesGivesTheDigestOfTheWhole() throws {
        var generator = SeededGenerator(seed: 7)
        let data = Data((0..<(2_621_440 + 17)).map { _ in UInt8(truncatingIfNeeded: generator.next()) })
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kcreport-sha-\(UUID().uuidString)")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let whole = SHA256.hex(data)
        #expect(SHA256.hex(file: file.path) == whole)
        var pieces = SHA256()
        var offset = 0
        for size in [1, 63, 64, 65, 1000, 4096] {
            pieces.update(data.subdata(in: offset..<offset + size))
            offset += size
        }
        pieces.update(data.subdata(in: offset..<data.count))
        #expect(pieces.hexDigest() == whole)
        #expect(SHA256.hex(file: "/nonexistent/file") == nil)
    }

    /// The CPU's SHA instructions and the portable code give the same state for the same
    /// blocks (skipped on a machine without them, where both are the portable code).
    @Test(.enabled(if: kc_sha256_hardware() == 1)) func hardwareAndPortableBlocksAgree() {
        var generator = SeededGenerator(seed: 11)
        for blocks in [1, 2, 3, 17, 256] {
            let data = (0..<(blocks * 64)).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let start: [UInt32] = (0..<8).map { _ in UInt32(truncatingIfNeeded: generator.next()) }
            var dispatched = start
            var portable = start
            kc_sha256_blocks(&dispatched, data, blocks)
            kc_sha256_blocks_portable(&portable, data, blocks)
            #expect(dispatched == portable, "\(blocks) blocks")
        }
    }
}
