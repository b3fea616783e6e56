"""A small store of hand-written test articles for the API and browser tests.

Three articles with events, a quote and flags, plus a weekly Armenia -> Azerbaijan series that
turns from talks to shelling (an escalation the alerts must find).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from onrecord.analysis.testing import build_store, simple_document

RUSMIL = ("Russian troops", "Russia", "RUS", "RUSMIL")
KHARKIV = ("Kharkiv", "Kharkiv", "UKR", "UKRCVL")


def sample_articles() -> list:
    """(Document, text) pairs; sentences written for these tests."""
    docs = [
        simple_document("kyiv-1", "2024-03-04", [
            dict(actor=RUSMIL, verb="shelled", recipient=KHARKIV, tail="overnight",
                 event="ASSAULT", cameo="195", goldstein=-10.0, quad_class=4),
            dict(actor=("Ukraine's foreign minister", "Dmytro Kuleba", "UKR", "UKRGOV"),
                 verb="met", recipient=("Polish officials", "Poland", "POL", "POLGOV"),
                 tail="in Warsaw", event="CONSULT", cameo="040", goldstein=1.0, quad_class=1),
            dict(actor=("Moscow", "Russia", "RUS", "RUSGOV"), verb="will not negotiate with",
                 recipient=("Kyiv", "Ukraine", "UKR", "UKRGOV"), event="REJECT", cameo="125",
                 goldstein=-5.0, quad_class=3, future=True,
                 said=("the Kremlin spokesman", "Dmitry Peskov", "RUS", "RUSGOV")),
        ], title="Shelling hits Kharkiv as Kyiv courts Warsaw"),
        simple_document("mideast-1", "2024-03-11", [
            dict(actor=("Egypt", "Egypt", "EGY", "EGYGOV"), verb="hosted talks with",
                 recipient=("Qatar", "Qatar", "QAT", "QATGOV"), tail="on a ceasefire",
                 event="CONSULT", cameo="043", goldstein=2.8, quad_class=1),
            dict(actor=("Israel", "Israel", "ISR", "ISRGOV"), verb="might sanction",
                 recipient=("Iranian banks", "Iran", "IRN", "IRNBUS"), event="SANCTION",
                 cameo="163", goldstein=-8.0, quad_class=4, hypothetical=True),
            dict(actor=("The United Nations", "United Nations", None, "IGOUNO"),
                 verb="sent food aid to", recipient=("Gaza", "Gaza", "PSE", "PSECVL"),
                 event="AID", cameo="073", goldstein=7.4, quad_class=2),
        ], title="Cairo talks <b>and</b> aid to Gaza"),
        simple_document("quotes-1", "2024-03-12", [
            dict(actor=("Germany", "Germany", "DEU", "DEUGOV"), verb="did not recognise",
                 recipient=("the vote", None, None, None), event=None,
                 said=("Olaf Scholz", "Olaf Scholz", "DEU", "DEUGOV")),
            dict(actor=("France", "France", "FRA", "FRAGOV"), verb="accused",
                 recipient=("Russia", "Russia", "RUS", "RUSGOV"), tail="of ' OR 1=1 -- tricks",
                 event="ACCUSE", cameo="112", goldstein=-2.0, quad_class=3,
                 said=("Emmanuel Macron", "Emmanuel Macron", "FRA", "FRAGOV")),
        ], title="Leaders speak"),
    ]
    arm = ("Armenia", "Armenia", "ARM", "ARMGOV")
    aze = ("Azerbaijan", "Azerbaijan", "AZE", "AZEGOV")
    armmil = ("Armenian forces", "Armenia", "ARM", "ARMMIL")
    azemil = ("Azerbaijani positions", "Azerbaijan", "AZE", "AZEMIL")
    monday = dt.date(2023, 10, 2)
    for week in range(18):
        day = (monday + dt.timedelta(weeks=week, days=1)).isoformat()
        if week < 15:
            clauses = [dict(actor=arm, verb="held talks with", recipient=aze, event="CONSULT",
                            cameo="040", goldstein=1.0, quad_class=1),
                       dict(actor=arm, verb="agreed a border plan with", recipient=aze,
                            event="AGREE", cameo="057", goldstein=8.0 if week % 2 else 6.0,
                            quad_class=1)]
        else:
            clauses = [dict(actor=armmil, verb="shelled", recipient=azemil, event="ASSAULT",
                            cameo="195", goldstein=-10.0, quad_class=4)] * 3
        docs.append(simple_document(f"caucasus-{week:02d}", day, clauses,
                                    title=f"Caucasus week {week}"))
    return docs


@pytest.fixture(scope="session")
def articles() -> list:
    return sample_articles()


@pytest.fixture(scope="session")
def store_path(tmp_path_factory, articles) -> Path:
    return build_store(tmp_path_factory.mktemp("store") / "test.duckdb", articles)


@pytest.fixture(scope="session")
def app(store_path):
    from onrecord.web import create_app

    return create_app(store_path, query_timeout=5.0)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c
