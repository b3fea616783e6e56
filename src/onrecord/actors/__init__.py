"""Mentions -> canonical actors: knowledge base with dated roles, agents, metonymy, coreference.

Public interface used by extract/ and pipeline.py (keep it stable):

    kb = load_knowledge_base(extra_files=())          # data files + user --actors files
    resolver = ActorResolver(kb)
    doc_actors = resolver.analyse(doc, date)           # one spaCy Doc, article date or None
    mention = doc_actors.actor_for(token)              # Mention | None for the phrase headed by token
    mentions = doc_actors.actors_for(token)            # list[Mention], splits coordination "X and Y"
    doc_actors.mentions                                # every resolved mention in the document
    mention.to_actor()                                 # -> schema.Actor (text/offsets of the local words)
    mention.reason, mention.kind, mention.members      # audit trail; group members ("both men")

Knowledge lives in ``actors/data`` (see its README.md); ``onrecord actors FILE`` audits it.
"""

from onrecord.actors.model import DocActors, Mention  # noqa: F401
from onrecord.actors.resolver import ActorResolver, load_knowledge_base  # noqa: F401
