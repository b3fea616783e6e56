"""Deduplication: exact copies (hash of the normalised words) and near-duplicate syndicated
copies (MinHash LSH over word shingles, datasketch). Only originals are indexed.

The index state lives with the store: originals' signatures are persisted with each batch and the
LSH is rebuilt from them on start, so a resumed run takes the same decisions as an unbroken one.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

WORD = re.compile(r"\w+")
MODES = ("near", "exact", "none")
SCHEME = "affine32"  # datasketch's MinHash permutation scheme (part of the signature params)


@dataclass(frozen=True)
class DedupConfig:
    """How duplicates are found. ``near`` also does exact; ``none`` stores every copy."""

    mode: str = "near"
    threshold: float = 0.8      # estimated Jaccard similarity of word shingles
    num_perm: int = 128         # MinHash permutations
    shingle: int = 3            # words per shingle
    min_words: int = 30         # shorter texts are only checked for exact copies
    seed: int = 1

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"dedup mode {self.mode!r}: use one of {', '.join(MODES)}")
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"dedup threshold {self.threshold}: must be in (0, 1]")

    def signature_params(self) -> str:
        """What makes stored signatures comparable with new ones."""
        return (f"num_perm={self.num_perm};shingle={self.shingle};seed={self.seed};"
                f"scheme={SCHEME}")


@dataclass
class Verdict:
    """The dedup decision for one text."""

    content_hash: str
    duplicate_of: str | None = None
    kind: str | None = None          # exact | near
    similarity: float | None = None
    signature: bytes | None = None   # MinHash of an original, to persist with it


def normal_words(text: str) -> list[str]:
    """Case-folded words of the NFKC-normalised text (punctuation and spacing ignored)."""
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def content_hash(words: list[str]) -> str:
    """Hash of the normalised words: equal for texts differing only in case/spacing/punctuation."""
    return hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()[:16]


class Deduplicator:
    """Decides, in input order, whether each text copies an earlier original.

    ``find_hashes(hashes) -> {hash: doc_id}`` and ``find_signatures(doc_ids) -> {id: bytes}``
    look up originals already committed to the store; pending originals are kept in memory
    until ``committed()`` is called for them.
    """

    def __init__(self, config: DedupConfig,
                 find_hashes: Callable[[list[str]], dict[str, str]],
                 find_signatures: Callable[[list[str]], dict[str, bytes]]) -> None:
        self.config = config
        self.find_hashes = find_hashes
        self.find_signatures = find_signatures
        self.pending_hashes: dict[str, str] = {}
        self.pending_signatures: dict[str, bytes] = {}
        self.lsh = None
        if config.mode == "near":
            from datasketch import MinHashLSH

            self.lsh = MinHashLSH(threshold=config.threshold, num_perm=config.num_perm)

    # -- state -----------------------------------------------------------------------------
    def load(self, originals: Iterable[tuple[str, bytes | None]]) -> int:
        """Rebuild the LSH from stored originals' signatures; return how many were indexed."""
        if self.lsh is None:
            return 0
        n = 0
        with self.lsh.insertion_session() as session:
            for doc_id, signature in originals:
                if signature:
                    session.insert(doc_id, self._minhash(signature), check_duplication=False)
                    n += 1
        return n

    def committed(self, doc_ids: Iterable[str]) -> None:
        """These originals are now in the store: stop holding them in memory."""
        gone = set(doc_ids)
        for doc_id in gone:
            self.pending_signatures.pop(doc_id, None)
        self.pending_hashes = {h: d for h, d in self.pending_hashes.items() if d not in gone}

    def forget(self, doc_id: str) -> None:
        """Drop an original whose text changed (it is re-checked as a new text)."""
        if self.lsh is not None and doc_id in self.lsh:
            self.lsh.remove(doc_id)
        self.pending_signatures.pop(doc_id, None)
        self.pending_hashes = {h: d for h, d in self.pending_hashes.items() if d != doc_id}

    # -- decisions -------------------------------------------------------------------------
    def check_batch(self, items: list[tuple[str, str]]) -> list[Verdict]:
        """Verdicts for ``(doc_id, text)`` pairs in order; originals are indexed as they come."""
        words = [normal_words(text) for _, text in items]
        hashes = [content_hash(w) for w in words]
        stored = self.find_hashes(hashes) if self.config.mode != "none" else {}
        return [self._check(doc_id, w, h, stored)
                for (doc_id, _), w, h in zip(items, words, hashes, strict=True)]

    def _check(self, doc_id: str, words: list[str], chash: str,
               stored: dict[str, str]) -> Verdict:
        verdict = Verdict(chash)
        if self.config.mode == "none":
            return verdict
        original = self.pending_hashes.get(chash) or stored.get(chash)
        if original and original != doc_id:
            verdict.duplicate_of, verdict.kind, verdict.similarity = original, "exact", 1.0
            return verdict
        if original != doc_id:
            self.pending_hashes[chash] = doc_id
        if self.lsh is None or len(words) < self.config.min_words:
            return verdict
        mh = self._signature(words)
        signature = mh.hashvalues.astype("<u8").tobytes()
        if doc_id in self.lsh:
            verdict.signature = signature
            return verdict
        best = self._best_match(doc_id, mh.hashvalues)
        if best is not None:
            verdict.duplicate_of, verdict.kind, verdict.similarity = best[1], "near", best[0]
            self.pending_hashes.pop(chash, None)
            return verdict
        self.lsh.insert(doc_id, mh, check_duplication=False)
        self.pending_signatures[doc_id] = signature
        verdict.signature = signature
        return verdict

    def _best_match(self, doc_id: str, values: np.ndarray) -> tuple[float, str] | None:
        candidates = sorted(c for c in self.lsh.query(self._lean(values)) if c != doc_id)
        if not candidates:
            return None
        known = {c: self.pending_signatures[c] for c in candidates
                 if c in self.pending_signatures}
        missing = [c for c in candidates if c not in known]
        if missing:
            known.update(self.find_signatures(missing))
        best: tuple[float, str] | None = None
        for cand in candidates:
            if cand not in known:
                continue
            other = np.frombuffer(known[cand], dtype="<u8")
            sim = float(np.mean(other == values))
            if sim >= self.config.threshold and (best is None or sim > best[0]):
                best = (sim, cand)   # ties keep the smallest id (candidates are sorted)
        return best

    # -- MinHash ---------------------------------------------------------------------------
    def _signature(self, words: list[str]):
        from datasketch import MinHash

        k = self.config.shingle
        shingles = {" ".join(words[i:i + k]).encode("utf-8", "surrogatepass")
                    for i in range(max(1, len(words) - k + 1))}
        try:
            mh = MinHash(num_perm=self.config.num_perm, seed=self.config.seed, scheme=SCHEME)
        except TypeError:  # datasketch < 2 has a single scheme
            mh = MinHash(num_perm=self.config.num_perm, seed=self.config.seed)
        mh.update_batch(shingles)
        return mh

    def _lean(self, values: np.ndarray):
        from datasketch import LeanMinHash

        try:
            return LeanMinHash(seed=self.config.seed, hashvalues=values, scheme=SCHEME)
        except TypeError:  # datasketch < 2
            return LeanMinHash(seed=self.config.seed, hashvalues=values)

    def _minhash(self, signature: bytes):
        return self._lean(np.frombuffer(signature, dtype="<u8").astype(np.uint64))
