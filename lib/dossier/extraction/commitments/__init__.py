"""Commitments and events: who agrees, intends, explores, prioritises, calls for or
declares what, with whom, when, where, through which instrument.

`find_commitments(doc, text, actors, domains, quotes, published)` reads the article
sentence by sentence: triggers and verb frames (`triggers`), the sides each binds
(`arguments`), what words that name nobody stand for (`references`), date, place,
instrument, negation (`qualifiers`), and meetings, summits, signings, visits (`events`).
"""

from .find import find_commitments

__all__ = ["find_commitments"]
