"""Compile the interface translations for packaging: ``resources/translations/*.ts`` -> ``.qm``.

The running app compiles missing catalogs by itself into its cache (``ui/i18n.py``); a frozen
app must not depend on that, so the release build runs this first and the PyInstaller spec
bundles the output folder as ``translations/`` (``sys._MEIPASS/translations``), where
``ui/i18n.py`` looks before anything else.

    python -m tools.build_translations [--out build/translations]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from deskhandler.ui.i18n import CATALOG, compile_catalog, source_dir


def build(out: Path, sources: Path | None = None) -> list[Path]:
    """Compile every ``deskhandler_*.ts`` of ``sources`` into ``out``; return the files."""
    built = []
    for ts in sorted((sources or source_dir()).glob(f"{CATALOG}_*.ts")):
        qm = out / ts.with_suffix(".qm").name
        compile_catalog(ts, qm)
        built.append(qm)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("build/translations"))
    args = parser.parse_args(argv)
    for qm in build(args.out):
        print(qm)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
