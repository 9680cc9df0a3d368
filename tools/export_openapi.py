"""Write docs/openapi.json from the app, the way the test expects it (deterministic).

python tools/export_openapi.py            # write docs/openapi.json
python tools/export_openapi.py --check    # exit 1 when the committed file is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from deskhandler.server.app import create_app
from deskhandler.server.db import Database

TARGET = Path(__file__).resolve().parent.parent / "docs" / "openapi.json"


def openapi_document() -> dict[str, Any]:
    """The app's OpenAPI document; building it needs no database, only the routes."""
    db = Database("sqlite://")
    try:
        document: dict[str, Any] = create_app(db).openapi()
        return document
    finally:
        db.dispose()


def render(document: dict[str, Any]) -> str:
    return json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, do not write")
    args = parser.parse_args(argv)
    text = render(openapi_document())
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale: run python tools/export_openapi.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
