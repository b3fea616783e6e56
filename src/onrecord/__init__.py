"""onrecord: who did what to whom, and who said what, coded from news with evidence.

Public API::

    from onrecord import Coder, Article, code_text
    doc = code_text("Russia accused Ukraine of shelling the plant.", date="2024-05-01")
"""

__version__ = "0.1.0"

from onrecord.schema import Actor, Article, Document, Event, Reject, Span, Statement  # noqa: E402


def __getattr__(name: str):
    # Coder pulls in spaCy; import it lazily so `import onrecord` stays cheap.
    if name in ("Coder", "code_text"):
        from onrecord import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = ["Actor", "Article", "Coder", "Document", "Event", "Reject", "Span", "Statement",
           "code_text", "__version__"]
