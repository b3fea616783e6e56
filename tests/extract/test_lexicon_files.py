"""The extract lexicons hold words: YAML's bare `no`, `on`, `off`, `yes` must not turn into booleans."""

from importlib.resources import files

import pytest
import yaml

LEXICONS = sorted(p.name for p in files("onrecord.extract").joinpath("data").iterdir()
                  if p.name.endswith(".yaml"))


def _word_lists(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _word_lists(value, (*path, key))
    elif isinstance(node, list):
        if any(isinstance(v, str) for v in node):
            yield path, node
        for i, value in enumerate(node):
            if isinstance(value, (dict, list)):
                yield from _word_lists(value, (*path, i))


@pytest.mark.parametrize("name", LEXICONS)
def test_word_lists_hold_no_booleans(name):
    data = yaml.safe_load(files("onrecord.extract").joinpath("data", name).read_text("utf-8"))
    for path, words in _word_lists(data):
        assert not any(isinstance(w, bool) for w in words), f"{name} {path}: quote no/on/off/yes"


def test_hot_word_lists_are_read_once_as_sets():
    # modality and speech-act rules test membership on every clause: no set is built per call
    from onrecord.extract.speech_acts.rules import speech_rules
    from onrecord.extract.triggers import load_lexicon

    frames = load_lexicon().frames
    for table in (frames["modality"], frames["speech_acts"], speech_rules()):
        for path, words in _word_lists(table):
            raise AssertionError(f"{path}: a list left unfrozen ({words[:3]})")
    assert "would" in frames["modality"]["hypothetical_aux"]
    assert isinstance(speech_rules()["directives"]["mandative_verbs"], frozenset)
