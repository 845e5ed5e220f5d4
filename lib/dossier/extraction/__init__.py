"""Floor 2, extraction: a spaCy `Doc` -> actors, quotes, domains, commitments, events.

The extractor is a set of spaCy components (`components`: dossier_actors,
dossier_quotes, dossier_domains, dossier_commitments) that put their records on Doc
extensions (`doc._.actors`, …); `rows` turns them into table rows. Each family keeps
its mechanisms apart: `actors/` (model entities, gazetteers, bodies, titles and
roles, groups, companies, places, credits), `quotes`, `domains`, `commitments/`
(triggers, arguments, references, qualifiers, events), over the parse helpers of
`clauses` and the pipeline and matchers of `nlp`. The knowledge is data: `data/*.toml`,
read by `lexicon`.

May import: `dossier.base`, `dossier.reading` (Article, dates). Knows nothing of pandas.
"""
