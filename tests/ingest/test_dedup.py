"""Deduplication: exact copies, near-duplicate syndicated copies, state rebuilt from signatures."""

from __future__ import annotations

from onrecord.ingest import DedupConfig, Deduplicator

BASE = ("Officials in Nairobi said on Monday that the government had reached an agreement with "
        "the main opposition party to hold new talks on electoral reform before the end of the "
        "year, after weeks of protests in several cities left dozens injured. The interior "
        "minister told reporters that the police would withdraw from the streets of the capital "
        "and that detained demonstrators would be released within days. Opposition leaders "
        "welcomed the move but warned that they would resume the protests if the talks failed.")
SYNDICATED = ("NAIROBI (Wire) - " + BASE + " Reporting by the Wire staff; editing by the desk.")
OTHER = ("The central bank raised interest rates by half a point on Thursday, citing inflation "
         "that has stayed above its target for more than a year, and signalled that further "
         "increases were likely if energy prices kept rising through the winter months. "
         "Analysts had expected a smaller move and markets fell sharply after the announcement.")


def no_store(_keys):
    return {}


def test_exact_and_near_copies_point_to_the_first_original() -> None:
    dd = Deduplicator(DedupConfig(), no_store, no_store)
    v = dd.check_batch([("a", BASE), ("b", BASE.upper().replace(".", " .")),
                        ("c", SYNDICATED), ("d", OTHER)])
    assert [x.duplicate_of for x in v] == [None, "a", "a", None]
    assert [x.kind for x in v] == [None, "exact", "near", None]
    assert v[2].similarity >= 0.8
    assert v[0].signature and v[3].signature and v[1].signature is None


def test_state_rebuilt_from_stored_signatures_gives_same_decisions() -> None:
    first = Deduplicator(DedupConfig(), no_store, no_store)
    (orig,) = first.check_batch([("a", BASE)])
    stored = {"a": orig.signature}
    hashes = {orig.content_hash: "a"}
    second = Deduplicator(DedupConfig(), lambda hs: {h: hashes[h] for h in hs if h in hashes},
                          lambda ids: {i: stored[i] for i in ids if i in stored})
    assert second.load(stored.items()) == 1
    v = second.check_batch([("c", SYNDICATED), ("b", BASE), ("a", BASE)])
    assert [(x.duplicate_of, x.kind) for x in v] == [("a", "near"), ("a", "exact"), (None, None)]


def test_threshold_and_modes() -> None:
    strict = Deduplicator(DedupConfig(threshold=0.95), no_store, no_store)
    assert strict.check_batch([("a", BASE), ("c", SYNDICATED)])[1].duplicate_of is None
    exact = Deduplicator(DedupConfig(mode="exact"), no_store, no_store)
    v = exact.check_batch([("a", BASE), ("c", SYNDICATED), ("b", BASE)])
    assert [x.duplicate_of for x in v] == [None, None, "a"]
    none = Deduplicator(DedupConfig(mode="none"), no_store, no_store)
    assert [x.duplicate_of for x in none.check_batch([("a", BASE), ("b", BASE)])] == [None, None]
