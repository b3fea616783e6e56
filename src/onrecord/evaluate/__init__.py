"""Gold-set readers and scorers: PLOVER GSR, real-news articles, PolNeAR, ConfliBERT actor spans.

Scoring functions take produced Documents plus gold, so they run without spaCy; ``cli`` wires the Coder in.
"""
