"""The translation files: complete, in sync with the sources, compilable; and scripts/i18n.py."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "i18n.py"


def _load_script() -> ModuleType:
    """scripts/ is not a package: import scripts/i18n.py under a name of its own."""
    spec = importlib.util.spec_from_file_location("auyl_i18n_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


i18n = _load_script()
COMMITTED_TS = i18n.ts_files(REPO_ROOT)
RUN_UPDATE = "run `.venv/bin/python scripts/i18n.py update`, then translate (fill) and commit"


def run_script(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, check=False
    )


def write_tsv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def finished_sample(ts_path: Path, numerus: bool) -> tuple[object, list[str]] | None:
    """The first translated message of the given kind: (MessageKey, translation forms)."""
    for key, message in i18n.iter_messages(i18n.read_ts(ts_path).getroot()):
        translation = message.find("translation")
        if i18n.is_numerus(message) != numerus or translation is None:
            continue
        forms = i18n.translation_forms(message)
        if translation.get("type") is None and all(forms):
            return key, forms
    return None


# --- (a)-(c): the committed .ts files -----------------------------------------------------------


@pytest.mark.parametrize("lang", sorted(COMMITTED_TS))
def test_ts_file_complete(lang: str) -> None:
    ts_path = COMMITTED_TS[lang]
    assert ts_path.exists(), f"{ts_path} is missing: {RUN_UPDATE}"
    problems = i18n.unfinished_entries(ts_path) + i18n.misread_contexts(ts_path)
    assert not problems, "\n".join(map(str, problems))


def test_ts_files_in_sync_with_sources(tmp_path: Path) -> None:
    for ts_path in COMMITTED_TS.values():
        assert ts_path.exists(), f"{ts_path} is missing: {RUN_UPDATE}"
    fresh = {lang: tmp_path / path.name for lang, path in COMMITTED_TS.items()}
    i18n.run_lupdate(REPO_ROOT, fresh, quiet=True)
    for lang, ts_path in COMMITTED_TS.items():
        in_sources = i18n.message_keys(fresh[lang])
        committed = i18n.message_keys(ts_path)
        missing = sorted(in_sources - committed)
        obsolete = sorted(committed - in_sources)
        assert not missing and not obsolete, (
            f"{ts_path.name} is out of sync ({RUN_UPDATE}):\n"
            + "".join(f"  missing: {key}\n" for key in missing)
            + "".join(f"  obsolete: {key}\n" for key in obsolete)
        )


def test_compiled_translations_load_and_translate(qapp: object, tmp_path: Path) -> None:
    # qapp (pytest-qt) gives a QApplication when none exists yet; a bare QCoreApplication here
    # would make every later widget test in the same run abort.
    for ts_path in COMMITTED_TS.values():
        assert ts_path.exists(), f"{ts_path} is missing: {RUN_UPDATE}"
    result = run_script("compile", "--out-dir", tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    samples = 0
    for ts_path in COMMITTED_TS.values():
        qm_path = tmp_path / ts_path.with_suffix(".qm").name
        assert qm_path.stat().st_size > 0
        translator = QTranslator()
        assert translator.load(str(qm_path)), qm_path
        sample = finished_sample(ts_path, numerus=False)
        if sample is not None:
            key, forms = sample
            got = translator.translate(key.context, key.source, key.comment or None)
            assert got == forms[0], (ts_path.name, key)
            samples += 1
        plural = finished_sample(ts_path, numerus=True)
        if plural is not None:
            key, forms = plural
            got = translator.translate(key.context, key.source, key.comment or None, 1)
            assert got == forms[0], (ts_path.name, key)
    if samples == 0:
        pytest.skip("the .ts files hold no translated message yet: nothing to round-trip")


# --- (d): fill on a synthetic .ts ---------------------------------------------------------------

SYNTHETIC_TS = """\
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <source>Household book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Citizen&apos;s &lt;b&gt;IIN&lt;/b&gt; &amp; &quot;BIN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Household book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line one
Line two</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
"""


@pytest.fixture
def synthetic_ts(tmp_path: Path) -> Path:
    path = tmp_path / "app_ru.ts"
    path.write_text(SYNTHETIC_TS, encoding="utf-8")
    return path


def translations(ts_path: Path) -> dict[tuple[str, str, str], tuple[str | None, list[str]]]:
    """(context, source, comment) -> (translation type, forms)."""
    result = {}
    for key, message in i18n.iter_messages(i18n.read_ts(ts_path).getroot()):
        translation = message.find("translation")
        assert translation is not None
        result[(key.context, key.source, key.comment)] = (
            translation.get("type"),
            i18n.translation_forms(message),
        )
    return result


def fill_ru(tsv: Path, ts_path: Path) -> Any:  # the script's FillReport
    return i18n.fill(tsv, {"ru": ts_path})


def test_fill_sets_translation_and_clears_unfinished(tmp_path: Path, synthetic_ts: Path) -> None:
    tsv = write_tsv(
        tmp_path / "new.tsv",
        "context\tsource\tkk\tru",
        "MainWindow\tHousehold book\tҮй шаруашылығы кітабы\tПохозяйственная книга",
    )
    report = fill_ru(tsv, synthetic_ts)
    got = translations(synthetic_ts)
    assert got[("MainWindow", "Household book", "")] == (None, ["Похозяйственная книга"])
    assert report.filled == {synthetic_ts: 1}
    assert not report.not_found and not report.errors
    text = synthetic_ts.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    assert "<translation>Похозяйственная книга</translation>" in text


def test_fill_leaves_other_messages_alone(tmp_path: Path, synthetic_ts: Path) -> None:
    before = translations(synthetic_ts)
    tsv = write_tsv(
        tmp_path / "new.tsv",
        "context\tsource\tkk\tru",
        "MainWindow\tHousehold book\t\tПохозяйственная книга",
    )
    fill_ru(tsv, synthetic_ts)
    after = translations(synthetic_ts)
    changed = {key for key in before if before[key] != after[key]}
    assert changed == {("MainWindow", "Household book", "")}
    # Same source, other context: untouched; an already finished message keeps its text.
    assert after[("SettingsDialog", "Household book", "")] == ("unfinished", [""])
    assert after[("MainWindow", "Queue", "")] == (None, ["Очередь"])


def test_fill_keeps_file_byte_identical_apart_from_the_change(
    tmp_path: Path, synthetic_ts: Path
) -> None:
    tsv = write_tsv(tmp_path / "new.tsv", "context\tsource\tkk\tru", "MainWindow\tQueue\t\t")
    report = fill_ru(tsv, synthetic_ts)  # an empty cell sets nothing
    assert report.filled == {synthetic_ts: 0}
    assert synthetic_ts.read_text(encoding="utf-8") == SYNTHETIC_TS


def test_fill_numerus_forms(tmp_path: Path, synthetic_ts: Path) -> None:
    tsv = write_tsv(
        tmp_path / "new.tsv",
        "context\tsource\tkk\tru",
        "MainWindow\t%n day(s)\t%n күн | %n күн\t%n день | %n дня | %n дней",
    )
    fill_ru(tsv, synthetic_ts)
    got = translations(synthetic_ts)[("MainWindow", "%n day(s)", "")]
    assert got == (None, ["%n день", "%n дня", "%n дней"])
    assert "            <numerusform>%n дня</numerusform>\n" in synthetic_ts.read_text("utf-8")


def test_fill_numerus_wrong_form_count_is_reported_and_not_applied(
    tmp_path: Path, synthetic_ts: Path
) -> None:
    tsv = write_tsv(
        tmp_path / "new.tsv",
        "context\tsource\tkk\tru",
        "MainWindow\t%n day(s)\t\t%n день | %n дней",
    )
    report = fill_ru(tsv, synthetic_ts)
    assert [entry.key.source for entry in report.errors] == ["%n day(s)"]
    assert "needs 3" in report.errors[0].problem
    assert translations(synthetic_ts)[("MainWindow", "%n day(s)", "")] == ("unfinished", [""] * 3)


def test_fill_entities_escapes_and_comments(tmp_path: Path, synthetic_ts: Path) -> None:
    tsv = write_tsv(
        tmp_path / "new.tsv",
        "source\tcontext\tcomment\tru\tkk",  # columns by header name, in any order
        "Citizen's <b>IIN</b> & \"BIN\"\tMainWindow\t\t<b>ИИН</b> & «БИН» 'x'\t",
        "Open\tMainWindow\tmenu\tОткрыть…\t",
        "Line one\\nLine two\tSettingsDialog\t\tСтрока один\\nСтрока два\\tи\\\\\t",
    )
    report = fill_ru(tsv, synthetic_ts)
    assert not report.not_found and not report.errors
    got = translations(synthetic_ts)
    assert got[("MainWindow", 'Citizen\'s <b>IIN</b> & "BIN"', "")] == (
        None,
        ["<b>ИИН</b> & «БИН» 'x'"],
    )
    assert got[("MainWindow", "Open", "menu")] == (None, ["Открыть…"])
    assert got[("MainWindow", "Open", "")] == ("unfinished", [""])  # other comment: untouched
    assert got[("SettingsDialog", "Line one\nLine two", "")] == (
        None,
        ["Строка один\nСтрока два\tи\\"],
    )
    text = synthetic_ts.read_text(encoding="utf-8")
    assert "&lt;b&gt;ИИН&lt;/b&gt; &amp; «БИН» &apos;x&apos;" in text
    ET.fromstring(text.encode("utf-8"))  # still well-formed XML


def test_fill_reports_sources_not_in_ts_and_remaining_unfinished(
    tmp_path: Path, synthetic_ts: Path
) -> None:
    tsv = write_tsv(
        tmp_path / "new.tsv",
        "context\tsource\tkk\tru",
        "MainWindow\tNo such text\t\tНет",
        "NoSuchContext\tQueue\t\tОчередь",
    )
    report = fill_ru(tsv, synthetic_ts)
    assert [(e.key.context, e.key.source) for e in report.not_found] == [
        ("MainWindow", "No such text"),
        ("NoSuchContext", "Queue"),
    ]
    assert len(report.unfinished) == 7  # nothing was filled
    assert {entry.problem for entry in report.unfinished} == {"unfinished"}


def test_fill_command_line_exit_status(tmp_path: Path) -> None:
    (tmp_path / "i18n").mkdir()
    for lang in ("kk", "ru"):
        (tmp_path / "i18n" / f"app_{lang}.ts").write_text(SYNTHETIC_TS, encoding="utf-8")
    good = write_tsv(tmp_path / "good.tsv", "context\tsource\tkk\tru", "MainWindow\tQueue\tКезек\t")
    result = run_script("--root", tmp_path, "fill", good)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Still unfinished" in result.stdout
    bad = write_tsv(tmp_path / "bad.tsv", "context\tsource\tkk\tru", "MainWindow\tNope\tЖоқ\t")
    result = run_script("--root", tmp_path, "fill", bad)
    assert result.returncode == 1
    assert "Nope" in result.stdout


def test_unfinished_entries_flags_empty_translations(tmp_path: Path) -> None:
    path = tmp_path / "app_kk.ts"
    path.write_text(
        SYNTHETIC_TS.replace("<translation>Очередь</translation>", "<translation></translation>"),
        encoding="utf-8",
    )
    problems = {(e.key.source, e.problem) for e in i18n.unfinished_entries(path)}
    assert ("Queue", "empty translation") in problems


# --- the whole cycle on a synthetic project -----------------------------------------------------

WINDOW_SOURCE = """\
from PySide6.QtWidgets import QWidget


