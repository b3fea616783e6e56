"""Pinned values of the PLOVER and CAMEO tables and of the mappings between them.

Values checked against the CAMEO codebook, CAMEO2PLOVER-2021 and the PLOVER manual.
"""

from __future__ import annotations

import pytest

from onrecord import ontology as ont
from onrecord.schema import PLOVER_EVENTS


def test_sixteen_types_match_schema() -> None:
    assert len(ont.PLOVER_TYPES) == 16
    assert set(ont.PLOVER_TYPES) == set(PLOVER_EVENTS)


def test_cameo_table_is_complete() -> None:
    codes = ont.cameo_codes()
    assert len(codes) == 312
    roots = {ont.cameo_info(c).root for c in codes}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


@pytest.mark.parametrize(
    ("code", "goldstein", "root", "quad"),
    [
        ("190", -10.0, "19", 4),
        ("051", 3.4, "05", 1),
        ("040", 1.0, "04", 1),
        ("0311", 5.2, "03", 1),
        ("1121", -2.0, "11", 3),
        ("073", 7.4, "07", 2),
        ("090", -2.0, "09", 2),
        ("145", -7.5, "14", 3),
        ("173", -5.0, "17", 4),
        ("2042", -10.0, "20", 4),
    ],
)
def test_cameo_values(code: str, goldstein: float, root: str, quad: int) -> None:
    info = ont.cameo_info(code)
    assert info.goldstein == goldstein
    assert info.root == root
    assert info.quad_class == quad
    assert ont.goldstein(code) == goldstein and ont.quad_class(code) == quad


def test_cameo_names_and_validity() -> None:
    assert ont.cameo_info("1121").name.lower().startswith("accuse of crime")
    assert ont.is_valid_cameo("1121")
    assert ont.is_valid_cameo(" 042 ")
    assert not ont.is_valid_cameo("999")
    assert not ont.is_valid_cameo("")
    with pytest.raises(KeyError):
        ont.cameo_info("0999")


@pytest.mark.parametrize(
    ("code", "event", "mode", "context"),
    [
        ("0311", "AGREE", None, ["economic"]),
        ("041", "CONSULT", "phone", []),
        ("042", "CONSULT", "visit", []),
        ("1121", "ACCUSE", "allege", ["crime", "corruption"]),
        ("091", "ACCUSE", "investigate", ["crime", "corruption"]),
        ("084", "RETREAT", None, []),
        ("081", "CONCEDE", None, ["legal"]),
        ("0871", "RETREAT", "ceasefire", ["military"]),
        ("173", "COERCE", "arrest", ["legal"]),
        ("192", "COERCE", "seize", ["military"]),
        ("193", "ASSAULT", "firearms", ["military"]),
        ("163", "SANCTION", "discontinue", ["economic"]),
        ("186", "ASSAULT", "targeted", []),
    ],
)
def test_plover_for_cameo(code: str, event: str, mode: str | None, context: list[str]) -> None:
    label = ont.plover_for_cameo(code)
    assert (label.event, label.mode, label.context) == (event, mode, context)


def test_plover_for_cameo_falls_back_to_parent() -> None:
    # an unlisted 4-digit child falls back to its 3-digit parent, a root to its own row
    assert ont.plover_for_cameo("1419").event == "PROTEST"
    assert ont.plover_for_cameo("1419").mode == "demo"
    assert ont.plover_for_cameo("19").event == "ASSAULT"


def test_dropped_roots_have_no_plover() -> None:
    with pytest.raises(KeyError, match="no PLOVER"):
        ont.plover_for_cameo("010")
    with pytest.raises(KeyError, match="no PLOVER"):
        ont.plover_for_cameo("0214")


def test_every_cameo_code_outside_01_02_maps() -> None:
    for code in ont.cameo_codes():
        if code[:2] in ("01", "02"):
            continue
        label = ont.plover_for_cameo(code)
        assert label.event in ont.PLOVER_TYPES
        assert ont.is_valid_mode(label.event, label.mode), code
        assert set(label.context) <= set(ont.plover_contexts()), code


@pytest.mark.parametrize(
    ("event", "mode", "code"),
    [
        ("CONSULT", None, "040"),
        ("CONSULT", "phone", "041"),
        ("CONSULT", "visit", "042"),
        ("ACCUSE", "allege", "112"),
        ("ACCUSE", "investigate", "090"),
        ("ASSAULT", None, "190"),
        ("ASSAULT", "aerial", "195"),
        ("COERCE", "arrest", "173"),
        ("SANCTION", "discontinue", "163"),
        ("REQUEST", "meet", "106"),
        ("AGREE", None, "030"),
        ("AGREE", "no-such-mode", "030"),
    ],
)
def test_cameo_for_plover(event: str, mode: str | None, code: str) -> None:
    assert ont.cameo_for_plover(event, mode) == code


def test_reverse_mapping_is_consistent() -> None:
    for event in ont.PLOVER_TYPES:
        for mode in [None, *ont.plover_modes(event)]:
            code = ont.cameo_for_plover(event, mode)
            assert ont.is_valid_cameo(code), (event, mode, code)
            assert ont.plover_for_cameo(code).event == event, (event, mode, code)


def test_plover_modes_and_scores() -> None:
    assert ont.plover_modes("CONSULT") == ["visit", "third-party", "multilateral", "phone"]
    assert "allege" in ont.plover_modes("accuse")
    assert ont.plover_modes("AGREE") == []
    assert "heavy-weapons" in ont.plover_modes("ASSAULT")
    assert ont.plover_score("ASSAULT") == -9.0
    assert ont.plover_score("CONSULT", "visit") == 4.0
    assert ont.plover_score("CONSULT", "nonsense") == 2.5
    assert ont.plover_type("COOPERATE").requires_recipient
    assert ont.plover_type("PROTEST").quad_class == 4
    with pytest.raises(KeyError):
        ont.plover_modes("APPEAL")


def test_contexts_and_sectors() -> None:
    contexts = ont.plover_contexts()
    assert {"military", "diplomatic", "human_rights", "cbrn", "territory"} <= set(contexts)
    assert len(contexts) == 37
    sectors = ont.sector_codes()
    assert {"GOV", "MIL", "COP", "SPY", "REB", "IGO", "UNO"} <= set(sectors)
