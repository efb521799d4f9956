import Foundation

/// What depends only on an entity name or alias, computed once per update
/// for all the workers: its `EntityNameKey` (the costly part, tens of
/// microseconds for a name that is not plain ASCII) and, for the name of an
/// entity, its `entity_names` and `names` column texts. Each worker had a
/// memo of its own, so a name both workers met was keyed twice (one name in
/// eight at 10,000 generated articles).
///
/// The ids it gives are the same for every worker of the update, so the
/// writer can tell names and alias pairs apart by them (`IndexWriter.EntityRefs`)
/// instead of hashing their strings once more. `serial` tells one store's
/// ids from another's.
///
/// Each worker looks here only when its own `PreparedArticle.NameCache`
/// misses (a lock per look-up of every name of every article would make the
/// two workers wait for each other); a key is computed outside the lock.
final class NameKeyStore: @unchecked Sendable {
    typealias Keyed = PreparedArticle.NameCache.Keyed
    typealias NameText = (clean: String, names: String)

    /// Guards every field below.
    private let lock = NSLock()
    private var keyed: [String: Keyed] = [:]
    /// Ids of the distinct keys (as `String` equality tells them apart).
    private var keyIDs: [String: Int32] = [:]
    /// Per form id, once the form was an entity's name.
    private var nameTexts: [NameText?] = []

    /// Bounds the memory a corpus of ever-new names can take (the two
    /// workers' memos held up to 200,000 forms each).
    let limit: Int

    /// Unique per store in the process.
    let serial: Int

    private static let serials = IndexResultBox(0)

    init(limit: Int = 400_000) {
        self.limit = limit
        var next = 0
        NameKeyStore.serials.update { $0 += 1; next = $0 }
        serial = next
    }

    /// `form`'s key and ids (-1 when the store is full: not remembered).
    func keyed(_ form: String) -> Keyed {
        var words: [[UInt8]: String] = [:]
        return keyed(form, words: &words)
    }

    /// `keyed`, a new form keyed with the calling worker's memo of word keys
    /// (`EntityNameKey.key(_:memo:)`).
    func keyed(_ form: String, words: inout [[UInt8]: String]) -> Keyed {
        lock.lock()
        if let k = keyed[form] {
            lock.unlock()
            return k
        }
        let full = keyed.count >= limit
        lock.unlock()
        let key = words.count < limit ? EntityNameKey.key(form, memo: &words) : PreparedArticle.aliasKey(form)
        if full { return Keyed(key: key, keyID: -1, formID: -1) }
        lock.lock()
        defer { lock.unlock() }
        guard keyed.count < limit else { return keyed[form] ?? Keyed(key: key, keyID: -1, formID: -1) }
        // Each dictionary hashed once: a look-up and then an insert hashed a name twice,
        // and a name that is not ASCII is hashed through its normalization (about 2,000
        // instructions a time: the two dictionaries were half of keying a new name, and
        // this function took 96 million instructions at 1,000 generated articles, 82 so).
        // Through `slot`, which inserts the default when the key is absent and hands back what
        // is there; the counts before it tell whether it inserted. A key is new only with its
        // form (the other worker keying the same form meanwhile found or made the same key).
        let nextKey = Int32(keyIDs.count)
        let keyID = NameKeyStore.slot(&keyIDs[key, default: nextKey])
        let forms = keyed.count
        // The other worker may have keyed it meanwhile: its ids stand.
        let k = NameKeyStore.slot(&keyed[form, default: Keyed(key: key, keyID: keyID, formID: Int32(forms))])
        if keyed.count > forms { nameTexts.append(nil) }
        return k
    }

    /// The value of a dictionary entry, read through a mutating access (`dictionary[key, default:]`
    /// then hashes its key once, and keeps the default when the key was absent).
    @inline(__always)
    private static func slot<V>(_ value: inout V) -> V { value }

    /// `EntityCoding.clean(name)` and `PreparedArticle.namesText` of that, for
    /// an entity's `name` whose look-up gave `k` (`k.formID >= 0`).
    func nameText(_ name: String, _ k: Keyed) -> NameText {
        let slot = Int(k.formID)
        lock.lock()
        if let t = nameTexts[slot] {
            lock.unlock()
            return t
        }
        lock.unlock()
        let clean = EntityCoding.clean(name)
        let t = (clean: clean, names: PreparedArticle.namesText(clean))
        lock.lock()
        defer { lock.unlock() }
        if let first = nameTexts[slot] { return first }
        nameTexts[slot] = t
        return t
    }
}
