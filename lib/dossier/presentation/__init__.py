"""Floor 4, presentation: what an analyst sees and hands over.

Charts (`charts`: DataFrames in, matplotlib Figures out, one briefing style), the
ipywidgets explorers (`explore`), files written to exports/ (`export`), slides and the
charts explorers send to the deck (`slides`), the standard chart set (`standard`), the
deck (`deck`: PPTX and PDF), the briefing in one call (`briefing`), and the language of
every label (`i18n`).

May import: every floor below (`base`, `reading`, `extraction`, `corpus`).
"""
