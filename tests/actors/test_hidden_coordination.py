"""DocActors.actors_for on parses that hide a coordination: a list misparsed as apposition, a
name coordinated with an appositive, a second object hung on the preposition or on its noun.
Parses are built by hand so the behaviour does not depend on the statistical parser."""

from __future__ import annotations

from spacy.tokens import Doc

from onrecord.actors.model import DocActors, Mention, hidden_conjuncts, listed_apposition


def parsed(nlp, words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def actors_on(doc: Doc, names: dict[int, str]) -> DocActors:
    """One mention per listed token index, its country given."""
    da = DocActors(doc)
    for i, country in names.items():
        t = doc[i]
        da.add(Mention(t.text, t.idx, t.idx + len(t.text), i, i + 1, country=country,
                       kind="state", head=i))
    return da


def test_list_parsed_as_apposition_gives_every_listed_name(nlp):
    # "Chile , Peru , Bolivia and Ecuador sent aid": Peru an appositive of Chile, the rest its
    # conjuncts
    words = ["Chile", ",", "Peru", ",", "Bolivia", "and", "Ecuador", "sent", "aid"]
    heads = [7, 0, 0, 2, 2, 4, 4, 7, 7]
    deps = ["nsubj", "punct", "appos", "punct", "conj", "cc", "conj", "ROOT", "dobj"]
    pos = ["PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN"]
    doc = parsed(nlp, words, heads, deps, pos)
    da = actors_on(doc, {0: "CHL", 2: "PER", 4: "BOL", 6: "ECU"})
    assert [m.country for m in da.actors_for(doc[0])] == ["CHL", "PER", "BOL", "ECU"]
    assert [t.text for t in listed_apposition(doc[0])] == ["Peru", "Bolivia", "Ecuador"]


def test_lone_appositive_adds_nothing(nlp):
    # "Lula , Brazil 's president": the same party again
    words = ["Lula", ",", "president", "spoke"]
    heads = [3, 0, 0, 3]
    deps = ["nsubj", "punct", "appos", "ROOT"]
    pos = ["PROPN", "PUNCT", "NOUN", "VERB"]
    doc = parsed(nlp, words, heads, deps, pos)
    assert listed_apposition(doc[0]) == []


def test_second_object_hung_on_the_preposition(nlp):
    # "sanctions on Chad and Niger" with Niger a conjunct of "on"
    words = ["sanctions", "on", "Chad", "and", "Niger"]
    heads = [0, 0, 1, 1, 1]
    deps = ["ROOT", "prep", "pobj", "cc", "conj"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"]
    doc = parsed(nlp, words, heads, deps, pos)
    da = actors_on(doc, {2: "TCD", 4: "NER"})
    assert [m.country for m in da.actors_for(doc[2])] == ["TCD", "NER"]


def test_second_name_hung_on_the_noun(nlp):
    # "an embargo on Chad and Niger" with Niger a conjunct of "embargo"
    words = ["embargo", "on", "Chad", "and", "Niger"]
    heads = [0, 0, 1, 0, 0]
    deps = ["ROOT", "prep", "pobj", "cc", "conj"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "PROPN"]
    doc = parsed(nlp, words, heads, deps, pos)
    assert [t.text for t in hidden_conjuncts(doc[2])] == ["Niger"]


def test_common_noun_coordinated_with_the_event_noun_is_not_a_party(nlp):
    # "sanctions on Chad and talks": a second event, not a second target
    words = ["sanctions", "on", "Chad", "and", "talks"]
    heads = [0, 0, 1, 0, 0]
    deps = ["ROOT", "prep", "pobj", "cc", "conj"]
    pos = ["NOUN", "ADP", "PROPN", "CCONJ", "NOUN"]
    doc = parsed(nlp, words, heads, deps, pos)
    assert hidden_conjuncts(doc[2]) == []


def test_object_partner_hung_on_the_verb(nlp):
    # "banned Fatah and Hamas" with Hamas a conjunct of "banned"
    words = ["Israel", "banned", "Fatah", "and", "Hamas"]
    heads = [1, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "PROPN"]
    doc = parsed(nlp, words, heads, deps, pos)
    assert [t.text for t in hidden_conjuncts(doc[2])] == ["Hamas"]


def test_a_second_verb_is_no_object_partner(nlp):
    # "banned Fatah and left": a coordinated verb
    words = ["Israel", "banned", "Fatah", "and", "left"]
    heads = [1, 1, 1, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "cc", "conj"]
    pos = ["PROPN", "VERB", "PROPN", "CCONJ", "VERB"]
    doc = parsed(nlp, words, heads, deps, pos)
    assert hidden_conjuncts(doc[2]) == []
