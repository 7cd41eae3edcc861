import Foundation

/// Reads a working calendar: file -> YAML nodes -> one `CalendarLayer` per file (following
/// `sertakan`) -> merged -> a complete, checked `WorkCalendar`. Never traps on bad input.
public enum CalendarLoader {
    /// Loads the calendar at `path` and the calendars it includes.
    /// The calendar is nil when any error was found; the diagnostics come in file order.
    public static func load(path: String) -> (WorkCalendar?, [Diagnostic]) {
        var loader = Loader()
        let layer = loader.layer(path: path)
        return loader.finish(layer)
    }

    /// Loads calendar text already in memory; `path` names it in messages and is the
    /// directory its `sertakan` is resolved from.
    public static func load(bytes: [UInt8], path: String) -> (WorkCalendar?, [Diagnostic]) {
        var loader = Loader()
        let layer = loader.layer(bytes: bytes, path: path)
        return loader.finish(layer)
    }

    /// One loading pass: the findings so far and the chain of files being read (for cycles).
    private struct Loader {
        var diagnostics = DiagnosticCollector()
        var chain: [String] = []

        mutating func layer(path: String) -> CalendarLayer? {
            var found = DiagnosticCollector()
            let (root, bytes) = YAMLDocument.load(path: path, diagnostics: &found)
            diagnostics.append(contentsOf: found.diagnostics)
            guard let root else { return nil }
            return layer(root: root, bytes: bytes, path: path)
        }

        mutating func layer(bytes: [UInt8], path: String) -> CalendarLayer? {
            guard let root = YAMLDocument.parse(bytes: bytes, file: path, diagnostics: &diagnostics) else { return nil }
            return layer(root: root, bytes: bytes, path: path)
        }

        private mutating func layer(root: YAMLNode, bytes: [UInt8], path: String) -> CalendarLayer? {
            let (decoded, found) = CalendarDecoder.decode(root, file: path)
            diagnostics.append(contentsOf: found)
            guard let own = decoded else { return nil }
            chain.append(Self.identity(of: path))
            defer { chain.removeLast() }
            var base: CalendarLayer?
            if let include = own.include {
                base = included(include, from: path)
                guard base != nil else { return nil }
            }
            let context = DecodingContext(file: path)
            let merged = CalendarMerger.merge(own, over: base, context: context)
            diagnostics.append(contentsOf: context.diagnostics.diagnostics)
            return merged
        }

        /// The calendar named by `sertakan`, resolved next to the including file.
        private mutating func included(_ include: Text, from path: String) -> CalendarLayer? {
            let target = Self.resolve(include.value, from: path)
            if chain.contains(Self.identity(of: target)) {
                diagnostics.emit(.calendar(.includeCycle(include.value)), at: include.location)
                return nil
            }
            guard FileManager.default.fileExists(atPath: target) else {
                diagnostics.emit(.calendar(.includeNotFound(include.value, resolved: target)), at: include.location)
                return nil
            }
            return layer(path: target)
        }

        /// Completes the outermost layer: the parts every calendar needs, merged or its own.
        func finish(_ layer: CalendarLayer?) -> (WorkCalendar?, [Diagnostic]) {
            var all = diagnostics
            guard let layer else { return (nil, all.sorted) }
            // Reported only for an otherwise clean file: after a typo of the key ("zona_wktu",
            // already reported with a suggestion) a second finding would say the same thing.
            let subject = SubjectName.mergedCalendar, clean = !all.hasErrors
            if clean, layer.zone == nil { all.emit(.keyValue(.missingKey("zona_waktu", subject: subject)), at: layer.location) }
            if clean, layer.years == nil { all.emit(.keyValue(.missingKey("tahun", subject: subject)), at: layer.location) }
            if clean, !layer.hours.values.contains(where: \.isOpen) {
                all.emit(.calendar(.noWorkingDays), at: layer.hoursLocation ?? layer.location)
            }
            guard !all.hasErrors, let name = layer.name, let zone = layer.zone, let years = layer.years else {
                return (nil, all.sorted)
            }
            let calendar = WorkCalendar(
                name: name, zone: zone, years: years, hours: WeekHours(days: layer.hours), daysOff: layer.daysOff,
                policy: layer.policy?.value ?? .default, policyLocation: layer.policy?.location ?? .unknown(file: layer.location.file),
                sources: layer.sources, files: layer.files, location: layer.location)
            var result = calendar
            result.dayReading = layer.dayReading
            return (result, all.sorted)
        }

        /// `written` relative to the folder of `path` (absolute paths are kept), with "." and ".."
        /// folded away so messages name the file plainly ("kalender/nasional.yaml").
        static func resolve(_ written: String, from path: String) -> String {
            guard !written.hasPrefix("/"), let slash = path.lastIndex(of: "/") else { return written }
            var parts: [Substring] = []
            for part in (path[...slash] + written).split(separator: "/", omittingEmptySubsequences: false) {
                if part == "." { continue }
                if part == "..", let last = parts.last, last != "..", !last.isEmpty { parts.removeLast(); continue }
                parts.append(part)
            }
            return parts.joined(separator: "/")
        }

        /// The same file however it was named, for spotting cycles.
        static func identity(of path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
    }
}
