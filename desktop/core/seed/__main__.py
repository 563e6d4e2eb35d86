"""python -m desktop.core.seed SEED_PATH --out resources/reference"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.core.seed.extract import extract
from desktop.core.seed.output import write


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.core.seed",
        description="Extract the reference data from the seed text and (re)write its files.",
    )
    parser.add_argument("seed", type=Path, help="the seed text file")
    parser.add_argument("--out", type=Path, default=Path("resources/reference"))
    args = parser.parse_args(argv)
    extraction = extract(args.seed.read_text(encoding="utf-8"))
    for path in write(extraction, args.out):
        print(path)


if __name__ == "__main__":
    main()
