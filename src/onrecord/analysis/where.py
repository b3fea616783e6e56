"""A WHERE clause built condition by condition, each user value a ``?`` parameter.

Shared by the analysis queries (dyad series, alerts) and the web API's searches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


def is_set(value: Any) -> bool:
    """A filter value that applies: not None, and not an empty string or list (False applies)."""
    if value is None:
        return False
    if isinstance(value, str | list | tuple):
        return len(value) > 0
    return True


@dataclass
class Where:
    """SQL conditions joined with AND, with their parameters in placeholder order."""

    conditions: list[str] = field(default_factory=list)
    params: list[Any] = field(default_factory=list)

    def add(self, sql: str, *params: Any) -> Where:
        """Add a condition and its parameters."""
        self.conditions.append(sql)
        self.params.extend(params)
        return self

    def add_if(self, value: Any, sql: str, repeat: int = 1) -> Where:
        """Add ``sql`` with ``value`` as its parameter (``repeat`` times) when the value is set."""
        if is_set(value):
            self.add(sql, *([value] * repeat))
        return self

    def add_in(self, column: str, values: list[Any]) -> Where:
        """``column IN (?, ...)`` when ``values`` is not empty (``column`` is a trusted identifier)."""
        if values:
            self.add(f"{column} IN ({', '.join('?' for _ in values)})", *values)
        return self

    def date_range(self, date_from: dt.date | None, date_to: dt.date | None,
                   column: str = "date") -> Where:
        """The inclusive bounds that are set."""
        self.add_if(date_from, f"{column} >= ?")
        self.add_if(date_to, f"{column} <= ?")
        return self

    def build(self, empty: str = "TRUE") -> tuple[str, list[Any]]:
        """The clause (``empty`` when there is no condition) and its parameters."""
        return (" AND ".join(self.conditions) or empty), self.params
