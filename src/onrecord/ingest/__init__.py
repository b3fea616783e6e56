"""Readers that yield Articles (or Rejects naming the file, line and cause) from any input.

Public interface::

    read_inputs(paths, fields=FieldMap(), default_date=None) -> Iterator[Article | Reject]
    iter_located(paths, fields, default_date) -> Iterator[Located]   # + where each came from
    Deduplicator(...)                                                 # exact + MinHash LSH
"""

from onrecord.ingest.dedup import DedupConfig, Deduplicator  # noqa: F401
from onrecord.ingest.fields import FieldMap  # noqa: F401
from onrecord.ingest.readers import iter_located, read_inputs  # noqa: F401
from onrecord.ingest.records import Located  # noqa: F401
