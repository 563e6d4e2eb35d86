"""De-noising helpers for the PDF text extract: letter spacing, broken lines, paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# three or more one-character tokens separated by one or two spaces: "Ш е т  а у д а н ы"
_SPACED_RUN = re.compile(r"(?<!\S)\S(?: {1,2}\S(?!\S)){2,}")
_WORD_GAP = re.compile(r" {2,}")
_SPACES = re.compile(r"\s+")
_GLUE_AFTER = ("-", "(", "/")
_GLUE_BEFORE = (",", ".", ";", ":", ")", "-", "/")


@dataclass(frozen=True)
class Line:
    """A line of the seed: `raw` as printed (right-stripped), `text` with letter spacing undone."""

    raw: str

    @property
    def text(self) -> str:
        return despace(self.raw).strip()


Paragraph = list[Line]


def despace(line: str) -> str:
    """Undo letter spacing: "Ш е т  а у д а н ы н ы ң" -> "Шет ауданының"."""

    def collapse(match: re.Match[str]) -> str:
        return " ".join(word.replace(" ", "") for word in _WORD_GAP.split(match.group()))

    return _SPACED_RUN.sub(collapse, line)


def squash(text: str) -> str:
    """Collapse runs of whitespace (line breaks included) into one space."""
    return _SPACES.sub(" ", text).strip()


def join_lines(lines: Iterable[str]) -> str:
    """Join lines broken by the PDF layout into one line of text.

    A line break is dropped without a space next to hyphens, brackets, slashes and before
    punctuation ("4\\n-ші" -> "4-ші", "(\\n71036)" -> "(71036)", "қ.\\n, Алаш" -> "қ., Алаш");
    elsewhere it becomes one space.
    """
    result = ""
    for line in (squash(item) for item in lines):
        if not line:
            continue
        if result and not (result.endswith(_GLUE_AFTER) or line.startswith(_GLUE_BEFORE)):
            result += " "
        result += line
    return result


def seed_lines(text: str) -> list[Line]:
    return [Line(raw.rstrip()) for raw in text.splitlines()]


def paragraphs(lines: Iterable[Line]) -> list[Paragraph]:
    """Groups of consecutive non-blank lines."""
    groups: list[Paragraph] = []
    current: Paragraph = []
    for line in lines:
        if line.text:
            current.append(line)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def texts(lines: Iterable[Line]) -> list[str]:
    return [line.text for line in lines]


def raw_block(lines: Sequence[Line]) -> str:
    """The lines as printed, without leading and trailing blank lines."""
    return "\n".join(line.raw for line in lines).strip("\n")


def raw_paragraphs(groups: Iterable[Paragraph]) -> str:
    """Paragraphs as printed, one blank line between them."""
    return "\n\n".join(raw_block(group) for group in groups)


def quoted_blocks(groups: Iterable[Paragraph]) -> list[list[Paragraph]]:
    """Table rows that open with a quoted name; paragraphs before the first row are dropped."""
    blocks: list[list[Paragraph]] = []
    for group in groups:
        if group[0].text.startswith('"'):
            blocks.append([group])
        elif blocks:
            blocks[-1].append(group)
    return blocks
