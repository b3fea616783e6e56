"""Statements: passages written for these tests go in, the expected statements come out.

Covers direct quotes, reported speech, mixed statements, speaker resolution and non-statements.
"""

from __future__ import annotations

import pytest

# Each case: (name, text, expected). Expected statements are (speaker, cue, content, kind): speaker
# is a word that must appear in the produced speaker's text or name, cue the exact cue text (None
# for a quote with no cue), content the exact content text. [] means no statement at all.
CASES: list[tuple[str, str, list[tuple[str, str | None, str, str]]]] = [
    # -- attributions beyond speech (PolNeAR-style stances, beliefs, nominal cues) ----------
    ("stance_noun_possessor", "The unions ignored his criticism of the plan.",
     [("his", "criticism", "the plan", "indirect")]),
    ("stance_noun_possessor_is_subject", "The senator stepped up her critique of the trade deal.",
     [("senator", "critique", "the trade deal", "indirect")]),
    ("relative_pronoun_speaker", "Most of the voters who support the mayor are retired.",
     [("who", "support", "the mayor", "indirect")]),
    ("stance_noun_light_verb", "The governor made several allegations against the contractor.",
     [("governor", "allegations", "the contractor", "indirect")]),
    ("noun_question_about", "The mayor has raised questions about the contract.",
     [("mayor", "questions", "the contract", "indirect")]),
    ("noun_under_verb_cue", "He voiced his support for the new law.",
     [("He", "voiced", "his support for the new law", "indirect")]),
    ("particle_comment_on", "The senator commented on the new budget.",
     [("senator", "commented", "the new budget", "indirect")]),
    ("particle_vote_for", "About 40 percent of the students would vote for the senator.",
     [("students", "would vote", "the senator", "indirect")]),
    ("topic_preposition", "The senator complained about the delays at the airport.",
     [("senator", "complained", "the delays at the airport", "indirect")]),
    ("belief_mislemmatised", "The governor hopes the new law will pass.",
     [("governor", "hopes", "the new law will pass", "indirect")]),
    ("stance_verb_tagged_noun", "Most farmers in the district support the governor.",
     [("farmers", "support", "the governor", "indirect")]),
    ("declined_to_comment_on", "The spokesman declined to comment on the report.", []),
    ("stance_adjective", "The minister is confident that the talks will succeed.",
     [("minister", "confident", "the talks will succeed", "indirect")]),
    ("stance_adjective_negated", "The senator was not sure the bill would pass.", []),
    ("stance_adjective_expletive", "It is certain that prices will rise.", []),
    ("that_quote_misattached",
     "The senator is telling diners at a busy breakfast spot that “I need you tomorrow.”",
     [("senator", "is telling", "I need you tomorrow.", "direct")]),
    ("nested_stance_is_content", "The senator says he opposes the new tax.",
     [("senator", "says", "he opposes the new tax", "indirect")]),
    ("nested_report_kept", "The senator said the minister told her that the talks had failed.",
     [("senator", "said", "the minister told her that the talks had failed", "indirect"),
      ("minister", "told", "the talks had failed", "indirect")]),
    ("light_verb_noun_clause", "The senator also made the point that the budget was too small.",
     [("senator", "point", "the budget was too small", "indirect")]),
    ("no_mention", "The senator made no mention of the budget.", []),
    ("as_reported", "As the newspaper reported last week, the minister resigned in March.",
     [("newspaper", "reported", "the minister resigned in March", "indirect")]),
    ("as_expected_no_statement", "As expected, the minister resigned.", []),
    ("evidence_verb_document", "A new poll showed a narrow gap between the two candidates.",
     [("poll", "showed", "a narrow gap between the two candidates", "indirect")]),
    ("evidence_verb_person_no_statement", "The minister showed the visitors around the plant.",
     []),
    ("see_as", "Four in 10 voters see the mayor as the stronger candidate.",
     [("voters", "see", "the mayor as the stronger candidate", "indirect")]),
    ("manner_verb_quote", "“Go home,” the senator barked and a guard escorted the man out.",
     [("senator", "barked", "Go home", "direct")]),
    ("particle_quote_after", "Hillary shot back, “I could have stayed home, but I chose to work.”",
     [("Hillary", "shot", "I could have stayed home, but I chose to work.", "direct")]),
    ("particle_quote_before", "“We will not pay,” the mayor fired back.",
     [("mayor", "fired", "We will not pay", "direct")]),
    ("particle_no_speech", "The soldiers shot back at the attackers.", []),
    ("headline_colon_title", "Former Minister Jones: Europe must stand together.\n\n"
     "The summit opens today.",
     [("Jones", ":", "Europe must stand together", "indirect")]),
    ("headline_colon_label", "Update: The road is closed.\n\nThe summit opens today.", []),
    ("headline_title_case_verb", "Senator Jones Slams Governor Smith: He Is A Fraud.\n\n"
     "The summit opens today.",
     [("Jones", "Slams", "Governor Smith", "indirect")]),
    ("quote_continued_next_sentence",
     '"The border stays open," the mayor said. "Trucks will keep moving all night."',
     [("mayor", "said", 'The border stays open," the mayor said. "Trucks will keep moving all '
       'night.', "direct")]),
    # -- direct quotes ------------------------------------------------------------------------
    ("quote_first", '"We will not back down," Lavrov said.',
     [("Lavrov", "said", "We will not back down", "direct")]),
    ("inverted", '"The sanctions are illegal," said Sergei Lavrov, the Russian foreign minister.',
     [("Lavrov", "said", "The sanctions are illegal", "direct")]),
    ("colon", 'Lavrov said: "The sanctions are illegal and they will fail."',
     [("Lavrov", "said", "The sanctions are illegal and they will fail.", "direct")]),
    ("parenthetical_quote", '"The talks," Lavrov said, "are over for now."',
     [("Lavrov", "said", 'The talks," Lavrov said, "are over for now.', "direct")]),
    ("curly_told", "“We are ready for talks,” the minister told reporters on Monday.",
     [("minister", "told", "We are ready for talks", "direct")]),
    ("multi_sentence", '"We are ready. We have always been ready," Putin said on Friday.',
     [("Putin", "said", "We are ready. We have always been ready", "direct")]),
    ("multi_paragraph",
     'Merkel said: "Europe must stand together in this crisis.\n\n'
     '"No country can face these threats alone."',
     [("Merkel", "said", 'Europe must stand together in this crisis.\n\n'
       '"No country can face these threats alone.', "direct")]),
    ("multi_paragraph_cue_last",
     '"The border will stay closed until the attacks stop.\n\n'
     '"We have no other choice," the Turkish defence minister told parliament.',
     [("minister", None, "The border will stay closed until the attacks stop.", "direct"),
      ("minister", "told", "We have no other choice", "direct")]),
    ("three_paragraphs",
     'The general said: "Our troops are ready.\n\n"They have trained for months.\n\n'
     '"They will do their duty."',
     [("general", "said", 'Our troops are ready.\n\n"They have trained for months.\n\n'
       '"They will do their duty.', "direct")]),
    ("follow_on_paragraph",
     '"Turkey will not accept this," Erdogan said.\n\n'
     '"Our patience has limits and everyone should know it."',
     [("Erdogan", "said", 'Turkey will not accept this," Erdogan said.\n\n'
       '"Our patience has limits and everyone should know it.', "direct")]),
    ("follow_on_same_paragraph",
     '"We are ready," Erdogan said. "But we will not wait forever for an answer."',
     [("Erdogan", "said", 'We are ready," Erdogan said. "But we will not wait forever for an '
       'answer.', "direct")]),
    ("unclosed_quote", 'Lavrov said: "We will respond to any attack on our territory.',
     [("Lavrov", "said", "We will respond to any attack on our territory.", "direct")]),
    ("nested_marks",
     "\"They called it 'a provocation', and we agree with them,\" Zakharova said.",
     [("Zakharova", "said", "They called it 'a provocation', and we agree with them", "direct")]),
    ("single_marks", "'We will fight for every village,' the general said.",
     [("general", "said", "We will fight for every village", "direct")]),
    ("guillemets", "The minister said: «We are ready to sign the agreement.»",
     [("minister", "said", "We are ready to sign the agreement.", "direct")]),
    ("adding_later_quote",
     "“We cannot afford this anymore,” Trump said, adding later, “NATO is costing us a fortune.”",
     [("Trump", "said", "We cannot afford this anymore", "direct"),
      ("Trump", "adding", "NATO is costing us a fortune.", "direct")]),
    ("embassy_statement",
     '"This is unacceptable interference," the Chinese embassy said in a statement.',
     [("embassy", "said", "This is unacceptable interference", "direct")]),
    ("added_after_indirect",
     'Lavrov said the talks had failed. "We gave them every chance," he added.',
     [("Lavrov", "said", "the talks had failed", "indirect"),
      ("Lavrov", "added", "We gave them every chance", "direct")]),
    ("document_read",
     'The statement read: "The United States must change its hostile policy."',
     [("statement", "read", "The United States must change its hostile policy.", "direct")]),
    ("dash_signed", '"We will never surrender our land." ― Petro Poroshenko',
     [("Poroshenko", "―", "We will never surrender our land.", "direct")]),
    ("inverted_with_apposition",
     "“The campaign is in panic mode. Full panic mode,” said Leslie Wimes, a Florida-based "
     "party official.",
     [("Wimes", "said", "The campaign is in panic mode. Full panic mode", "direct")]),
    ("quote_then_inverted_long",
     '"Nobody can dictate to us," said the spokesman for the Iranian foreign ministry.',
     [("spokesman", "said", "Nobody can dictate to us", "direct")]),
    ("continued_without_mark",
     'Al Jazeera notes that "the envoy served on the team at the Camp David talks.\n\n'
     'He began his career in 1980 and was sent to Iraq in 1991."',
     [("Jazeera", "notes", "the envoy served on the team at the Camp David talks.\n\n"
       "He began his career in 1980 and was sent to Iraq in 1991.", "direct")]),
    ("but_follow_on",
     '"At this stage there is no escalation," Yaalon said. '
     'But "if the missiles reach Syria, we will know what to do."',
     [("Yaalon", "said", "At this stage there is no escalation", "direct"),
      ("Yaalon", None, "if the missiles reach Syria, we will know what to do.", "direct")]),
    ("colon_then_paragraph",
     'The ministry statement read:\n\n"We will never accept this humiliating demand."',
     [("statement", "read", "We will never accept this humiliating demand.", "direct")]),
    # -- indirect speech ----------------------------------------------------------------------
    ("said_that", "Lavrov said that Russia would respond to the new sanctions.",
     [("Lavrov", "said", "Russia would respond to the new sanctions", "indirect")]),
    ("said_no_that", "Lavrov said Russia would respond to the new sanctions.",
     [("Lavrov", "said", "Russia would respond to the new sanctions", "indirect")]),
    ("according_front", "According to the ministry, two soldiers were killed in the attack.",
     [("ministry", "According to", "two soldiers were killed in the attack", "indirect")]),
    ("according_back", "Two soldiers were killed in the attack, according to the ministry.",
     [("ministry", "according to", "Two soldiers were killed in the attack", "indirect")]),
    ("according_back_relative",
     "Two soldiers died in the raid, according to the ministry, which gave no other details.",
     [("ministry", "according to", "Two soldiers died in the raid", "indirect")]),
    ("block_after_colon",
     "The governor added:\n\nThe decision is typical of the government. It knows nothing.",
     [("governor", "added", "The decision is typical of the government. It knows nothing",
       "indirect")]),
    ("told_reporters", "Putin told reporters that the talks had failed.",
     [("Putin", "told", "the talks had failed", "indirect")]),
    ("insisted", "The minister insisted that the deal was still alive.",
     [("minister", "insisted", "the deal was still alive", "indirect")]),
    ("claimed", "Iran claimed the drone had entered its airspace.",
     [("Iran", "claimed", "the drone had entered its airspace", "indirect")]),
    ("warned", "The army warned that it would retaliate against any incursion.",
     [("army", "warned", "it would retaliate against any incursion", "indirect")]),
    ("denied_clause", "Russia denied that its troops had crossed the border.",
     [("Russia", "denied", "its troops had crossed the border", "indirect")]),
    ("argued", "Several analysts argued that the sanctions had failed.",
     [("analysts", "argued", "the sanctions had failed", "indirect")]),
    ("noun_accusation", "Nato's accusation that Russia broke the treaty angered Moscow.",
     [("Nato", "accusation", "Russia broke the treaty", "indirect")]),
    ("noun_statement", "Traders were surprised by the ministry's statement that the border would close.",
     [("ministry", "statement", "the border would close", "indirect")]),
    ("in_a_statement",
     "In a statement, the Foreign Ministry said the ambassador had been summoned.",
     [("Ministry", "said", "the ambassador had been summoned", "indirect")]),
    ("passive_announced", "It was announced by the presidency that the summit was cancelled.",
     [("presidency", "was announced", "the summit was cancelled", "indirect")]),
    ("readout", "A readout from the Kremlin said the two leaders discussed Ukraine.",
     [("readout", "said", "the two leaders discussed Ukraine", "indirect")]),
    ("said_in_statement_that", "The ministry said in a statement that the talks would resume.",
     [("ministry", "said", "the talks would resume", "indirect")]),
    ("denies_gerund", "Russia denies building the missiles.",
     [("Russia", "denies", "building the missiles", "indirect")]),
    ("accused_of", "NATO accused Russia of breaking the treaty.",
     [("NATO", "accused", "Russia of breaking the treaty", "indirect")]),
    ("urged_to", "The UN urged both sides to respect the ceasefire.",
     [("UN", "urged", "both sides to respect the ceasefire", "indirect")]),
    ("coordinated_speakers", "The US and the EU say the sanctions can be eased.",
     [("US", "say", "the sanctions can be eased", "indirect"),
      ("EU", "say", "the sanctions can be eased", "indirect")]),
    ("appositive_speaker",
     "Maria Zakharova, the ministry's spokeswoman, said the report was false.",
     [("Zakharova", "said", "the report was false", "indirect")]),
    ("relative_clause_speaker",
     "The French president, who spoke in Paris, said the alliance was strong.",
     [("president", "said", "the alliance was strong", "indirect")]),
    ("adding_that",
     "Erdogan said Turkey would not join, adding that the decision was final.",
     [("Erdogan", "said", "Turkey would not join", "indirect"),
      ("Erdogan", "adding", "the decision was final", "indirect")]),
    ("parenthetical_indirect", "The talks, the minister said, will continue next week.",
     [("minister", "said", "The talks, the minister said, will continue next week", "indirect")]),
    ("sources_say", "Sources say the deal is close.",
     [("Sources", "say", "the deal is close", "indirect")]),
    ("belief", "Western officials believe the attack was planned for months.",
     [("officials", "believe", "the attack was planned for months", "indirect")]),
    ("spokesman_told_media",
     "Iran's foreign ministry spokesman Nasser Kanaani told state media the claims were baseless.",
     [("Kanaani", "told", "the claims were baseless", "indirect")]),
    # -- mixed --------------------------------------------------------------------------------
    ("mixed_fragment", 'Lavrov said the sanctions were "an act of economic war."',
     [("Lavrov", "said", 'the sanctions were "an act of economic war."', "mixed")]),
    ("mixed_middle", 'Pyongyang said the US attitude was "extremely troubling" for the talks.',
     [("Pyongyang", "said", 'the US attitude was "extremely troubling" for the talks',
       "mixed")]),
    ("mixed_wrote", "Ukraine's president wrote that the attack was “barbaric” and cowardly.",
     [("president", "wrote", "the attack was “barbaric” and cowardly", "mixed")]),
    # -- speakers resolved --------------------------------------------------------------------
    ("pronoun_one_back",
     'Maria Zakharova spoke on Thursday. She said the accusation was "absurd."',
     [("Zakharova", "said", 'the accusation was "absurd."', "mixed")]),
    ("pronoun_two_back",
     "Chinese Foreign Minister Wang Yi arrived in Moscow on Monday. The visit lasted two days. "
     '"Our ties are stronger than ever," he said.',
     [("Wang", "said", "Our ties are stronger than ever", "direct")]),
    ("according_to_her",
     "Maria Zakharova held a briefing on Friday. According to her, the talks failed.",
     [("Zakharova", "According to", "the talks failed", "indirect")]),
    ("pronoun_after_statement",
     "Lavrov said Moscow was ready to talk. He said the West had refused every offer.",
     [("Lavrov", "said", "Moscow was ready to talk", "indirect"),
      ("Lavrov", "said", "the West had refused every offer", "indirect")]),
    ("description_speaker",
     "Vladimir Putin met reporters in Sochi. The Russian leader said the West was to blame.",
     [("leader", "said", "the West was to blame", "indirect")]),
    ("earlier_document",
     'North Korea issued a statement on Sunday. The statement said the talks were "regrettable."',
     [("Korea", "said", 'the talks were "regrettable."', "mixed")]),
    ("headline_colon", "Putin: Russia will respond to NATO expansion\n\nThe Kremlin said more.",
     [("Putin", ":", "Russia will respond to NATO expansion", "indirect")]),
    # -- not statements -----------------------------------------------------------------------
    ("first_person_inside", '"I think the deal is dead," Lavrov said.',
     [("Lavrov", "said", "I think the deal is dead", "direct")]),
    ("question_sentence", "Did Lavrov say that Russia would respond?", []),
    ("scare_quotes", 'The so-called "peace plan" was rejected by both parties.', []),
    ("title_in_quotes", 'He read the novel "War and Peace" on the long flight home.', []),
    ("asked_whether", "Lavrov asked whether the talks would resume.", []),
    ("quoted_question", '"Why should we trust them?" Lavrov asked.', []),
    ("film_title", 'The film "The Interview" angered officials in Pyongyang.', []),
    ("negated", "Lavrov did not say whether Russia would respond.", []),
    ("writer_opinion", "I believe the sanctions will fail.", []),
    ("declined", "The spokesman declined to comment on the report.", []),
    ("asked_about",
     "Asked about the prisoner exchange, Psaki said the decision was up to Nigeria.",
     [("Psaki", "said", "the decision was up to Nigeria", "indirect")]),
    ("asked_for_loan", "Rosneft asked the government for a large loan.", []),
    ("asked_to", "The UN asked both sides to respect the truce.",
     [("UN", "asked", "both sides to respect the truce", "indirect")]),
    ("trailing_reports",
     "The minister said on Sunday that talks would resume in Geneva, Reuters reports.",
     [("Reuters", "reports", "The minister said on Sunday that talks would resume in Geneva",
       "indirect"),
      ("minister", "said", "talks would resume in Geneva", "indirect")]),
]


