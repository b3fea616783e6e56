"""Statement recall, more of the long tail: verbs of praise, disparagement and voting, particle
cues ("talked up", "played down"), and a speech verb in a relative clause set off by a comma,
which is its own statement and ends the content before it. Sentences written here.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Senator Orlan talked up his plan to rebuild the harbor.",
     "Senator Orlan", "talked up", "his plan to rebuild the harbor"),
    ("The minister played down the risk of a flood in the valley.",
     "The minister", "played down", "the risk of a flood in the valley"),
    ("Velmont trashed the budget deal on Tuesday.",
     "Velmont", "trashed", "the budget deal"),
    ("Councillor Ames voted to ban the new pesticide in 2011.",
     "Councillor Ames", "voted", "to ban the new pesticide in 2011"),
    ("Most farmers care about the price of grain.",
     "Most farmers", "care", "the price of grain"),
    ("The crowd booed Senator Orlan when he took the stage.",
     "The crowd", "booed", "Senator Orlan"),
    ("The old seer foretold a long and bitter winter.",
     "The old seer", "foretold", "a long and bitter winter"),
])
def test_more_verb_cues(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The council voted on Tuesday.",
    "Most delegates in Tarnvik voted in the morning.",
    "The children played down by the river all afternoon.",
    "The nurses took good care of the patients.",
])
def test_plain_uses_are_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "statements"), [
    ("The mayor declared the vote a fraud, which he called a total disaster for the town.",
     [("The mayor", "declared", "the vote a fraud"), ("he", "called", "a total disaster")]),
    ("Brandt said the mill would reopen, which the union described as a relief.",
     [("Brandt", "said", "the mill would reopen"),
      ("the union", "described", "as a relief")]),
])
def test_relative_aside_with_speech_verb_is_its_own_statement(found, text, statements) -> None:
    got = found(text)
    for s in statements:
        assert s in got


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Kessler said the bridge, which the engineers built in 1990, was safe.",
     "Kessler", "said", "the bridge, which the engineers built in 1990, was safe"),
])
def test_relative_clause_without_speech_verb_stays_in_content(found, text, speaker, cue,
                                                              content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The farmers seem to favor Senator Orlan in the race.",
     "The farmers", "seem", "to favor Senator Orlan in the race"),
    ("The mayor seemed to be ready to talk about the flood.",
     "The mayor", "seemed", "to be ready to talk about the flood"),
])
def test_appearance_of_a_stance(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "Kessler appeared on television in Kelso.",
    "The army appears to be winning its campaign in the north.",
    "The mayor seemed tired after the long debate.",
])
def test_appearance_without_stance_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The harbor workers are tired of a council with so few results.",
     "The harbor workers", "tired", "a council with so few results"),
    ("The veterans group is particularly appreciative of the governor's focus on housing.",
     "The veterans group", "appreciative", "the governor's focus on housing"),
    ("Velasco is bent on securing the nomination before the summer.",
     "Velasco", "bent", "securing the nomination before the summer"),
    ("The painter is a tireless campaigner for Senator Orlan.",
     "The painter", "campaigner", "Senator Orlan"),
])
def test_more_stance_adjectives_and_holders(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Orlan focused on Velasco.", "Orlan", "focused", "Velasco"),
    ("Mayor Brandt sided with the fishermen in the dispute.",
     "Mayor Brandt", "sided", "the fishermen"),
    ("The mayor referred to him twice.", "The mayor", "referred", "him"),
])
def test_particle_cue_with_one_word_object(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "statements"), [
    ('Orlan said things "should be settled by June," adding that the party would meet in May.',
     [("Orlan", "said", 'things "should be settled by June,"'),
      ("Orlan", "adding", "the party would meet in May")]),
])
def test_speech_gerund_after_a_closing_quote_is_its_own_statement(found, text, statements) -> None:
    got = found(text)
    for s in statements:
        assert s in got


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("A group of donors raised about $5 million in support of Velasco.",
     "A group of donors", "support", "Velasco"),
    ("The council voted in favor of the stadium plan.",
     "The council", "favor", "the stadium plan"),
    ("Hundreds of dock workers marched in protest of the ruling.",
     "Hundreds of dock workers", "protest", "the ruling"),
    ("The farmers are in favor of the water bill.", "The farmers", "favor", "the water bill"),
])
def test_stance_phrase_on_a_verb(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The bill in support of farmers passed on Monday.",
    "The river rose in the spring.",
])
def test_stance_phrase_without_holder_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The harbor plan has drawn harsh criticism from the fishermen's union.",
     "the fishermen's union", "criticism", "The harbor plan"),
    ("The mayor is winning praise from his rivals.", "his rivals", "praise", "The mayor"),
    ("Orlan, who won the backing of the teachers, leads the race.",
     "the teachers", "backing", "Orlan"),
])
def test_received_stance_is_held_by_its_giver(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The team has a lot of support.",
    "Velasco did not get the endorsement of the party.",
])
def test_received_stance_needs_a_giver(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Velasco is looking forward to a long fight against Orlan.",
     "Velasco", "is looking", "a long fight against Orlan"),
    ("He extolled the quiet virtues of his hometown.",
     "He", "extolled", "the quiet virtues of his hometown"),
    ("Orlan pitched her harbor plan as a way to create jobs.",
     "Orlan", "pitched", "her harbor plan as a way to create jobs"),
    ("Orlan cast her rivals as creatures of the old establishment.",
     "Orlan", "cast", "her rivals as creatures of the old establishment"),
    ("The firm is interested in the harbor project.",
     "The firm", "interested", "the harbor project"),
])
def test_more_phrasal_and_portraying_cues(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The campers pitched a tent near the lake.",
    "Voters cast their ballots on Tuesday.",
    "The hikers walked back to the car.",
    "They looked forward.",
])
def test_portraying_verbs_with_a_plain_object_are_no_statement(found, text) -> None:
    assert found(text) == []


def test_stance_phrase_on_a_cue_with_an_object_stays_its_content(found) -> None:
    got = found("He recalled Orlan's generosity in support of a food program in the city.")
    assert ("He", "recalled", "Orlan's generosity") in got
    assert not any(cue == "support" for _, cue, _ in got)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Down in Brennick, the old paper mill is still open, but it is losing money to cheap "
     "imports, said the firm's finance director, Lena Oskar.",
     "the firm's finance director, Lena Oskar", "said",
     "Down in Brennick, the old paper mill is still open, but it is losing money to cheap "
     "imports"),
    ('The promise to "take our town back" appeals to older voters who miss an era when a '
     "degree was not needed to earn a living, said Orlan Ames, a demographer at Velmont "
     "University.",
     "Orlan Ames, a demographer at Velmont University", "said",
     'The promise to "take our town back" appeals to older voters who miss an era when a '
     "degree was not needed to earn a living"),
])
def test_inverted_trailing_cue_reports_the_clause_before(found, text, speaker, cue,
                                                         content) -> None:
    assert (speaker, cue, content) in found(text)


def test_passive_report_of_a_topic_is_no_statement(found) -> None:
    assert found("The news of the merger was reported by the Courier and others.") == []


@pytest.mark.parametrize(("text", "speaker", "cue"), [
    ("Such efforts, they believe, will make the western states moot.", "they", "believe"),
    ("A win in the north, his advisers believe, would lead to a surge in donations.",
     "his advisers", "believe"),
])
def test_parenthetical_belief_holds_the_clause_around_it(found, text, speaker, cue) -> None:
    assert any(s == speaker and c == cue and "would" in t or "will" in t
               for s, c, t in found(text))


def test_parenthetical_first_person_belief_is_no_statement(found) -> None:
    assert found("The vote, I think, will be close.") == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ('Orlan appeared happy to joke about the delay, telling the audience, "Some buses simply '
     'run late, have you seen that?"',
     "Orlan", "telling", "Some buses simply run late, have you seen that?"),
    ("Velasco looked unmoved by the remarks on Friday, telling journalists, "
     '"Plenty of voters want the mayor gone."',
     "Velasco", "telling", "Plenty of voters want the mayor gone."),
])
def test_told_listener_before_a_quote(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The former pilot shared nothing about her next steps, noting in a memo only that she "
     'was "reviewing a few options."',
     "The former pilot", "noting", 'she was "reviewing a few options."'),
    ("The mayor said only that the harbor would reopen.",
     "The mayor", "said", "the harbor would reopen"),
])
def test_focus_adverb_before_that_clause(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


# --- statement-cues room: predicate cues, pressing for, noun objects of no-object verbs,
# subjects parsed as compounds, findings after their clause, opinion phrases ---

@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The senator made it clear that she would veto the harbor tax.",
     "The senator", "made it clear", "she would veto the harbor tax"),
    ("Harbor officials made clear Friday the ferry would keep running.",
     "Harbor officials", "made clear", "the ferry would keep running"),
    ("The minister made plain that the border would stay shut.",
     "The minister", "made plain", "the border would stay shut"),
])
def test_made_clear_says_its_clause(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "Kessler made a clear choice when he left the party.",
    "The baker made a cake for the party.",
    "Kessler did not make clear whether he would run.",
])
def test_make_without_predicate_clause_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The dock workers pushed for a higher minimum wage.",
     "The dock workers", "pushed", "a higher minimum wage"),
    ("Watchdog groups had pressed for a vote on the harbor bill.",
     "Watchdog groups", "had pressed", "a vote on the harbor bill"),
    ("The mayor cast doubt on the official figures.",
     "The mayor", "doubt", "the official figures"),
    ("Kessler took aim at the mayor on Tuesday.", "Kessler", "aim", "the mayor"),
    ("Kessler made allegations against the harbor board.",
     "Kessler", "allegations", "the harbor board"),
])
def test_pressing_for_and_stance_nouns_after_plain_verbs(found, text, speaker, cue,
                                                        content) -> None:
    assert (speaker, cue, content) in found(text)


def test_pushing_a_thing_is_no_statement(found) -> None:
    assert found("The porter pushed the cart down the hill.") == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("The mill closed last year, court records show.",
     "court records", "show", "The mill closed last year"),
    ("Company filings indicate the mill lost money.",
     "Company filings", "indicate", "the mill lost money"),
])
def test_document_subject_parsed_as_compound(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("In the fall of 2007, Orlan held a 24-point lead among farmers in a national poll.",
     "a national poll", "in", "Orlan held a 24-point lead among farmers"),
    ("Only 18 percent of farmers have a favorable view of Orlan in a new poll.",
     "a new poll", "in", "Only 18 percent of farmers have a favorable view of Orlan"),
])
def test_poll_after_its_figure_is_its_source(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "Orlan leads in the polls.",
    "Kessler took part in a survey of the harbor.",
    "Orlan was mired in a poll of his own making.",
])
def test_standing_or_activity_in_a_poll_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("In Ames's view, the mill will close by spring.",
     "Ames", "In Ames's view", "the mill will close by spring"),
    ("In the view of many farmers, the harbor is too small.",
     "many farmers", "In the view", "the harbor is too small"),
    ("The mill, in her view, will close by spring.",
     "her", "in her view", "The mill, in her view, will close by spring"),
])
def test_in_holders_view_puts_the_clause_on_record(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "In my view, the mill will close.",
    "In the view from the hill, the harbor looked small.",
])
def test_first_person_or_holderless_view_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Voters who are angry about the harbor tax turned out in large numbers.",
     "who", "angry", "the harbor tax"),
    ("Kunin, who has been critical of Orlan, spoke on Tuesday.", "who", "critical", "Orlan"),
])
def test_stance_adjective_of_a_relative_clause(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The ads that are critical of Orlan ran on Tuesday.",
    "The mill, which is critical to the town, closed.",
])
def test_stance_adjective_of_a_thing_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Orlan is looking to put new limits on the harbor trade.",
     "Orlan", "is looking", "to put new limits on the harbor trade"),
    ("Republican leaders looked to stop the bleeding on Tuesday.",
     "Republican leaders", "looked", "to stop the bleeding on Tuesday"),
    ("The candidate strives to win the farm vote.",
     "The candidate", "strives", "to win the farm vote"),
])
def test_aiming_verb_with_infinitive_states_an_intention(found, text, speaker, cue,
                                                         content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "Kessler looked to his brother for advice.",
    "Kessler looked tired after the debate.",
])
def test_aiming_verb_without_infinitive_is_no_statement(found, text) -> None:
    assert found(text) == []


def test_appearance_of_make_without_predicate_is_no_statement(found) -> None:
    assert found("The talks seemed to make progress on Tuesday.") == []


@pytest.mark.parametrize("text", [
    "That said, Orlan cannot win the county outright.",
    "That being said, the mayor of Tarnvik will run again.",
    "This said, the board will meet again in May.",
])
def test_concessive_that_said_is_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Velasco found herself defending the budget again.", "found"),
    ("The old ferry company finds itself short of money this winter.", "finds"),
])
def test_finding_oneself_is_no_finding(found, text, cue) -> None:
    assert all(c != cue for _, c, _ in found(text))


def test_finding_a_clause_is_still_a_statement(found) -> None:
    assert ("Velasco", "found", "the wells were dry") in \
        found("Velasco found that the wells were dry.")


@pytest.mark.parametrize("text", [
    "Opposition to the tariff has galvanized supporters of Mr. Orlan.",
    "The council, which includes supporters of Orlan, met on Friday.",
    "Three firms cut their financial support for the Tarsk festival.",
    "The envoy sent military backing for the rebels in the hills.",
])
def test_holders_as_objects_and_material_help_are_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Velasco is a longtime supporter of the tariff.", "Velasco", "supporter", "the tariff"),
    ("Ames voiced strong support for the tariff.", "Ames", "voiced",
     "strong support for the tariff"),
])
def test_holder_and_voiced_support_stay_statements(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


@pytest.mark.parametrize("text", [
    "The race is close.\n\nSenator Orlan: Hang on.\n\nSenator Orlan has the most to lose here.",
    "The race is close.\n\nGovernor Velasco: A closing surge.\n\nThe governor drew big crowds.",
    "Members of the panel are below.\n\nOhio: Lena Ames, Piet Brandt, Olga Velasco.",
    "The vote is on Friday.\n\nBreaking: Senator Orlan Quits The Race In Tarnvik.",
    "The race is tight here.\n\nSenator Orlan: Just hang on.\n\nNo one has less at stake.",
])
def test_section_labels_rosters_and_alerts_are_no_statement(found, text) -> None:
    assert found(text) == []


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("The roads are bad.\n\nSenator Orlan: Taxes will rise in Tarnvik.", "Senator Orlan",
     "Taxes will rise in Tarnvik"),
    ("Governor Velasco: Time to act.", "Governor Velasco", "Time to act"),
])
def test_name_colon_claim_stays_a_statement(found, text, speaker, content) -> None:
    assert (speaker, ":", content) in found(text)


@pytest.mark.parametrize(("text", "speaker", "cue", "content"), [
    ("Governor Velasco listed her wins in the county.", "Governor Velasco", "listed", "her wins"),
    ("The Tarnvik Herald lists the mayor's wealth at $4 million.", "The Tarnvik Herald", "lists",
     "the mayor's wealth"),
])
def test_listing_is_a_statement(found, text, speaker, cue, content) -> None:
    assert (speaker, cue, content) in found(text)


def test_listed_for_sale_is_no_statement(found) -> None:
    assert found("The farm was listed for sale in May.") == []
