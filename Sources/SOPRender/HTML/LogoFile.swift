import Foundation
import SOPDSL

/// The SOP's logo (`identitas.logo`) read from disk and embedded, so the HTML stays one
/// self-contained file. The decoder has checked that the file exists and is PNG, JPEG or SVG.
enum LogoFile {
    static func dataURI(_ sop: SOP) -> String? {
        guard let logo = sop.identity.logo?.value else { return nil }
        let folder = (sop.path as NSString).deletingLastPathComponent
        let path = logo.hasPrefix("/") ? logo : (folder.isEmpty ? logo : folder + "/" + logo)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let type: String
        switch (logo as NSString).pathExtension.lowercased() {
        case "png": type = "image/png"
        case "jpg", "jpeg": type = "image/jpeg"
        case "svg": type = "image/svg+xml"
        default: return nil
        }
        return "data:\(type);base64," + data.base64EncodedString()
    }
}
