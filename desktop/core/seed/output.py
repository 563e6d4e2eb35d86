"""Writing the reference files: JSON (UTF-8, indent 1, printed order) and the report."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from desktop.core.seed.model import Extraction
from desktop.core.seed.report import render_report

REPORT_FILE = "seed_report.md"


def reference_data(extraction: Extraction) -> dict[str, list[dict[str, Any]]]:
    """The content of each JSON file by file stem; records keep the seed's printed order."""
    return {
        "districts": [asdict(item) for item in extraction.districts],
        "departments": [asdict(item) for item in extraction.departments],
        "offices": [asdict(item) for item in extraction.offices],
        "indicators": [asdict(item) for item in extraction.indicators],
        "district_akimats": [asdict(item) for item in extraction.district_akimats],
    }


def render(extraction: Extraction) -> dict[str, str]:
    """File name -> file text; rendering the same extraction twice gives the same text."""
    files = {
        f"{stem}.json": json.dumps(records, ensure_ascii=False, indent=1) + "\n"
        for stem, records in reference_data(extraction).items()
    }
    files[REPORT_FILE] = render_report(extraction)
    return files


def write(extraction: Extraction, out_dir: Path) -> list[Path]:
    """(Re)write every reference file in `out_dir`; returns the paths written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in render(extraction).items():
        path = out_dir / name
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths
