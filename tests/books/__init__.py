"""Test books: the household book laid out the ways offices keep it, written as real files.

Each layout function writes one file into a folder and returns a BookFile that says, by
construction, what the file holds: its sheets (rows as written, merged areas, the header's
rows and flattened names, titles, data rows, totals and notes rows) and the book's own
figures (households, people, head counts by kind, land area, the problems planted on
purpose). The families come from desktop.core.demo_people with a fixed seed and day, so the
same call writes the same file.

Layouts (see each function):
- person_rows: one row per person, household facts on the head's row only, Kazakh headings,
  the locality in a merged title; accounts as text and one as a number, one duplicate;
  subtotal, total and signature rows. Also as CSV and Unicode text (FORMATS).
- household_rows: one row per household (the head), members in a second sheet keyed by
  account; Russian headings, no locality anywhere, numeric accounts, comma decimals as text.
- livestock_groups: livestock by group and sub-group under a two-row (Russian) or three-row
  (Kazakh) header with a row of column numbers; totals that differ from their parts, a part
  above its total, a negative and a fractional count. Also as CSV (no merged cells there).
- land_plots: one row per plot with a kind column, or one area per household without it;
  comma or point decimals.
- large_book: person_rows' layout at any size, streamed (for benchmarks).

BookFile.headers / titles / expected_rows / text give what a reader must return for the
file's format: text files hold dates as dd.mm.yyyy and decimal commas (unless comma
separated), and Windows-1251 has no Kazakh letters, so "csv-1251" files carry the Russian
letters clerks type instead (қ -> к, ә -> а ...).
"""

from tests.books.households import household_rows, land_plots, large_book, person_rows
from tests.books.livestock import livestock_groups
from tests.books.plan import FORMATS, LOCALITY, TODAY, BookFile, Problem, SheetPlan, Totals

__all__ = [
    "FORMATS",
    "LOCALITY",
    "TODAY",
    "BookFile",
    "Problem",
    "SheetPlan",
    "Totals",
    "household_rows",
    "land_plots",
    "large_book",
    "livestock_groups",
    "person_rows",
]
