import Foundation
import Testing
@testable import BulletinKit

/// Arabic people named after a verb of saying or acting with no title (`NameFinder+ArabicSpeech.swift`).
/// Invented names; each rule group has a must-find and a must-not-find check.
@Suite struct EntityArabicSpeechTests: ExtractionChecks {
    let extractor = EntityExtractor(knowledgeBase: .bundled)

    @Test func speakersAfterVerbsOfSaying() {
        let e = extract("وقال مازن العتيبي إن المشروع سيكتمل العام المقبل. وأوضحت سلمى الحربي أن الوفد سيزور المصنع. وأعرب ثامر بن سعيد الكواري عن شكره.", "ar")
        let people = names(e, .person)
        for p in ["مازن العتيبي", "سلمى الحربي", "ثامر بن سعيد الكواري"] { #expect(people.contains(p), "\(p): \(all(e))") }
    }

    @Test func peopleAfterAVerbOfMeeting() {
        let e = extract("والتقى نزار الشمري مع رجال الأعمال، ثم التقت هالة المصري بالوفد.", "ar")
        let people = names(e, .person)
        for p in ["نزار الشمري", "هالة المصري"] { #expect(people.contains(p), "\(p): \(all(e))") }
        // A transitive verb's object follows the name with nothing between: no reading there.
        let not = extract("ووقع مازن عباس الاتفاقية خلال الزيارة.", "ar")
        #expect(!names(not, .person).contains { $0.contains("الاتفاقية") }, "\(all(not))")
    }

    @Test func noPersonWithoutAGivenNameOrAClosingWord() {
        // على written علي, a given name alone, a given name and a word that follows speakers.
        let not = extract("وأكد علي ضرورة التعاون بين البلدين. وقال أحمد إن الاتفاق مهم. وقال محمد أيضا إن الوفد وصل. وأشار التقرير إلى نمو التجارة.", "ar")
        #expect(names(not, .person).isEmpty, "\(all(not))")
    }

    @Test func aNameAfterATitleStaysOnePerson() {
        let e = extract("وقال وزير الاقتصاد رائد الفلاحي إن الصادرات ارتفعت. وأضاف رائد الفلاحي أن السوق تتوسع.", "ar")
        let people = names(e, .person)
        #expect(people.filter { $0.contains("الفلاحي") }.count == 1, "\(all(e))")
    }
}
