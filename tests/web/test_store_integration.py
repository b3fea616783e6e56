"""The API over a database written by onrecord.store (the ingest writer), not the test helper.

Catches drift between the store's tables and what the web app reads.
"""

from __future__ import annotations

import pytest

from onrecord.schema import text_hash


def test_api_reads_a_store_written_by_the_ingest_writer(tmp_path, articles):
    store_mod = pytest.importorskip("onrecord.store")
    from fastapi.testclient import TestClient

    from onrecord.web import create_app

    db = tmp_path / "ingested.duckdb"
    with store_mod.Store(db) as store:
        store.write_batch([store_mod.DocumentEntry(document=doc, text=text,
                                                   text_hash=text_hash(text), coder_version="t")
                           for doc, text in articles])
    with TestClient(create_app(db, warm=False), raise_server_exceptions=False) as client:
        page = client.get("/api/events", params={"actor": "RUS", "type": "ASSAULT"}).json()
        assert [e["trigger_text"] for e in page["items"]] == ["shelled"]
        doc = client.get("/api/documents/kyiv-1").json()
        assert doc["text"].startswith("Russian troops shelled Kharkiv")
        assert len(doc["events"]) == 3 and len(doc["statements"]) == 1
        alerts = client.get("/api/alerts").json()["items"]
        assert [(a["actor"], a["recipient"]) for a in alerts] == [("ARM", "AZE")]
        assert client.get("/api/statements", params={"speaker": "Peskov"}).json()["total"] == 1
