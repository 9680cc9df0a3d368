"""The test command also checks the code: ruff, mypy and the layer contracts of ARCHITECTURE.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


@pytest.mark.parametrize(
    "command",
    [
        ("ruff", "check", "src", "tests", "tools"),
        ("ruff", "format", "--check", "src", "tests", "tools"),
        ("mypy", "src", "tests", "tools"),
        ("lint-imports",),
    ],
    ids=["ruff-check", "ruff-format", "mypy", "layers"],
)
def test_code_is_clean(command: tuple[str, ...]) -> None:
    done = run(str(BIN / command[0]), *command[1:])
    assert done.returncode == 0, done.stdout + done.stderr
