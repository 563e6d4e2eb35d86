"""Printed documents: each is a function from plain data to PDF bytes (ReportLab).

Documents are printed in the applicant's language ("kk" or "ru"), which need not be the UI
language: their fixed texts live in `texts.py`, not in Qt translations. Shared pieces (fonts,
page sizes, header, copy mark) are in `fonts.py` and `layout.py`; one module per document.
"""
