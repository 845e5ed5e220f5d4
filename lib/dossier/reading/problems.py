"""What can go wrong with an input file: a Problem row (path, severity, code, message)
and the ReadError that carries one out of the reading."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    path: str
    severity: str  # "error": the file yields no tables; "warning": it does, with a caveat
    code: str
    message: str


class ReadError(Exception):
    """A file that yields no article; carries its problems-table code."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