@pytest.fixture(scope="module")
def extract(nlp):
    from onrecord.actors import ActorResolver, load_knowledge_base
    from onrecord.extract.statements import extract_statements

    resolver = ActorResolver(load_knowledge_base())

    def run(text: str):
        doc = nlp(text)
        return doc, extract_statements(doc, resolver.analyse(doc))

    return run


def _matches(found, expected) -> bool:
    speaker, cue, content, kind = expected
    who = f"{found.speaker.text} {found.speaker.name or ''}"
    return (speaker in who and (found.cue.text if found.cue else None) == cue
            and found.content.text == content and found.kind == kind)


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_passage(extract, name, text, expected):
    _, found = extract(text)
    produced = [(s.speaker.text, s.speaker.name, s.cue.text if s.cue else None, s.content.text,
                 s.kind) for s in found]
    assert len(found) == len(expected), produced
    for exp in expected:
        assert any(_matches(s, exp) for s in found), (exp, produced)


def test_at_least_sixty_passages():
    assert len(CASES) >= 60


def test_offsets_and_tokens_agree(extract):
    text = ("Maria Zakharova spoke on Thursday. She said the accusation was \"absurd.\"\n\n"
            "\"We will respond,\" Lavrov said. \"Nobody should doubt that for a moment.\"")
    doc, found = extract(text)
    assert found, "expected statements"
    sents = list(doc.sents)
    for s in found:
        assert text[s.content.start:s.content.end] == s.content.text
        assert text[s.speaker.start:s.speaker.end] == s.speaker.text
        a, b = s.content_tokens
        assert doc[a:b].start_char <= s.content.start and doc[a:b].end_char >= s.content.end
        if s.cue is not None:
            assert text[s.cue.start:s.cue.end] == s.cue.text
            assert s.cue.start <= doc[s.cue_token].idx < s.cue.end
            assert sents[s.sentence].start <= s.cue_token < sents[s.sentence].end
        else:
            assert s.cue_token is None
    assert [s.content.start for s in found] == sorted(s.content.start for s in found)


def test_speaker_of_cueless_quote_is_previous_speaker(extract):
    _, found = extract('"We will respond," Lavrov said. "Nobody should doubt that for a moment."'
                       '\n\nThe minister spoke in Moscow.\n\n"Our answer will be firm."')
    assert len(found) == 2
    assert found[1].cue is None
    assert found[1].speaker.text == found[0].speaker.text == "Lavrov"
    assert found[1].speaker_mention is found[0].speaker_mention


def test_unresolved_pronoun_keeps_local_text(extract):
    _, found = extract('"The weather will turn," she said.')
    assert len(found) == 1
    assert found[0].speaker.text == "she"
    assert found[0].speaker.name is None


def test_unresolved_named_speaker_uses_its_name(extract):
    _, found = extract("Bartholomew Quigley said the bridge would reopen in June.")
    assert found[0].speaker.text == "Bartholomew Quigley"
    assert found[0].speaker.name == "Bartholomew Quigley"


def test_empty_document(extract):
    assert extract("")[1] == []
