"""A QR code drawn as one filled path: every row's runs of dark modules are rectangles of a
single path, so a page carries one fill operation instead of hundreds of shapes.

Encoding is segno's (ISO/IEC 18004, all eight masks scored, the best one taken); the quiet zone
of four modules the standard asks for lies inside the flowable's square.
"""

from __future__ import annotations

import itertools

import segno
from reportlab.lib import colors
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of light border on every side (ISO/IEC 18004)


def dark_runs(payload: str, level: str = "M") -> tuple[int, list[tuple[int, int, int]]]:
    """The symbol's size in modules and its dark runs as (row, first column, length),
    row 0 at the top. A payload too long for any QR version raises segno's DataOverflowError,
    a ValueError."""
    code = segno.make_qr(payload, error=level.lower(), boost_error=False)
    runs = []
    for row, modules in enumerate(code.matrix):
        column = 0
        for dark, group in itertools.groupby(modules):
            length = len(list(group))
            if dark:
                runs.append((row, column, length))
            column += length
    return len(code.matrix), runs


class QrCode(Flowable):
    """A square QR code of side `size` (points), quiet zone included, error correction `level`
    (L, M, Q or H)."""

    def __init__(self, payload: str, size: float, level: str = "M") -> None:
        super().__init__()
        self.payload = payload
        self.size = size
        self.modules, self.runs = dark_runs(payload, level)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        module = self.size / (self.modules + 2 * QUIET_ZONE)
        top = self.size - QUIET_ZONE * module
        path = canvas.beginPath()
        for row, column, length in self.runs:
            x = (QUIET_ZONE + column) * module
            path.rect(x, top - (row + 1) * module, length * module, module)
        canvas.saveState()
        canvas.setFillColor(colors.white)  # light modules and quiet zone, over any page mark
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
