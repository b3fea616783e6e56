"""What a spaCy attribution tagger trained on PolNeAR train adds to the rules, on PolNeAR dev.

    python bench/polnear_learned.py [--train DIR] [--dev DIR] [--steps 3000] [--out DIR]

Trains a transition-based span tagger (spaCy's ``ner`` factory) for the top-level Source, Cue
and Content spans of the training articles. It listens to the frozen ``tok2vec`` of the pipeline
onrecord loads, so at run time it would cost one small layer, not a second encoder (the throughput
budget of issue #4 leaves about a tenth of a bare parse). Then it codes dev and prints content
overlap-F1 for the rules alone, the tagger alone, the rules plus every tagger content that
overlaps no rule content, and the rules' precision where the tagger agrees or not (could the
tagger filter the rules?). About 6 minutes of training on 2 cores for the default 3,000 steps.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared/data/dev/polnear"
LABELS = {"Source": "SOURCE", "Cue": "CUE", "Content": "CONTENT"}
CONFIG = """
[paths]
train = null
dev = null
[system]
seed = 0
gpu_allocator = null
[nlp]
lang = "en"
pipeline = ["tok2vec", "attribution"]
batch_size = 256
[components]
[components.tok2vec]
source = "{base}"
[components.attribution]
factory = "ner"
[components.attribution.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true
nO = null
[components.attribution.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 96
upstream = "tok2vec"
[corpora]
[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}
[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}
[training]
dev_corpus = "corpora.dev"
train_corpus = "corpora.train"
seed = ${{system.seed}}
gpu_allocator = ${{system.gpu_allocator}}
frozen_components = ["tok2vec"]
annotating_components = ["tok2vec"]
max_epochs = 0
max_steps = {steps}
eval_frequency = 500
patience = 2000
[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2
[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001
[training.optimizer]
@optimizers = "Adam.v1"
[training.score_weights]
ents_f = 1.0
[initialize]
"""


def gold_docbin(nlp, docs):
    """Top-level (outermost, non-overlapping) gold spans as entities, one Doc per article."""
    from spacy.tokens import DocBin

    bin_ = DocBin()
    for d in docs:
        doc = nlp.make_doc(d.text)
        spans = []
        for role, label in LABELS.items():
            for fragments in d.spans[role]:
                for a, b in fragments:
                    span = doc.char_span(a, b, alignment_mode="expand")
                    if span is None:
                        continue
                    i, j = span.start, span.end
                    while i < j and doc[i].is_space:
                        i += 1
                    while j > i and doc[j - 1].is_space:
                        j -= 1
                    if j > i:
                        spans.append(doc[i:j])
                        spans[-1].label_ = label
        spans.sort(key=lambda s: (s.start, -len(s)))
        kept, end = [], -1
        for span in spans:
            if span.start >= end:
                kept.append(span)
                end = span.end
        doc.set_ents(kept, default="outside")
        bin_.add(doc)
    return bin_


def tagged_contents(nlp, tagger, text: str) -> list[tuple[int, int]]:
    """Content spans the trained tagger finds in ``text`` (onrecord's own entities untouched)."""
    doc = nlp(text)
    doc.ents = []
    tagger(doc)
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "CONTENT"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=SHARED / "train")
    ap.add_argument("--dev", type=Path, default=SHARED / "dev")
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--out", type=Path, default=None, help="keep the trained tagger here")
    args = ap.parse_args(argv)
    if not (args.train / "text").is_dir() or not (args.dev / "text").is_dir():
        print(f"PolNeAR splits not found: {args.train}, {args.dev}", file=sys.stderr)
        return 2
    import spacy
    from spacy.cli.train import train

    from onrecord.evaluate.matching import fragments_overlap, greedy_match
    from onrecord.evaluate.polnear import read_polnear, to_articles
    from onrecord.evaluate.produce import produce
    from onrecord.nlp import installed_pipeline
    from onrecord.pipeline import Coder

    coder = Coder()
    train_docs, dev_docs = read_polnear(args.train), read_polnear(args.dev)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        gold_docbin(coder.nlp, train_docs).to_disk(work / "train.spacy")
        gold_docbin(coder.nlp, dev_docs).to_disk(work / "dev.spacy")
        (work / "tagger.cfg").write_text(CONFIG.format(base=installed_pipeline(), steps=args.steps))
        out = args.out or work / "out"
        train(work / "tagger.cfg", out, overrides={"paths.train": str(work / "train.spacy"),
                                                   "paths.dev": str(work / "dev.spacy")})
        tagger = spacy.load(out / "model-best").get_pipe("attribution")
    for label in tagger.labels:
        coder.nlp.vocab.strings.add(label)

    documents = produce(to_articles(dev_docs), coder=coder)
    counts: Counter = Counter()
    for d, document in zip(dev_docs, documents, strict=True):
        golds = d.spans["Content"]
        rules: list[tuple[int, int]] = []
        for s in document.statements if document is not None else ():
            if (s.content.start, s.content.end) not in rules:
                rules.append((s.content.start, s.content.end))
        learned = tagged_contents(coder.nlp, tagger, d.text)
        added = [m for m in learned if not any(fragments_overlap([m], [r]) for r in rules)]
        for name, preds in (("rules", rules), ("tagger", learned), ("rules + tagger", rules + added)):
            hits = greedy_match(golds, preds, lambda g, p: fragments_overlap(g, [p]))
            counts[name, "tp"] += len(hits)
            counts[name, "fp"] += len(preds) - len(hits)
            counts[name, "fn"] += len(golds) - len(hits)
        hit = {p for _, p in greedy_match(golds, rules, lambda g, p: fragments_overlap(g, [p]))}
        for i, r in enumerate(rules):
            agrees = any(fragments_overlap([r], [m]) for m in learned)
            counts["agree" if agrees else "alone", i in hit] += 1
    print(f"dev content overlap ({args.steps} training steps):")
    for name in ("rules", "tagger", "rules + tagger"):
        tp, fp, fn = (counts[name, k] for k in ("tp", "fp", "fn"))
        print(f"  {name:<15} tp {tp:>5} fp {fp:>4} fn {fn:>5}  F1 {2 * tp / (2 * tp + fp + fn):.4f}")
    for side in ("agree", "alone"):
        right, wrong = counts[side, True], counts[side, False]
        print(f"  rule contents the tagger {'also finds' if side == 'agree' else 'misses'}: "
              f"{right + wrong}, precision {right / max(1, right + wrong):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
