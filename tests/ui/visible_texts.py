"""What a user can read on screen, and whether it is in the language of the UI.

`visible_texts(window)` collects the words a widget tree shows: labels, buttons, group and
window titles, tab texts, menus and their actions, table headers and cells, placeholders,
tooltips, combo items, wizard page titles. `Catalogue` knows every message of i18n/*.ts as a pattern
(placeholders match anything) and tells a text that belongs to another language: an English
source, or the other language's translation. Latin words outside a short allow-list (codes,
file types, key names, the program's name) are English that never reached the .ts files.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
    QWizardPage,
)

from desktop.ui.queue_display import BILINGUAL

REPO_ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("kk", "ru")

# Translations that are rightly the same in Kazakh and Russian, or the same as the English.
SAME_IN_BOTH = {
    "Талон", "Телефон", "телефон", "ДЕМО", "&Файл", "Аппарат", "Аппарат:", "факс", "веб-сайт",
    "ФАЙЛ.pdf", "%1 № %2, %3", "Auyl Desk", "%1 МБ", "Файл", "№ %1",
}  # fmt: skip
# Latin words allowed in the Kazakh and Russian UI: the program's name, codes, file types,
# key names, Qt's Russian "OK", and the prefix of demo account numbers and QR payloads.
LATIN_ALLOWED = {
    "Auyl", "Desk", "OK", "QR", "PDF", "pdf", "DEMO", "AUYL", "Excel", "xlsx", "csv", "CSV",
    "tsv", "txt", "Ctrl", "Enter", "Insert",
}  # fmt: skip
NOT_WORDS = re.compile(
    r"\S+ ?@ ?\S+|(?:https?://|www[.:])\S+|\b(?:[a-z0-9-]+\.)+(?:kz|ru|com|org|net)\b"
    r"|(?:[A-Za-z]:)?(?:[/\\][\w.+-]+)+|\b[A-Z]-\d{3}\b"
)  # e-mails and web addresses (also as misprinted in the seed), file paths, ticket numbers
MAX_ROWS = 50  # table cells read per table
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
PLACEHOLDER = re.compile(r"%(?:L?\d|n)")
LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Shown:
    where: str
    text: str


def plain(text: str) -> str:
    """The text as read: no mnemonic ampersands, no markup, trimmed."""
    if re.search(r"<[a-zA-Z/][^>]*>|&\w+;", text):  # rich text, as a label shows it
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return re.sub(r"&(.)", r"\1", text).strip()


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}{'.' + widget.objectName() if widget.objectName() else ''}"


def _texts_of(widget: QWidget) -> Iterable[str]:
    yield widget.toolTip()
    if widget.isWindow() or isinstance(widget, QMainWindow):
        yield widget.windowTitle()
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        yield widget.placeholderText()
    if isinstance(widget, QTextBrowser):
        yield from widget.toPlainText().splitlines()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QWizardPage):
        yield widget.title()
        yield widget.subTitle()
    if isinstance(widget, QListWidget):
        yield from (widget.item(i).toolTip() for i in range(widget.count()))
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        for column in range(widget.horizontalHeader().count()):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(), MAX_ROWS)):  # the cells: data shown as text
            for column in range(model.columnCount()):
                index = model.index(row, column)
                yield str(model.data(index) or "")
                yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def _menu_texts(menu: QMenu, where: str) -> Iterable[Shown]:
    yield Shown(where, menu.title())
    for action in menu.actions():
        if action.menu() is not None:
            yield from _menu_texts(action.menu(), f"{where} > {plain(action.menu().title())}")
        elif not action.isSeparator():
            yield Shown(where, action.text())


def visible_texts(top: QWidget) -> list[Shown]:
    """Every text of `top` and its children that a user can read (empty ones left out)."""
    found: list[Shown] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.property(BILINGUAL):
            continue  # both languages on purpose (the waiting-room display)
        found += [Shown(_name(widget), text) for text in _texts_of(widget)]
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            if action.menu() is not None:
                found += _menu_texts(action.menu(), "menu")
    return [Shown(s.where, plain(s.text)) for s in found if plain(s.text)]


def _i18n_script() -> ModuleType:
    name = "auyl_i18n_script"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REPO_ROOT / "scripts" / "i18n.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _pattern(text: str) -> str | None:
    """A regular expression for a message (placeholders match anything); None if it has no
    words of its own (such as "%1: %2")."""
    text = plain(text)
    if len(LETTER.findall(PLACEHOLDER.sub("", text))) < 2:
        return None
    return ".*?".join(re.escape(part) for part in PLACEHOLDER.split(text))


def _matcher(texts: Iterable[str]) -> re.Pattern[str]:
    patterns = sorted({p for p in map(_pattern, texts) if p})
    return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.DOTALL)


class Catalogue:
    """The messages of the .ts files, as what belongs to each language and what does not."""

    def __init__(self, repo_root: Path = REPO_ROOT) -> None:
        script = _i18n_script()
        messages: dict[tuple[str, str], dict[str, list[str]]] = {}
        for language, ts_path in script.ts_files(repo_root).items():
            for key, message in script.iter_messages(script.read_ts(ts_path).getroot()):
                translation = message.find("translation")
                done = translation is not None and translation.get("type") is None
                forms = script.translation_forms(message) if done else []
                messages.setdefault((key.context, key.source), {})[language] = forms
        sources = [source for _context, source in messages]
        self.english = _matcher(s for s in sources if plain(s) not in SAME_IN_BOTH)
        self.own: dict[str, re.Pattern[str]] = {}
        self.other: dict[str, re.Pattern[str]] = {}
        for language in LANGUAGES:
            other = next(lang for lang in LANGUAGES if lang != language)
            own: list[str] = []
            theirs: list[str] = []
            for (_context, source), forms in messages.items():
                mine, foreign = forms.get(language, []), forms.get(other, [])
                theirs += foreign
                for form in mine:
                    suspicious = form == source or form in foreign  # copied, not translated
                    if not suspicious or form in SAME_IN_BOTH:
                        own.append(form)
            self.own[language] = _matcher(own)
            self.other[language] = _matcher(t for t in theirs if t not in SAME_IN_BOTH)

    def problem(self, language: str, text: str) -> str | None:
        """Why `text` does not belong in the UI in `language`, or None when it does."""
        if not self.own[language].fullmatch(text):
            if self.english.fullmatch(text):
                return "English source text"
            if self.other[language].fullmatch(text):
                return "text of the other language"
        latin = [w for w in LATIN_WORD.findall(NOT_WORDS.sub(" ", text)) if w not in LATIN_ALLOWED]
        return f"Latin words {latin}" if latin else None

    def problems(self, language: str, shown: Iterable[Shown]) -> list[str]:
        found = []
        for item in shown:
            why = self.problem(language, item.text)
            if why:
                found.append(f"{item.where}: {item.text!r}: {why}")
        return sorted(set(found))
