"""Workbooks (.xlsx, .xlsm and the old .xls) through calamine.

calamine (Rust) reads a 200,000-row sheet about 8 times faster than openpyxl (5.6 s against
46 s, benchmarks/books.py), but builds each sheet whole as a grid of rows x columns (200 MB
for that sheet, where openpyxl streams in 45 MB): so before a sheet is built its extent is
checked against the limits (for .xlsx from the scan in limits.py; an .xls sheet cannot
exceed 65,536 x 256 cells and is checked once built). Rows are then handed out one at a
time as text.
"""

from __future__ import annotations

import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
from io import BytesIO

import python_calamine as calamine

from desktop.core.spreadsheet.cells import cell_text
from desktop.core.spreadsheet.errors import SpreadsheetError
from desktop.core.spreadsheet.header import Merge
from desktop.core.spreadsheet.limits import Extent, Limits, check_extent, check_zip, open_zip
from desktop.core.spreadsheet.source import Loaded, has_stream
from desktop.core.spreadsheet.table import RawSheet, RowPairs


def _refuse(code: str, kind: str) -> SpreadsheetError:
    return SpreadsheetError(code, f"This is a {kind} file.", kind=kind)


def _check_kind(archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if "xl/workbook.xml" in names:
        return
    if "xl/workbook.bin" in names:
        raise _refuse("unsupported_format", "xlsb")
    if "mimetype" in names:  # an OpenDocument file; read only when it is as small as it should be
        mimetype = archive.getinfo("mimetype")
        if mimetype.file_size < 200 and b"spreadsheet" in archive.read(mimetype):
            raise _refuse("unsupported_format", "ods")
    if names & {"word/document.xml", "ppt/presentation.xml", "mimetype"}:
        raise _refuse("not_a_spreadsheet", "document")
    raise _refuse("not_a_spreadsheet", "binary")


_GLOBALS_BOF = re.compile(rb"\x09\x08(..)(?:\x00\x06|\x00\x05)\x05\x00", re.DOTALL)


def _biff_encrypted(ole: bytes) -> bool:
    """An .xls saved with a password: its first record after the workbook's BOF is FILEPASS
    (0x002F). calamine tells this only when it can guess the format from a file name."""
    for bof in _GLOBALS_BOF.finditer(ole):
        after = bof.start() + 4 + int.from_bytes(bof.group(1), "little")
        if ole[after : after + 2] == b"\x2f\x00":
            return True
    return False


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML part ("xl/worksheets/sheet1.xml"), from workbook.xml and its
    relationships."""
    try:
        workbook = ET.fromstring(archive.read("xl/workbook.xml"))
        relations = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError):
        return {}
    targets = {}
    for relation in relations:
        target = relation.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[relation.get("Id")] = posixpath.normpath(path)
    parts = {}
    for element in workbook.iter():
        if element.tag.endswith("}sheet"):
            rid = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
            if rid in targets:
                parts[element.get("name", "")] = targets[rid]
    return parts


class ExcelBook:
    """A workbook's sheets; `sheet(name)` builds one (checked against the limits first)."""

    def __init__(self, loaded: Loaded, limits: Limits) -> None:
        self.name = loaded.name
        self.limits = limits
        self.extents: dict[str, Extent] = {}
        if loaded.kind == "zip":
            with open_zip(loaded.data) as archive:
                _check_kind(archive)
                by_part = check_zip(archive, limits)
                parts = _sheet_parts(archive)
            widest = Extent(
                max((e.rows for e in by_part.values()), default=0),
                max((e.columns for e in by_part.values()), default=0),
            )  # for a sheet whose part is not named in workbook.xml
            self.extents = {name: by_part.get(part, widest) for name, part in parts.items()}
            self.default_extent: Extent | None = widest
        else:
            encrypted = has_stream(loaded.data, "EncryptionInfo", "EncryptedPackage")
            if encrypted or _biff_encrypted(loaded.data):
                raise SpreadsheetError("password_protected", "The workbook is encrypted.")
            if not has_stream(loaded.data, "Workbook", "Book"):
                raise _refuse("not_a_spreadsheet", "document")
            self.default_extent = None
        try:
            self.workbook = calamine.CalamineWorkbook.from_filelike(BytesIO(loaded.data))
            metadata = self.workbook.sheets_metadata
        except calamine.PasswordError as error:
            raise SpreadsheetError("password_protected", str(error)) from error
        except Exception as error:  # calamine raises its own kinds and others on a broken file
            raise SpreadsheetError("unreadable", str(error), detail=str(error)) from error
        worksheets = [m for m in metadata if m.typ == calamine.SheetTypeEnum.WorkSheet]
        self.sheet_names = tuple(m.name for m in worksheets)
        visible = [m.name for m in worksheets if m.visible == calamine.SheetVisibleEnum.Visible]
        self.first_sheet = (visible or list(self.sheet_names) or [""])[0]

    def close(self) -> None:
        self.workbook.close()

    def sheet(self, name: str) -> RawSheet:
        extent = self.extents.get(name, self.default_extent)
        if extent is not None:
            check_extent(name, extent, self.limits)
        try:
            sheet = self.workbook.get_sheet_by_name(name)
            end = sheet.end
            start = sheet.start
            ranges = sheet.merged_cell_ranges or []
        except calamine.PasswordError as error:
            raise SpreadsheetError("password_protected", str(error)) from error
        except Exception as error:
            raise SpreadsheetError("unreadable", str(error), detail=str(error)) from error
        height, width = (end[0] + 1, end[1] + 1) if end else (0, 0)
        check_extent(name, Extent(height, width), self.limits)
        lead = [""] * (start[1] if start else 0)
        merges = tuple(Merge(r0 + 1, c0, r1 + 1, c1) for (r0, c0), (r1, c1) in ranges)

        def rows() -> RowPairs:
            # calamine hands out rows from the first row, but columns from the first used one
            try:
                for number, values in enumerate(sheet.iter_rows(), start=1):
                    cells = lead + [  # cell_text, with its commonest case written out
                        " ".join(v.split()) if v.__class__ is str else cell_text(v) for v in values
                    ]
                    yield number, cells + [""] * (width - len(cells))
            except Exception as error:
                raise SpreadsheetError("unreadable", str(error), detail=str(error)) from error

        return RawSheet(name, width, height, merges, rows)
