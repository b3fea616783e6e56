"""Language check: short English news lines stay English, short foreign sentences do not."""

import pytest

from onrecord.language import detect_language


@pytest.mark.parametrize("text", [
    "Chile's president pardoned 40 political prisoners.",
    "Israeli jets bombed Gaza overnight.",
    "Putin hosts Xi in Moscow.",
    "Colombia and Venezuela resumed trade.",
    "Uruguay and Paraguay signed accords.",
    "The minister said on Tuesday that the talks with the rebels would resume next week.",
    # langdetect reads these as Italian and Norwegian; their plain words are English words
    "Morocco pardoned 400 political prisoners.",
    "Ukraine shelled Donetsk.",
])
def test_short_english_lines_are_english(text):
    assert detect_language(text) == "en"


@pytest.mark.parametrize("text, language", [
    ("Le président a gracié 40 prisonniers politiques.", "fr"),
    ("Der Präsident begnadigte 40 politische Gefangene.", "de"),
    ("El presidente indultó a 40 presos políticos.", "es"),
    ("Venezuela y Colombia reanudaron el comercio.", "es"),
    ("Brasil e Argentina assinaram um acordo.", "pt"),
    ("Il governo italiano ha respinto la proposta.", "it"),
    ("De regering heeft het voorstel verworpen.", "nl"),
    ("Merkel besucht Paris.", "de"),
])
def test_short_foreign_sentences_are_named(text, language):
    assert detect_language(text) == language


def test_text_without_letters_is_undetermined():
    assert detect_language("%%%% #### 1234") == "und"
