"""Bad files end in a SpreadsheetError with a code and its parameters, never a traceback:
missing, locked, pulled out half way, too big, zip bombs, stray far cells, encrypted, not a
spreadsheet at all, damaged, empty."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from desktop.core.spreadsheet import Limits, SpreadsheetError, limits, open_book, read_table
from desktop.core.spreadsheet import source as source_module

FIXTURES = Path(__file__).parent.parent / "fixtures"


def refused(source: object, limits: Limits | None = None, **named: str) -> SpreadsheetError:
    with pytest.raises(SpreadsheetError) as error:
        read_table(source, limits=limits or Limits(), **named)  # type: ignore[arg-type]
    return error.value


def small_workbook(path: Path, cells: dict[str, object] | None = None) -> Path:
    book = Workbook()
    for ref, value in (cells or {"A1": "Л/с", "B1": "Аты", "A2": "1", "B2": "Серік"}).items():
        book.active[ref] = value
    book.save(path)
    return path


class PulledStick(io.RawIOBase):
    """A file on a USB stick pulled out after `good` bytes."""

    def __init__(self, data: bytes, good: int, error: OSError) -> None:
        self.data, self.good, self.error, self.at = data, good, error, 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        if self.at >= self.good:
            raise self.error
        size = self.good - self.at if size < 0 else min(size, self.good - self.at)
        self.at += size
        return self.data[self.at - size : self.at]


def test_a_missing_file(tmp_path: Path) -> None:
    error = refused(tmp_path / "жоқ.xlsx")
    assert (error.code, error.params) == ("not_found", {"path": "жоқ.xlsx"})


def test_a_stick_pulled_half_way(tmp_path: Path) -> None:
    data = small_workbook(tmp_path / "book.xlsx").read_bytes()
    stick = PulledStick(data, 100, OSError(5, "Input/output error"))
    error = refused(stick, name="book.xlsx")
    assert error.code == "interrupted"
    assert error.params["path"] == "book.xlsx"
    assert "Input/output error" in str(error.params["detail"])


def test_a_file_held_by_another_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sharing = OSError(13, "The process cannot access the file")
    sharing.winerror = 32  # type: ignore[attr-defined]  # what Windows says while Excel has it
    assert refused(PulledStick(b"", 0, sharing), name="book.xlsx").code == "locked"
    assert refused(PulledStick(b"", 0, PermissionError(13, "denied"))).code == "locked"
    path = small_workbook(tmp_path / "book.xlsx")

    def held(*args: object, **kwargs: object) -> object:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(source_module.Path, "open", held)
    error = refused(path)
    assert (error.code, error.params) == ("locked", {"path": "book.xlsx"})


def test_a_file_past_the_size_limit_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"a;b\n" * 1000)
    error = refused(path, Limits(file_bytes=1000))
    assert (error.code, error.params) == ("too_large", {"size": 4000, "limit": 1000})
    stream = refused(io.BytesIO(b"a;b\n" * 1000), Limits(file_bytes=1000))
    assert stream.code == "too_large"


def zipped(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def workbook_parts(sheet_xml: bytes) -> dict[str, bytes]:
    """The smallest .xlsx that Excel and calamine open, with this sheet."""
    main = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rels = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = b"http://schemas.openxmlformats.org/package/2006/relationships"
    return {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxml'
        b'formats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" Conte'
        b'ntType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/'
        b'><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxm'
        b'lformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": b'<?xml version="1.0"?><Relationships xmlns="' + package + b'"><Relati'
        b'onship Id="rId1" Type="' + rels + b'/officeDocument" Target="xl/workbook.xml"/></Re'
        b"lationships>",
        "xl/workbook.xml": b'<?xml version="1.0"?><workbook xmlns="'
        + main
        + b'" xmlns:r="'
        + rels
        + b'"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": b'<?xml version="1.0"?><Relationships xmlns="'
        + package
        + b'"><Relationship Id="rId1" Type="'
        + rels
        + b'/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet_xml,
    }


def sheet_xml(rows: bytes) -> bytes:
    return (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetm'
        b'l/2006/main"><sheetData>' + rows + b"</sheetData></worksheet>"
    )


def test_a_zip_bomb_is_refused_from_its_declared_sizes_before_anything_is_unpacked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    row = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
    bomb = zipped(workbook_parts(sheet_xml(row + b" " * (16 * 2**20))))  # 16 MB of spaces
    assert len(bomb) < 2**17

    def unpacked(*args: object, **kwargs: object) -> object:
        raise AssertionError("a part was unpacked")

    with monkeypatch.context() as patch:
        patch.setattr(zipfile.ZipFile, "open", unpacked)
        error = refused(io.BytesIO(bomb), name="bomb.xlsx")
    assert error.code == "too_large_unpacked"
    assert isinstance(error.params["ratio"], int) and error.params["ratio"] > 200
    assert error.params["ratio_limit"] == 200
    assert error.params["limit"] == 2**30
    honest = zipped(workbook_parts(sheet_xml(row * 20_000)))  # 1.2 MB, packed about 100 to 1
    too_much = refused(io.BytesIO(honest), Limits(unpacked_bytes=2**20))
    assert too_much.code == "too_large_unpacked"
    assert isinstance(too_much.params["size"], int) and too_much.params["size"] > 2**20
    assert too_much.params["limit"] == 2**20


def test_a_part_that_unpacks_beyond_its_declared_size_is_refused() -> None:
    row = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
    xml = sheet_xml(row + b" " * 100_000)
    data = zipped(workbook_parts(xml))
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/worksheets/sheet1.xml")
    honest = struct.pack("<III", info.CRC, info.compress_size, info.file_size)
    lying = struct.pack("<III", info.CRC, info.compress_size, 500)
    assert data.count(honest) == 2  # the local header and the central directory
    error = refused(io.BytesIO(data.replace(honest, lying)), name="lying.xlsx")
    assert error.code == "unreadable"


@pytest.mark.parametrize(
    ("cells", "code", "params"),
    [
        # One stray value in the last row or column: calamine would build the whole grid
        # (16,384 x 1,048,576 cells: 550 GB) and end the program; refused before that.
        ({"A1": "Л/с", "XFD1048576": "x"}, "too_many_rows", {"rows": 1048576}),
        ({"A1": "Л/с", "A400000": "x"}, "too_many_rows", {"rows": 400000, "limit": 300000}),
        ({"A1": "Л/с", "XFD1": "x", "A2000": "1"}, "too_many_cells", {"columns": 16384}),
    ],
)
def test_a_sheet_past_the_row_or_cell_limit_is_refused_before_it_is_built(
    tmp_path: Path, cells: dict[str, object], code: str, params: dict[str, object]
) -> None:
    error = refused(small_workbook(tmp_path / "stray.xlsx", cells))
    assert error.code == code
    assert params.items() <= error.params.items()
    assert error.params["sheet"] == "Sheet"


def test_cells_and_rows_with_a_style_but_no_value_do_not_count(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Л/с", "Аты"])
    sheet.append(["1", "Серік"])
    sheet["XFD1048576"].font = Font(bold=True)  # written as <c r="XFD1048576" s="1"/>
    sheet.row_dimensions[900_000].height = 30  # <row r="900000" ht="30" customHeight="1">
    book.save(tmp_path / "styled.xlsx")
    table = read_table(tmp_path / "styled.xlsx")
    assert table.headers == ("Л/с", "Аты")
    assert [r.cells for r in table.rows] == [("1", "Серік")]


@pytest.mark.parametrize("piece", [61, 97, 4096, 2**20])
def test_a_sheet_is_measured_the_same_in_pieces_of_any_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int
) -> None:
    book = Workbook()
    sheet = book.active
    for row in range(1, 31):
        sheet.append([f"{row:04d}", "Серік " * 40, row])
    sheet["E45"] = "жаңа"  # the last value: row 45, column E
    sheet["Z80"].font = Font(italic=True)  # a style, no value
    sheet.row_dimensions[90].height = 20
    book.save(tmp_path / "book.xlsx")
    monkeypatch.setattr(limits, "CHUNK", piece)
    with zipfile.ZipFile(tmp_path / "book.xlsx") as archive:
        extents = limits.check_zip(archive, Limits())
    assert extents == {"xl/worksheets/sheet1.xml": limits.Extent(45, 5)}


def test_rows_without_numbers_and_prefixed_elements_are_measured_too() -> None:
    rows = b'<x:row><x:c t="inlineStr"><x:is><x:t>v</x:t></x:is></x:c></x:row>' * 50
    xml = (
        b'<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spread'
        b'sheetml/2006/main"><x:sheetData>' + rows + b"</x:sheetData></x:worksheet>"
    )
    error = refused(io.BytesIO(zipped(workbook_parts(xml))), Limits(rows=40))
    assert (error.code, error.params["rows"]) == ("too_many_rows", 50)


def test_a_text_file_past_the_row_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    path.write_text("Л/с;Аты\n" + "1;Серік\n" * 60, encoding="utf-8")
    error = refused(path, Limits(rows=50))
    assert (error.code, error.params) == (
        "too_many_rows",
        {"sheet": "long", "rows": 51, "limit": 50},
    )


@pytest.mark.parametrize("name", ["encrypted.xlsx", "password.xls"])
def test_a_password_protected_workbook(name: str) -> None:
    error = refused(FIXTURES / name)
    assert (error.code, error.params) == ("password_protected", {})


@pytest.mark.parametrize(
    ("data", "code", "kind"),
    [
        (b"%PDF-1.7\n...", "not_a_spreadsheet", "pdf"),
        (b"\x89PNG\r\n\x1a\n....", "not_a_spreadsheet", "image"),
        (b"\x00\x01\x02\x03binary\x00\x00\x07", "not_a_spreadsheet", "binary"),
        (zipped({"word/document.xml": b"<w/>"}), "not_a_spreadsheet", "document"),
        (zipped({"notes.txt": b"hello"}), "not_a_spreadsheet", "binary"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "WordDocument".encode("utf-16-le"),
            "not_a_spreadsheet",
            "document",
        ),
        (
            zipped({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "unsupported_format",
            "ods",
        ),
        (zipped({"xl/workbook.bin": b"\x00"}), "unsupported_format", "xlsb"),
    ],
)
def test_files_that_are_not_spreadsheets_we_read(data: bytes, code: str, kind: str) -> None:
    error = refused(io.BytesIO(data), name="file.xlsx")
    assert (error.code, error.params) == (code, {"kind": kind})


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04 this is not a workbook",
        zipped(workbook_parts(b"<worksheet><sheetData><row>")),  # XML cut short
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "Workbook".encode("utf-16-le") + b"\x00" * 600,
    ],
)
def test_damaged_workbooks_are_unreadable(data: bytes) -> None:
    assert refused(io.BytesIO(data), name="broken.xlsx").code == "unreadable"


def test_an_empty_file_and_an_empty_sheet(tmp_path: Path) -> None:
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n;;\n", encoding="utf-8")
    assert (refused(empty).code, refused(empty).params) == ("empty", {"sheet": "empty"})
    book = Workbook()
    book.active.title = "Бос"
    book.save(tmp_path / "empty.xlsx")
    error = refused(tmp_path / "empty.xlsx")
    assert (error.code, error.params) == ("empty", {"sheet": "Бос"})


def test_no_header_in_a_sheet_of_numbers(tmp_path: Path) -> None:
    path = tmp_path / "numbers.csv"
    path.write_text("1;2;3\n4;5;6\n", encoding="utf-8")
    assert refused(path).code == "no_header"


def test_a_healthy_book_opens_within_the_default_limits(tmp_path: Path) -> None:
    with open_book(small_workbook(tmp_path / "book.xlsx")) as book:
        assert book.kind == "zip"
        assert [r.cells for r in book.sheet().rows()] == [("1", "Серік")]
