/// A problem with one input file: reported on one line, never fatal to the rest.
public struct LoadWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var message: String
    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }
    /// `path: message`, the one-line form printed on stderr.
    public var description: String { "\(file): \(message)" }
}
