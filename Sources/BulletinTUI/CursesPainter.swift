import CNcursesw

/// The only place (with the executable) that talks to curses. (Placeholder.)
enum CursesPainter {
    static func libraryVersion() -> String { String(cString: curses_version()) }
}
