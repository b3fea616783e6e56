"""Readers that yield Articles (or Rejects naming the file, line and cause) from any input.

Public interface::

    read_inputs(paths, fields=FieldMap(), default_date=None) -> Iterator[Article | Reject]
"""

from onrecord.ingest.fields import FieldMap  # noqa: F401
from onrecord.ingest.readers import read_inputs  # noqa: F401
