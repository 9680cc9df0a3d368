"""Text reaches widgets through `deskhandler.ui.plain` only.

``setText``, ``setToolTip`` and ``setWindowTitle`` guess rich text (labels, message boxes,
tooltips) or interpret ``[*]`` and ``&`` (titles, buttons); a call anywhere else in ``ui/``
is allowed only when its text is a literal or a translation of one (the program's own
words, never data), or it is listed below with the reason it is safe.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "src" / "deskhandler" / "ui"
SETTERS = {"setText", "setToolTip", "setWindowTitle", "setHtml", "setInformativeText"}
TRANSLATE = {"tr", "translate", "_t", "_"}

#: (file relative to ui/, source of the argument): why it is safe.
ALLOWED: dict[tuple[str, str], str] = {
    ("case_panel.py", "self.location_text()"): "the clipboard holds data, it displays nothing",
    ("dialogs/conflicts.py", "typed_text(self._conflicts[conflict_id].payload)"): "clipboard",
    ("dialogs/accept.py", "due.astimezone(PROVINCE_TZ).strftime('%d/%m/%Y %H:%M') if due else "
     "self.tr('none')"): "digits of a date, or the program's own word",
    ("dialogs/base.py", "'\\n'.join(problems)"): "the dialog's own validation messages",
    ("dialogs/settings.py", "'\\n'.join(problems)"): "the dialog's own validation messages",
    ("dialogs/base.py", "self._ok_text()"): "each dialog's translated button caption",
    ("dialogs/settings.py", "text"): "a loop over translated field captions",
    ("dialogs/triage.py", "text"): "a loop over translated field captions",
    ("dialogs/close.py", "str(draft.get('duplicate_of') or '')"): "a QLineEdit: always plain",
    ("dialogs/triage.py", "', '.join(self.case.tags)"): "a QLineEdit: always plain",
    ("dialogs/triage.py", "', '.join((str(tag) for tag in draft['tags']))"): "a QLineEdit",
    ("queue_view.py", "view.search"): "the search box, a QLineEdit: always plain",
    ("main_window.py", "text"): "a loop over translated menu captions",
    ("case_panel.py", "names[kind]"): "a dict of translated button captions",
    ("dialogs/conflicts.py", "f'{single_line(entry.case_id, 64)} · {kind_label(entry.kind)}'"): (
        "a list item: items show plain text; the id goes through plain.single_line"
    ),
    ("dialogs/files.py", "tooltip_markup(str(path))"): (
        "a list item's tooltip (no widget for set_plain_tooltip): escaped by plain.tooltip_markup"
    ),
}  # fmt: skip


def _is_own_words(node: ast.expr) -> bool:
    """A literal, or tr()/translate() of literals (``.replace``/``.format`` of those too)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    if isinstance(node, ast.JoinedStr):
        return False
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TRANSLATE:
            return all(_is_own_words(arg) or isinstance(arg, ast.Constant) for arg in node.args)
        if isinstance(func, ast.Attribute) and name in {"replace", "format", "arg"}:
            return _is_own_words(func.value) and all(
                isinstance(arg, ast.Constant) or _is_number(arg) for arg in node.args
            )
    return False


def _is_number(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and getattr(node.func, "id", "") in {"len", "str", "int"}


def offenders() -> list[str]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        if relative == "plain.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            if node.func.attr not in SETTERS or not node.args:
                continue
            argument = node.args[0]
            source = ast.unparse(argument)
            if node.func.attr == "setHtml":
                found.append(f"{relative}:{node.lineno}: setHtml({source})")
            elif not _is_own_words(argument) and (relative, source) not in ALLOWED:
                found.append(f"{relative}:{node.lineno}: {node.func.attr}({source})")
    return found


def test_no_text_setter_outside_the_plain_module() -> None:
    assert offenders() == []


def test_the_check_sees_a_setter_with_data(tmp_path: Path) -> None:
    sample = ast.parse("label.setText(case.title)\nlabel.setText(self.tr('Ok'))").body
    calls = [node.value for node in sample if isinstance(node, ast.Expr)]
    assert [_is_own_words(call.args[0]) for call in calls if isinstance(call, ast.Call)] == [
        False,
        True,
    ]
