"""Printed documents: each is a function from plain data to PDF bytes (ReportLab).

Documents are printed in the applicant's language ("kk" or "ru"), which need not be the UI
language: their fixed texts live in `texts.py`, not in Qt translations. Shared pieces (fonts,
page sizes, header, copy mark) are in `fonts.py` and `layout.py`; one module per document.

Importing a document module loads ReportLab (about half a second), so the program imports them
where a document is made, never at start-up; this package itself stays light.
"""

# Every kind of document the program prints (Settings > Printers offers a specimen of each).
KINDS = (
    "ticket",
    "talon",
    "refusal",
    "application-form",
    "certificate-1",
    "certificate-2",
    "indicators-report",
    "complaint-talon",
    "complaint-protocol",
    "extension-notice",
    "forwarding-notice",
)
