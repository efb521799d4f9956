import BulletinTUI
import Testing

/// `LANG=en_US.UTF-8` on a machine without that locale (ssh forwards LANG) used
/// to stop the reader with "set a UTF-8 locale", though the user had: a locale
/// that names UTF-8 now falls back to C.UTF-8 (see `TerminalApp.check`).
@Suite struct LocaleRequestTests {
    @Test func theFirstNonEmptyOfLCAllLCCtypeAndLangCounts() {
        #expect(LocaleRequest.name(in: ["LANG": "fr_FR.UTF-8"]) == "fr_FR.UTF-8")
        #expect(LocaleRequest.name(in: ["LANG": "fr_FR.UTF-8", "LC_CTYPE": "C"]) == "C")
        #expect(LocaleRequest.name(in: ["LANG": "C", "LC_CTYPE": "C", "LC_ALL": "vi_VN.utf8"]) == "vi_VN.utf8")
        #expect(LocaleRequest.name(in: ["LANG": "ru_RU.UTF-8", "LC_ALL": ""]) == "ru_RU.UTF-8")
        #expect(LocaleRequest.name(in: [:]) == nil)
    }

    @Test func onlyALocaleNamingUTF8FallsBack() {
        #expect(LocaleRequest.utf8Name(in: ["LANG": "en_US.UTF-8"]) == "en_US.UTF-8")
        #expect(LocaleRequest.utf8Name(in: ["LANG": "de_DE.utf8"]) == "de_DE.utf8")
        #expect(LocaleRequest.utf8Name(in: ["LANG": "sr_RS.UTF-8@latin"]) == "sr_RS.UTF-8@latin")
        // A deliberate non-UTF-8 choice is not overridden: the reader says what is wrong.
        #expect(LocaleRequest.utf8Name(in: ["LC_ALL": "C", "LANG": "en_US.UTF-8"]) == nil)
        #expect(LocaleRequest.utf8Name(in: ["LANG": "en_US.ISO-8859-1"]) == nil)
        #expect(LocaleRequest.utf8Name(in: ["LANG": "POSIX"]) == nil)
        #expect(LocaleRequest.utf8Name(in: [:]) == nil)
    }

    @Test func aMissingLocaleIsNamedInTheMessage() {
        let text = TerminalError.localeMissing("en_US.UTF-8").description
        #expect(text.contains("en_US.UTF-8 is not installed"))
        #expect(text.contains("LANG=C.UTF-8"))
    }
}
