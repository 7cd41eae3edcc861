import Foundation
import Testing
import TestSupport
@testable import SOPDSL

/// Thousands of corrupted variants of the shipped SOPs: the loader returns a model or at least
/// one error, and every finding renders, never a crash.
@Suite struct MutationTests {
    enum Mutation: CaseIterable { case deleteLine, duplicateLine, swapLines, truncate, randomBytes, insertJunk }

    static func mutate(_ bytes: [UInt8], _ mutation: Mutation, _ rng: inout SplitMix64) -> [UInt8] {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map(Array.init)
        func pick() -> Int { Int(rng.next() % UInt64(max(lines.count, 1))) }
        switch mutation {
        case .deleteLine: if !lines.isEmpty { lines.remove(at: pick()) }
        case .duplicateLine: if !lines.isEmpty { let i = pick(); lines.insert(lines[i], at: i) }
        case .swapLines: if lines.count > 1 { let i = pick() % (lines.count - 1); lines.swapAt(i, i + 1) }
        case .truncate: return Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count + 1))))
        case .randomBytes:
            var out = bytes
            for _ in 0..<1 + Int(rng.next() % 4) where !out.isEmpty {
                out[Int(rng.next() % UInt64(out.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
            return out
        case .insertJunk:
            let junk = ["\t", ": :", "- - -", "{", "]", "&a *a", "<<: 1", "\"", "'", "%YAML 1.3", "---", "\u{0}", "  kegiatn: x"]
            let i = pick()
            if lines.indices.contains(i) { lines[i] += Array(junk[Int(rng.next() % UInt64(junk.count))].utf8) }
        }
        return Array(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    @Test(arguments: ShippedSOPTests.files)
    func corruptedVariantsNeverCrash(_ name: String) throws {
        let original = [UInt8](try Data(contentsOf: TestPaths.shippedSOPs.appendingPathComponent(name)))
        var rng = SplitMix64(seed: UInt64(name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        var models = 0, rejected = 0
        for round in 0..<750 {
            let mutation = Mutation.allCases[round % Mutation.allCases.count]
            let variant = Self.mutate(original, mutation, &rng)
            let result = SOPLoader.load(bytes: variant, path: name)
            if result.sop != nil { models += 1 } else { rejected += 1 }
            #expect(result.sop != nil || result.hasErrors, "variant \(round) (\(mutation)) gave neither a model nor an error")
            _ = DiagnosticRenderer(sources: [result.source]).render(result.diagnostics)
        }
        #expect(models + rejected == 750)
        #expect(rejected > 0)
    }
}
