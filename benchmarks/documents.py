"""Rendering the talon and the certificates, against a bare ReportLab page of the same text.

    .venv/bin/python -m benchmarks.documents [--runs 30]

Each document is rendered with the program's renderer (the specimens of
desktop.printing.samples: demo data, a certificate with a QR payload of the real length) and,
alternately in the same run, as the baseline: one canvas page of the same size carrying the
same lines of text (read back from the rendered PDF) in the same embedded font, no layout, no
tables, no QR code. Printed: min/median/max of both and the ratio of the medians. The issue's
target: a certificate under 100 ms.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable, Sequence

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from benchmarks.timing import Comparison, compare, table
from desktop.printing import samples
from desktop.printing.certificate import render_certificate
from desktop.printing.fonts import REGULAR, register_fonts

TARGET_MS = 100.0
LANGUAGE = "kk"


def bare_page(pdf: bytes) -> Callable[[], bytes]:
    """A renderer of the baseline for `pdf`: its first page's size and text lines drawn as
    plain strings on one canvas page."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    size = (float(page.mediabox.width), float(page.mediabox.height))
    lines = [line for line in page.extract_text().splitlines() if line.strip()]
    register_fonts()

    def render() -> bytes:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=size)
        canvas.setFont(REGULAR, 9)
        y = size[1] - 36
        for line in lines:
            canvas.drawString(36, y, line)
            y -= 11
        canvas.showPage()
        canvas.save()
        return buffer.getvalue()

    return render


def documents() -> dict[str, Callable[[], bytes]]:
    """The documents measured, by name, each a renderer of PDF bytes."""

    def certificate(kind: int) -> Callable[[], bytes]:
        content = samples.certificate_content(kind, LANGUAGE)
        payload = samples.SAMPLE_PAYLOAD.format(kind=kind)
        return lambda: render_certificate(content, payload)

    return {
        "talon": lambda: samples.sample("talon", LANGUAGE),
        "certificate 1": certificate(1),
        "certificate 2": certificate(2),
    }


def measure(runs: int) -> list[Comparison]:
    """Each document against its bare page, `runs` timed renders of both."""
    return [
        compare(name, render, bare_page(render()), runs) for name, render in documents().items()
    ]


def report(comparisons: Sequence[Comparison]) -> list[str]:
    lines = table(comparisons, "renderer", "bare page")
    worst = max(c.subject.median for c in comparisons if c.subject.label.startswith("cert"))
    verdict = "met" if worst < TARGET_MS else "MISSED"
    lines.append(f"target: certificate median < {TARGET_MS:.0f} ms: {verdict} ({worst:.1f} ms)")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.documents", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--runs", type=int, default=30, help="timed renders of each document")
    args = parser.parse_args(argv)
    print("\n".join(report(measure(args.runs))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
