"""The web side: a read-only FastAPI app (JSON API + dashboard) over the DuckDB store.

Public API: `create_app(db_path, query_timeout=5.0)`; `onrecord serve` runs it with uvicorn.
"""

from __future__ import annotations

from onrecord.web.app import create_app

__all__ = ["create_app"]
