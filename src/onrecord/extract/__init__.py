"""Clauses -> events and statements: cue and trigger lexicons, argument roles, modality, dates.

Public interface used by pipeline.py (keep it stable):

    found = extract_statements(doc, doc_actors)            # list[FoundStatement], in text order
    # pipeline assigns FoundStatement.id = "<doc_id>:s<n>"
    events = extract_events(doc, doc_actors, found, doc_date)   # list[schema.Event] with id ""
    # pipeline assigns Event.id = "<doc_id>:e<n>" in order of trigger start
    sentence_date(span, doc_date) -> (date | None, date_text | None)   # extract.dates
"""

from onrecord.extract.model import FoundStatement  # noqa: F401
