import GRDBSQLite

/// Process-wide SQLite settings, made before SQLite starts (its first connection).
///
/// SQLite's memory statistics (`SQLITE_CONFIG_MEMSTATUS`, on by default) are turned off:
/// with them, every allocation and free of SQLite takes a global mutex and updates
/// counters, about 100 instructions each, and the index's writer allocates and frees
/// some 45 times per article (about 4 % of the writer thread's instructions on a
/// cold index). Nothing reads those statistics here, nor sets the soft heap limit
/// that needs them.
enum SQLiteSetup {
    /// Whether the settings took (false once SQLite had started before the first call:
    /// it then keeps its defaults, which change no result).
    static let configured: Bool = {
        #if os(Linux)
        return sqlite3ConfigInt(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK
        #else
        return false
        #endif
    }()

    /// Called before each database is opened (`DatabasePool`, `DatabaseQueue`): both places
    /// that open one call it first, and the once-only initializer makes a concurrent caller
    /// wait, so no other SQLite call runs while `sqlite3_config` does, as it requires.
    static func prepare() {
        _ = configured
    }
}

#if os(Linux)
/// `sqlite3_config(option, int)`: the C function is variadic, which Swift does not import;
/// on Linux (x86-64 and AArch64), an int argument is passed as to a fixed-argument function.
@_silgen_name("sqlite3_config")
private func sqlite3ConfigInt(_ option: Int32, _ value: Int32) -> Int32
#endif
