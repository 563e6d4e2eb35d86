"""Translation files of Auyl Desk: update the .ts files from the sources, fill them, check, compile.

    python scripts/i18n.py update        lupdate desktop/**/*.py -> i18n/app_kk.ts, i18n/app_ru.ts
    python scripts/i18n.py fill new.tsv  set translations from a TSV (context, source, kk, ru)
    python scripts/i18n.py check         exit 1 if anything is untranslated or out of sync
    python scripts/i18n.py compile       lrelease -> resources/i18n/app_kk.qm, app_ru.qm

The .ts files carry no obsolete entries and no source locations, so diffs stay quiet, and `fill`
writes them in exactly the layout lupdate uses: `update` after `fill` changes nothing.

TSV for `fill`: UTF-8, tab-separated, a header line naming the columns `context`, `source`, `kk`,
`ru` (any order; an optional `comment` column matches the disambiguation of `tr(text, comment)`).
In cells `\\n`, `\\t` and `\\\\` stand for a newline, a tab and a backslash. An empty kk or ru
cell leaves that language alone. For plural messages (`tr("%n days", "", n)`) give the forms
separated by `|` (spaces around it are ignored; `\\|` is a literal bar): Kazakh has two forms
(1, other), Russian three (1, 2-4, 5+), e.g. `%n күн | %n күн` and `%n день | %n дня | %n дней`.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = "desktop"
TS_DIR = "i18n"
QM_DIR = Path("resources", "i18n")
LANGUAGES: dict[str, str] = {"kk": "kk_KZ", "ru": "ru_RU"}  # TSV column -> Qt language code

XML_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
# Elements whose children lupdate writes at the parent's own indentation level.
_FLAT_PARENTS = {"TS", "dependencies"}
_SELF_CLOSING = {"location", "dependency", "byte"}
_ESCAPES = {"n": "\n", "t": "\t", "\\": "\\", "|": "|"}  # TSV cell escapes
_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


class I18nError(Exception):
    """A Qt tool failed or an input file is unusable."""


@dataclass(frozen=True, order=True)
class MessageKey:
    """What identifies a message in a .ts file (and in a .qm lookup)."""

    context: str
    source: str
    comment: str = ""

    def __str__(self) -> str:
        text = f"{self.context}: {self.source!r}"
        return f"{text} (comment {self.comment!r})" if self.comment else text


@dataclass(frozen=True)
class Entry:
    """A message in a .ts file that needs attention, and why."""

    ts_file: Path
    key: MessageKey
    problem: str

    def __str__(self) -> str:
        where = f"{self.ts_file.name}: {self.problem}"
        return f"{where}: {self.key}" if self.key != MessageKey("", "") else where


@dataclass
class FillReport:
    filled: dict[Path, int] = field(default_factory=dict)  # .ts file -> messages set
    not_found: list[Entry] = field(default_factory=list)
    errors: list[Entry] = field(default_factory=list)
    unfinished: list[Entry] = field(default_factory=list)  # after filling


# --- paths and tools --------------------------------------------------------------------------


def ts_files(repo_root: Path = REPO_ROOT) -> dict[str, Path]:
    """Language column ('kk', 'ru') -> its .ts file."""
    return {lang: repo_root / TS_DIR / f"app_{lang}.ts" for lang in LANGUAGES}


def source_files(repo_root: Path = REPO_ROOT) -> list[Path]:
    """Every .py file of the application, sorted so lupdate's message order is stable."""
    return sorted((repo_root / SOURCE_DIR).rglob("*.py"))


def qt_tool(name: str) -> Path:
    """pyside6-lupdate / pyside6-lrelease from the virtualenv this interpreter belongs to."""
    candidate = Path(sys.executable).parent / f"pyside6-{name}"
    if candidate.exists():
        return candidate
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise I18nError(f"pyside6-{name} not found next to {sys.executable} or on PATH")
    return Path(found)


def _relative(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _run(command: Sequence[str | Path], quiet: bool, cwd: Path | None = None) -> None:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, check=False, cwd=cwd
    )
    if not quiet or result.returncode != 0:
        sys.stdout.write(result.stdout)
        sys.stderr.write(result.stderr)
    if result.returncode != 0:
        raise I18nError(f"{Path(command[0]).name} failed with exit code {result.returncode}")


def run_lupdate(repo_root: Path, targets: dict[str, Path], quiet: bool = False) -> None:
    """Update (or create) the given .ts files from the sources, one lupdate run per language."""
    sources = [_relative(path, repo_root) for path in source_files(repo_root)]
    for lang, ts_path in targets.items():
        ts_path.parent.mkdir(parents=True, exist_ok=True)
        command: list[str | Path] = [qt_tool("lupdate"), *sources]
        command += ["-no-obsolete", "-locations", "none"]
        command += ["-target-language", LANGUAGES[lang], "-ts", _relative(ts_path, repo_root)]
        _run(command, quiet, cwd=repo_root)


