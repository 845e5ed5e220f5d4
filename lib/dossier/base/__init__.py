"""Floor 0, base: what every floor uses and that knows nothing of articles.

`text` (folding for comparison, slugs for ids, the same-length copy the parser reads)
and `paths` (where seeds/, exports/ and the cache live; atomic writes that follow the
umask).

May import: the standard library only.
"""
