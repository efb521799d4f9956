import Foundation

// TEMPORARY: stands in for the foundation engineer's per-file loader API until
// it lands on main (then this file is deleted). One article per file: first
// non-empty line is the title, the rest the body.
extension CorpusLoader {
    public static func enumerateFiles(paths: [String]) -> (files: [String], warnings: [LoadWarning]) {
        var files: [String] = []
        var warnings: [LoadWarning] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                warnings.append(LoadWarning(file: path, message: "no such file or folder"))
                continue
            }
            if !isDir.boolValue { files.append(path); continue }
            let base = URL(fileURLWithPath: path)
            guard let e = fm.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                        options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in e where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                files.append(url.path)
            }
        }
        return (files.sorted(), warnings)
    }

    public static func loadFile(path: String) -> (articles: [Article], warnings: [LoadWarning]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([], [LoadWarning(file: path, message: "cannot read the file")])
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let first = lines.first, first.trimmingCharacters(in: .whitespaces).isEmpty { lines = lines.dropFirst() }
        guard let title = lines.first else { return ([], [LoadWarning(file: path, message: "empty file")]) }
        let body = lines.dropFirst().joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ([Article(id: stem, file: path, title: String(title).trimmingCharacters(in: .whitespaces),
                         body: body, raw: text)], [])
    }
}
