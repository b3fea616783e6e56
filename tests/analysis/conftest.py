"""A small store for the analysis tests: two dyads over three weeks, with flags and no-dates.

Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from onrecord.analysis.testing import build_store, simple_document

USA = ("Washington", "United States", "USA", "USAGOV")
CHN = ("Beijing", "China", "CHN", "CHNGOV")
CHNMIL = ("Chinese ships", "China", "CHN", "CHNMIL")
NATO = ("NATO", "NATO", None, "IGOWSTNAT")


@pytest.fixture(scope="session")
def analysis_store(tmp_path_factory):
    docs = [
        simple_document("a1", "2024-05-06", [  # Monday of ISO week 19
            dict(actor=USA, verb="held talks with", recipient=CHN, event="CONSULT", cameo="040",
                 goldstein=1.0, quad_class=1),
            dict(actor=USA, verb="sent aid to", recipient=CHN, event="AID", cameo="070",
                 goldstein=7.0, quad_class=2),
            dict(actor=USA, verb="did not sanction", recipient=CHN, event="SANCTION", cameo="163",
                 goldstein=-8.0, quad_class=4, negated=True),
        ]),
        simple_document("a2", "2024-05-09", [
            dict(actor=CHNMIL, verb="blockaded", recipient=USA, event="COERCE", cameo="191",
                 goldstein=-9.5, quad_class=4),
            dict(actor=CHN, verb="might threaten", recipient=USA, event="THREATEN", cameo="130",
                 goldstein=-4.4, quad_class=3, hypothetical=True),
        ]),
        simple_document("a4", "2024-05-21", [
            dict(actor=("the government", None, None, "GOV"), verb="criticised", recipient=CHN,
                 event="ACCUSE", cameo="111", goldstein=-2.0, quad_class=3),
        ]),
        simple_document("a3", "2024-05-20", [
            dict(actor=USA, verb="accused", recipient=CHN, event="ACCUSE", cameo="112",
                 goldstein=-2.0, quad_class=3),
            dict(actor=NATO, verb="criticised", recipient=CHN, event="ACCUSE", cameo="111",
                 goldstein=-2.0, quad_class=3),
        ]),
    ]
    return build_store(tmp_path_factory.mktemp("analysis") / "a.duckdb", docs)


@pytest.fixture()
def con(analysis_store):
    import duckdb

    c = duckdb.connect(str(analysis_store), read_only=True)
    yield c
    c.close()