# --- reading and writing .ts files ------------------------------------------------------------


def read_ts(ts_path: Path) -> ET.ElementTree:
    try:
        return ET.parse(ts_path)
    except ET.ParseError as error:
        raise I18nError(f"{ts_path}: {error}") from error


def element_text(element: ET.Element) -> str:
    """The text of a leaf element; lupdate writes control characters as <byte value="x1"/>."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "byte":
            value = child.get("value", "")
            parts.append(chr(int(value[1:], 16) if value.startswith("x") else int(value)))
        parts.append(child.tail or "")
    return "".join(parts)


def _protect(text: str) -> str:
    """Escape text the way lupdate does (ts.cpp protect()), so our writes match its writes."""
    out: list[str] = []
    for char in text:
        code = ord(char)
        if char in _ENTITIES:
            out.append(_ENTITIES[char])
        elif char not in "\n\t" and (
            code < 0x20 or (code > 0x7F and unicodedata.category(char) in ("Zs", "Zl", "Zp"))
        ):
            out.append(f'<byte value="x{code:x}"/>' if code <= 0x20 else f"&#x{code:x};")
        else:
            out.append(char)
    return "".join(out)


def _write_element(element: ET.Element, indent: str, out: list[str]) -> None:
    attributes = "".join(f' {name}="{_protect(value)}"' for name, value in element.attrib.items())
    children = [child for child in element if child.tag != "byte"]
    if not children:
        text = element_text(element)
        if not text and element.tag in _SELF_CLOSING:
            out.append(f"{indent}<{element.tag}{attributes}/>\n")
        else:
            out.append(f"{indent}<{element.tag}{attributes}>{_protect(text)}</{element.tag}>\n")
        return
    out.append(f"{indent}<{element.tag}{attributes}>\n")
    child_indent = indent if element.tag in _FLAT_PARENTS else indent + "    "
    for child in children:
        _write_element(child, child_indent, out)
    out.append(f"{indent}</{element.tag}>\n")


def serialize_ts(tree: ET.ElementTree) -> str:
    out = [XML_HEADER]
    _write_element(tree.getroot(), "", out)
    return "".join(out)


def write_ts(tree: ET.ElementTree, ts_path: Path) -> None:
    """Write a .ts file byte for byte as lupdate would: XML declaration, DOCTYPE, UTF-8."""
    ts_path.write_text(serialize_ts(tree), encoding="utf-8", newline="\n")


def iter_messages(root: ET.Element) -> Iterator[tuple[MessageKey, ET.Element]]:
    for context in root.iter("context"):
        name_element = context.find("name")
        name = element_text(name_element) if name_element is not None else ""
        for message in context.iter("message"):
            source = message.find("source")
            comment = message.find("comment")
            key = MessageKey(
                name,
                element_text(source) if source is not None else "",
                element_text(comment) if comment is not None else "",
            )
            yield key, message


def is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def translation_forms(message: ET.Element) -> list[str]:
    """The translation texts: one, or one per plural form for numerus messages."""
    translation = message.find("translation")
    if translation is None:
        return [""]
    if is_numerus(message):
        forms = [element_text(form) for form in translation.iter("numerusform")]
        return forms or [""]
    return [element_text(translation)]


def message_keys(ts_path: Path) -> set[MessageKey]:
    return {key for key, _ in iter_messages(read_ts(ts_path).getroot())}


def unfinished_entries(ts_path: Path) -> list[Entry]:
    """Messages marked unfinished, with an empty translation (or plural form), or obsolete."""
    entries: list[Entry] = []
    for key, message in iter_messages(read_ts(ts_path).getroot()):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else None
        if kind in ("vanished", "obsolete"):
            entries.append(Entry(ts_path, key, "obsolete"))
        elif kind == "unfinished":
            entries.append(Entry(ts_path, key, "unfinished"))
        elif not all(form.strip() for form in translation_forms(message)):
            entries.append(Entry(ts_path, key, "empty translation"))
    return entries


# --- commands ---------------------------------------------------------------------------------


def update(repo_root: Path = REPO_ROOT) -> dict[Path, int]:
    """Run lupdate into both .ts files; return the number of unfinished entries per file."""
    targets = ts_files(repo_root)
    run_lupdate(repo_root, targets)
    return {path: len(unfinished_entries(path)) for path in targets.values()}


def compile_translations(repo_root: Path = REPO_ROOT, out_dir: Path | None = None) -> list[Path]:
    """lrelease every .ts file into out_dir (default resources/i18n); return the .qm paths."""
    out_dir = out_dir if out_dir is not None else repo_root / QM_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for ts_path in ts_files(repo_root).values():
        if not ts_path.exists():
            raise I18nError(f"{ts_path} does not exist: run `scripts/i18n.py update` first")
        qm_path = out_dir / ts_path.with_suffix(".qm").name
        _run([qt_tool("lrelease"), ts_path, "-qm", qm_path], quiet=False)
        if not qm_path.exists():
            raise I18nError(f"lrelease did not write {qm_path}")
        written.append(qm_path)
    return written


def missing_or_obsolete(repo_root: Path = REPO_ROOT) -> list[Entry]:
    """Messages lupdate would add to (missing) or drop from (obsolete) the committed .ts files."""
    entries: list[Entry] = []
    with tempfile.TemporaryDirectory(prefix="auyl-i18n-") as tmp:
        for lang, ts_path in ts_files(repo_root).items():
            if not ts_path.exists():
                continue  # reported by check(); nothing to compare against
            copy = Path(tmp) / ts_path.name
            shutil.copyfile(ts_path, copy)
            run_lupdate(repo_root, {lang: copy}, quiet=True)
            before, after = message_keys(ts_path), message_keys(copy)
            entries += [Entry(ts_path, key, "missing from .ts") for key in sorted(after - before)]
            entries += [Entry(ts_path, key, "obsolete") for key in sorted(before - after)]
    return entries


def misread_contexts(ts_path: Path) -> list[Entry]:
    """Messages lupdate filed under a context the code will never ask for.

    - Context "": a bare `tr("...")` call, e.g. a module-level helper
      `def tr(text): return QCoreApplication.translate("cli", text)`. lupdate cannot see the
      "cli" inside the helper, so the text lands in the empty context and is never found.
    - Context "QCoreApplication.self": pyside6-lupdate 6.12 gives the first `self.tr(...)` after a
      `QCoreApplication.translate(...)` call in the same function this context.
    """
    entries: list[Entry] = []
    for key in sorted(message_keys(ts_path)):
        if not key.context:
            entries.append(Entry(ts_path, key, "no context (bare tr() call)"))
        elif key.context.endswith(".self"):
            entries.append(Entry(ts_path, key, "context mis-read by lupdate"))
    return entries


def check(repo_root: Path = REPO_ROOT) -> list[Entry]:
    """Everything that keeps the translations from being complete and in sync with the code."""
    entries: list[Entry] = []
    for ts_path in ts_files(repo_root).values():
        if not ts_path.exists():
            entries.append(Entry(ts_path, MessageKey("", ""), "file missing (run update)"))
            continue
        entries += [entry for entry in unfinished_entries(ts_path) if entry.problem != "obsolete"]
        entries += misread_contexts(ts_path)
    # Obsolete entries are left to missing_or_obsolete(): lupdate -no-obsolete drops them.
    return entries + missing_or_obsolete(repo_root)


# --- fill from a TSV --------------------------------------------------------------------------


@dataclass(frozen=True)
class TsvRow:
    line: int
    context: str
    source: str
    comment: str | None  # None: the TSV has no comment column, match any comment
    translations: dict[str, str]  # language column -> raw cell (still escaped)


def unescape_cell(cell: str, split_forms: bool = False) -> list[str]:
    r"""Decode \n, \t, \\ and \|; with split_forms, an unescaped | separates plural forms."""
    forms: list[str] = []
    current: list[str] = []
    chars = iter(cell)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            # An unknown escape (or a trailing backslash) stays as written.
            current.append(_ESCAPES.get(following, char + following))
        elif char == "|" and split_forms:
            forms.append("".join(current))
            current = []
        else:
            current.append(char)
    forms.append("".join(current))
    return [form.strip() for form in forms] if split_forms else forms


def read_tsv(tsv_path: Path) -> list[TsvRow]:
    lines = tsv_path.read_text(encoding="utf-8-sig").splitlines()
    if not lines:
        raise I18nError(f"{tsv_path} is empty")
    header = [name.strip().lower() for name in lines[0].split("\t")]
    required = ["context", "source", *LANGUAGES]
    missing = [name for name in required if name not in header]
    if missing:
        raise I18nError(f"{tsv_path}: header lacks column(s) {', '.join(missing)}")
    rows: list[TsvRow] = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise I18nError(f"{tsv_path}:{number}: {len(cells)} cells, header has {len(header)}")
        cells += [""] * (len(header) - len(cells))  # spreadsheets drop trailing empty cells
        row = dict(zip(header, cells, strict=True))
        rows.append(
            TsvRow(
                line=number,
                context=row["context"],
                source=unescape_cell(row["source"])[0],
                comment=unescape_cell(row["comment"])[0] if "comment" in row else None,
                translations={lang: row[lang] for lang in LANGUAGES},
            )
        )
    return rows


def _set_translation(message: ET.Element, forms: list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if translation.get("type") == "unfinished":
        del translation.attrib["type"]
    if is_numerus(message):
        elements = list(translation.iter("numerusform"))
        for element, text in zip(elements, forms, strict=True):
            element.text = text
            for child in list(element):
                element.remove(child)
    else:
        for child in list(translation):
            translation.remove(child)
        translation.text = forms[0]


def fill_ts(ts_path: Path, rows: Sequence[TsvRow], lang: str, report: FillReport) -> None:
    """Set the translations of one language column in one .ts file; write it if anything changed."""
    tree = read_ts(ts_path)
    by_key: dict[tuple[str, str], list[tuple[MessageKey, ET.Element]]] = {}
    for key, message in iter_messages(tree.getroot()):
        by_key.setdefault((key.context, key.source), []).append((key, message))
    filled = 0
    for row in rows:
        cell = row.translations.get(lang, "")
        if not cell.strip():
            continue
        matches = [
            (key, message)
            for key, message in by_key.get((row.context, row.source), [])
            if row.comment is None or key.comment == row.comment
        ]
        if not matches:
            key = MessageKey(row.context, row.source, row.comment or "")
            report.not_found.append(Entry(ts_path, key, f"TSV line {row.line} not in .ts"))
        for key, message in matches:
            forms = unescape_cell(cell, split_forms=is_numerus(message))
            if is_numerus(message):
                expected = len(message.findall("translation/numerusform"))
                if len(forms) != expected:
                    problem = f"TSV line {row.line}: {len(forms)} plural form(s), needs {expected}"
                    report.errors.append(Entry(ts_path, key, problem))
                    continue
            _set_translation(message, forms)
            filled += 1
    report.filled[ts_path] = filled
    text = serialize_ts(tree)
    if text != ts_path.read_text(encoding="utf-8"):
        ts_path.write_text(text, encoding="utf-8", newline="\n")
    report.unfinished += unfinished_entries(ts_path)


def fill(tsv_path: Path, targets: dict[str, Path] | None = None) -> FillReport:
    """Batch translation: apply a TSV (context, source, kk, ru) to the .ts files."""
    targets = targets if targets is not None else ts_files()
    rows = read_tsv(tsv_path)
    report = FillReport()
    for lang, ts_path in targets.items():
        if not ts_path.exists():
            raise I18nError(f"{ts_path} does not exist: run `scripts/i18n.py update` first")
        fill_ts(ts_path, rows, lang, report)
    return report


# --- command line -----------------------------------------------------------------------------


def _print_entries(title: str, entries: Sequence[Entry]) -> None:
    if entries:
        print(f"{title} ({len(entries)}):")
        for entry in entries:
            print(f"  {entry}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--root", type=Path, default=REPO_ROOT, help="project folder (default: this checkout)"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="lupdate the sources into i18n/app_kk.ts and app_ru.ts")
    compile_parser = commands.add_parser("compile", help="lrelease the .ts files into .qm files")
    compile_parser.add_argument(
        "--out-dir", type=Path, default=None, help="where the .qm files go (default resources/i18n)"
    )
    fill_parser = commands.add_parser("fill", help="set translations from a TSV file")
    fill_parser.add_argument(
        "tsv", type=Path, help="UTF-8 TSV with columns context, source, kk, ru"
    )
    commands.add_parser("check", help="exit 1 if translations are incomplete or out of sync")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()

    try:
        if args.command == "update":
            for path, count in update(root).items():
                total = len(message_keys(path))
                print(f"{_relative(path, root)}: {count} of {total} message(s) unfinished")
            return 0
        if args.command == "compile":
            for path in compile_translations(root, args.out_dir):
                print(f"wrote {_relative(path, root)} ({path.stat().st_size} bytes)")
            return 0
        if args.command == "fill":
            report = fill(args.tsv, ts_files(root))
            for path, count in report.filled.items():
                print(f"{_relative(path, root)}: {count} translation(s) set")
            _print_entries("Not found in the .ts files", report.not_found)
            _print_entries("Not applied", report.errors)
            _print_entries("Still unfinished", report.unfinished)
            return 1 if report.not_found or report.errors else 0
        entries = check(root)
        _print_entries("Translation problems", entries)
        if not entries:
            print("translations complete and in sync with the sources")
        return 1 if entries else 0
    except I18nError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
