"""Settings, drafts and saved views are written whole or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from deskhandler.jsonfile import write_json


def test_writes_the_data_and_makes_the_folder(tmp_path: Path) -> None:
    target = tmp_path / "new" / "settings.json"
    write_json(target, {"tên": "Huế"}, indent=2)
    assert json.loads(target.read_text(encoding="utf-8")) == {"tên": "Huế"}
    assert "Huế" in target.read_text(encoding="utf-8")  # readable, not \\u escapes


def test_a_failed_write_keeps_the_old_file_and_leaves_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "views.json"
    write_json(target, {"views": []})
    with pytest.raises(TypeError):
        write_json(target, {"views": [object()]})
    assert json.loads(target.read_text(encoding="utf-8")) == {"views": []}
    assert [p.name for p in tmp_path.iterdir()] == ["views.json"]
