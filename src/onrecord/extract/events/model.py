"""The Candidate record (an event in the making) and the event-type groups the coder's rules
share; every module of extract.events and its EventCoder (events/__init__.py) build on these."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from onrecord.extract.modality import Modality
from onrecord.extract.triggers import Match, Sense

CONFLICT_TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                            "COERCE", "ASSAULT", "REQUEST"})
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})
MATERIAL_CONFLICT = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
# frames whose event is the saying, not the act said ("threatened to boycott": CAMEO 133)
VERBAL_FRAMES = frozenset({"THREATEN", "REQUEST", "REJECT"})
WH_TAGS = frozenset({"WP", "WDT", "WRB", "WP$"})   # what, which, why, whose: a clause they open asks
FALLBACK_ENTITIES = frozenset({"ORG", "NORP", "PERSON"})
AGENT_PHRASE = "event subject names unlisted agents"


@dataclass
class Candidate:
    """An event in the making: sense, trigger tokens, the clause it sits in and its arguments."""

    sense: Sense
    match: Match
    tokens: list[Token]
    clause: Token                          # the verb (or adjective/noun) whose clause it is
    actor_tokens: list[Token] = field(default_factory=list)
    recipient_tokens: list[Token] = field(default_factory=list)
    modality: Modality = field(default_factory=Modality)
    frame: str | None = None
    confidence: float = 0.6
    clause_top: Token | None = None        # the outermost clause a frame walk reached
    composed_gov: Token | None = None      # the frame word folded into this event
    commitment: bool = False               # composed from "agreed that X will ...": the will is
    #                                        the agreement's content, not the event's modality
