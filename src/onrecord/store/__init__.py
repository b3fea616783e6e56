"""The DuckDB store of coded documents: idempotent batch writes, dedup state, exports.

Public interface::

    Store(path=None, read_only=False)  .write_batch(...) .seen(ids) .export(to, table) .counts()
    default_db_path()                  # $ONRECORD_DB or ./onrecord.duckdb
"""

from onrecord.store.store import (  # noqa: F401
    DEFAULT_DB,
    DocumentEntry,
    IndexEntry,
    Store,
    StoredDoc,
    StoreError,
    default_db_path,
)
