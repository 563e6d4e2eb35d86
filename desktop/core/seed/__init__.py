"""Reading the seed document (Resolution No 29/03) into reference data, with no Qt and no database.

`extract(text)` reads the seed text; `write(extraction, out_dir)` writes the JSON files and
seed_report.md. Run `python -m desktop.core.seed SEED_PATH --out resources/reference`.
"""

from desktop.core.seed.extract import extract
from desktop.core.seed.model import Extraction
from desktop.core.seed.output import write

__all__ = ["Extraction", "extract", "write"]