class MainWindow(QWidget):
    def retranslate(self, days: int) -> None:
        self.setWindowTitle(self.tr("Household book"))
        self.tr("Citizen's <b>IIN</b>")
        self.tr("%n day(s)", "", days)
"""

CYCLE_TSV = (
    "context\tsource\tkk\tru",
    "MainWindow\tHousehold book\tҮй шаруашылығы кітабы\tПохозяйственная книга",
    "MainWindow\tCitizen's <b>IIN</b>\tАзаматтың <b>ЖСН</b>\tИИН гражданина",
    "MainWindow\t%n day(s)\t%n күн | %n күн\t%n день | %n дня | %n дней",
)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "desktop").mkdir(parents=True)
    (root / "desktop" / "window.py").write_text(WINDOW_SOURCE, encoding="utf-8")
    return root


def test_update_fill_check_compile_cycle(project: Path, tmp_path: Path) -> None:
    result = run_script("--root", project, "check")
    assert result.returncode == 1 and "file missing" in result.stdout

    result = run_script("--root", project, "update")
    assert result.returncode == 0, result.stderr
    assert "i18n/app_kk.ts: 3 of 3 message(s) unfinished" in result.stdout
    assert 'language="kk_KZ"' in (project / "i18n" / "app_kk.ts").read_text("utf-8")
    assert 'language="ru_RU"' in (project / "i18n" / "app_ru.ts").read_text("utf-8")
    assert run_script("--root", project, "check").returncode == 1

    tsv = write_tsv(tmp_path / "cycle.tsv", *CYCLE_TSV)
    result = run_script("--root", project, "fill", tsv)
    assert result.returncode == 0, result.stdout + result.stderr
    assert i18n.check(project) == []
    assert run_script("--root", project, "check").returncode == 0

    # fill wrote the files exactly as lupdate does: another update changes nothing.
    before = {p.name: p.read_bytes() for p in (project / "i18n").iterdir()}
    assert run_script("--root", project, "update").returncode == 0
    assert {p.name: p.read_bytes() for p in (project / "i18n").iterdir()} == before

    out_dir = tmp_path / "qm"
    result = run_script("--root", project, "compile", "--out-dir", out_dir)
    assert result.returncode == 0, result.stderr
    assert not (project / "resources").exists()  # --out-dir respected
    ru = QTranslator()
    assert ru.load(str(out_dir / "app_ru.qm"))
    assert ru.translate("MainWindow", "Household book") == "Похозяйственная книга"
    plural = [ru.translate("MainWindow", "%n day(s)", None, n) for n in (1, 3, 5, 21)]
    assert plural == ["%n день", "%n дня", "%n дней", "%n день"]
    kk = QTranslator()
    assert kk.load(str(out_dir / "app_kk.qm"))
    assert kk.translate("MainWindow", "Citizen's <b>IIN</b>") == "Азаматтың <b>ЖСН</b>"


def test_check_finds_missing_and_obsolete_entries(project: Path, tmp_path: Path) -> None:
    i18n.update(project)
    i18n.fill(write_tsv(tmp_path / "cycle.tsv", *CYCLE_TSV), i18n.ts_files(project))
    assert i18n.missing_or_obsolete(project) == []

    source = project / "desktop" / "window.py"
    source.write_text(
        WINDOW_SOURCE.replace('self.tr("Household book")', 'self.tr("Household book list")'),
        encoding="utf-8",
    )
    found = {(e.ts_file.name, e.problem, e.key.source) for e in i18n.missing_or_obsolete(project)}
    assert found == {
        (name, problem, text)
        for name in ("app_kk.ts", "app_ru.ts")
        for problem, text in (
            ("missing from .ts", "Household book list"),
            ("obsolete", "Household book"),
        )
    }
    # The committed files were compared through copies, not changed.
    assert "Household book list" not in (project / "i18n" / "app_ru.ts").read_text("utf-8")
    result = run_script("--root", project, "check")
    assert result.returncode == 1
    assert "missing from .ts" in result.stdout and "obsolete" in result.stdout


def test_check_flags_contexts_the_code_never_asks_for(project: Path) -> None:
    (project / "desktop" / "labels.py").write_text(
        textwrap.dedent(
            """\
            from PySide6.QtCore import QCoreApplication, QObject


            def tr(text: str) -> str:
                return QCoreApplication.translate("cli", text)


            HELP = tr("print JSON instead of a table")


            class Labels(QObject):
                def texts(self) -> list[str]:
                    return [QCoreApplication.translate("Labels", "Name"), self.tr("Surname")]
            """
        ),
        encoding="utf-8",
    )
    i18n.update(project)
    found = {
        (e.ts_file.name, e.problem, e.key.context, e.key.source)
        for e in i18n.check(project)
        if e.problem != "unfinished"
    }
    assert found == {
        (name, problem, context, text)
        for name in ("app_kk.ts", "app_ru.ts")
        for problem, context, text in (
            ("context mis-read by lupdate", "QCoreApplication.self", "Surname"),
            ("no context (bare tr() call)", "", "print JSON instead of a table"),
        )
    }


def test_writer_reproduces_lupdate_output(project: Path) -> None:
    (project / "desktop" / "odd.py").write_text(
        "from PySide6.QtCore import QObject\n\n\nclass Odd(QObject):\n    def f(self) -> None:\n"
        '        self.tr("2026\\u202fж. & \\"q\\" \'a\' <i>\\ttab\\nnew line")\n'
        '        self.tr("Open", "menu")\n',
        encoding="utf-8",
    )
    i18n.update(project)
    for ts_path in i18n.ts_files(project).values():
        written = ts_path.read_text(encoding="utf-8")
        assert "&#x202f;" in written and "&apos;a&apos;" in written
        assert i18n.serialize_ts(i18n.read_ts(ts_path)) == written


def _translatable_calls(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every literal self.tr / QCoreApplication.translate /
    QT_TRANSLATE_NOOP call, read with Python's own parser (independent of lupdate)."""
    import ast

    found: set[tuple[str, str]] = set()

    def visit(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and child.args:
                func = child.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                args = child.args
                literal = [a.value if isinstance(a, ast.Constant) else None for a in args[:2]]
                if name == "tr" and isinstance(literal[0], str):
                    found.add((cls, literal[0]))
                elif (
                    name in ("translate", "QT_TRANSLATE_NOOP")
                    and len(args) >= 2
                    and isinstance(literal[0], str)
                    and isinstance(literal[1], str)
                ):
                    found.add((literal[0], literal[1]))
            visit(child, cls)

    visit(ast.parse(path.read_text("utf-8")), "")
    return found


@pytest.mark.parametrize("lang", sorted(COMMITTED_TS))
def test_every_string_in_the_code_is_translated(lang: str) -> None:
    """Catches calls lupdate itself cannot see (e.g. tr() with quotes inside an f-string)."""
    translated = {
        (key.context, key.source)
        for key, message in i18n.iter_messages(i18n.read_ts(COMMITTED_TS[lang]).getroot())
        if all(i18n.translation_forms(message))
    }
    wanted: set[tuple[str, str]] = set()
    for path in i18n.source_files(REPO_ROOT):
        wanted |= _translatable_calls(path)
    missing = sorted(wanted - translated)
    assert not missing, f"not translated in {lang}: {missing}"
