import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.printing.samples import KINDS

# main() would create a bare QCoreApplication, after which widget tests cannot run.
pytestmark = pytest.mark.usefixtures("qapp")


@pytest.mark.parametrize("language", ["kk", "ru"])
@pytest.mark.parametrize("kind", KINDS)
def test_print_sample_writes_a_pdf(kind: str, language: str, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}-{language}.pdf"
    assert main(["print-sample", kind, "--lang", language, "--out", str(out)]) == 0
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 1
    mark = "ҮЛГІ" if language == "kk" else "ОБРАЗЕЦ"
    assert mark in reader.pages[0].extract_text()


def test_print_sample_needs_no_database(tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "talon.pdf"
    assert main(["print-sample", "talon", "--out", str(out)]) == 0
    assert out.exists()
    assert not list(data_dir.parent.rglob("*.sqlite3"))


def test_unknown_kind_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["print-sample", "certificate", "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert "certificate" in captured.err and "talon" in captured.err
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_unwritable_path_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing-folder" / "x.pdf"
    assert main(["print-sample", "ticket", "--lang", "ru", "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert str(out) in captured.err and "Traceback" not in captured.err
