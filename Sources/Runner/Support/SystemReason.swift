import Foundation

/// Why the system refused a file operation, in plain Bahasa Indonesia: by errno when the error
/// carries one, else by Foundation's error code. Foundation's own (English) text never shows.
enum SystemReason {
    static func plain(_ error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return posix(Int32(ns.code)) }
        if let underlying = underlying(ns), underlying.domain == NSPOSIXErrorDomain { return posix(Int32(underlying.code)) }
        if ns.domain == NSCocoaErrorDomain { return cocoa(ns.code) }
        return "galat sistem"
    }

    /// The path a Foundation error names, if any.
    static func path(_ error: Error) -> String? {
        let info = (error as NSError).userInfo
        return info[NSFilePathErrorKey] as? String ?? (info[NSURLErrorKey] as? URL)?.path
    }

    /// Whether `error` is Foundation's or the system's (not one of ours, not a library's own type).
    static func isSystemError(_ error: Error) -> Bool {
        error is CocoaError || error is POSIXError || [NSCocoaErrorDomain, NSPOSIXErrorDomain].contains((error as NSError).domain)
    }

    static func posix(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "berkas atau foldernya tidak ada"
        case EACCES, EPERM: return "tidak ada izin"
        case EISDIR: return "itu sebuah folder, bukan berkas"
        case ENOTDIR: return "salah satu bagian jalurnya bukan folder"
        case EROFS: return "media penyimpanannya hanya dapat dibaca"
        case ENOSPC: return "ruang penyimpanan penuh"
        case EDQUOT: return "jatah ruang penyimpanan habis"
        case EEXIST: return "berkasnya sudah ada"
        case ENAMETOOLONG: return "nama atau jalurnya terlalu panjang"
        case ELOOP: return "tautannya berputar tanpa ujung"
        case EBUSY, ETXTBSY: return "berkasnya sedang dipakai"
        case EMFILE, ENFILE: return "terlalu banyak berkas terbuka"
        case EPIPE: return "penerima keluaran sudah ditutup"
        case EBADF: return "keluaran sudah ditutup"
        case EIO: return "galat masukan/keluaran perangkat"
        case EXDEV: return "tidak dapat dipindahkan antarmedia penyimpanan"
        default: return "galat sistem \(code)"
        }
    }

    /// Foundation's file error codes (CocoaError.Code), for errors that carry no errno.
    private static func cocoa(_ code: Int) -> String {
        switch code {
        case 4, 260: return "berkas atau foldernya tidak ada"
        case 257, 513: return "tidak ada izin"
        case 259: return "isinya tidak dalam bentuk yang diharapkan"
        case 261, 517: return "isinya bukan teks UTF-8"
        case 516: return "berkasnya sudah ada"
        case 640: return "ruang penyimpanan penuh"
        case 642: return "media penyimpanannya hanya dapat dibaca"
        case 512: return "penerima keluaran sudah ditutup atau tidak dapat ditulis"
        default: return "galat sistem"
        }
    }

    /// The errno error beneath a Foundation error; stored as an NSError or as a Swift error.
    private static func underlying(_ ns: NSError) -> NSError? {
        guard let value = ns.userInfo[NSUnderlyingErrorKey] else { return nil }
        if let error = value as? NSError { return error }
        return (value as? Error).map { $0 as NSError }
    }
}
