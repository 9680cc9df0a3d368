"""Translations: every visible literal wrapped, catalogs complete and consistent, Vietnamese
shown for a Vietnamese OS, and the language switchable while windows are open."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot
from tools.build_translations import build

from deskhandler.ui import i18n
from deskhandler.ui.dialogs import ReplyDialog, ReturnDialog
from deskhandler.ui.labels import kind_label
from tests.ui.test_dialogs import case, context

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "deskhandler" / "ui"
TS = ROOT / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"

#: Methods whose string argument people read.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setItemText",
    "setTabText",
    "setTabToolTip",
    "setInformativeText",
    "setDetailedText",
    "setLabelText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "showMessage",
    "addItem",
    "addItems",
    "insertItem",
    "addAction",
    "addMenu",
    "addTab",
    "insertTab",
    "addRow",
    "setHorizontalHeaderLabels",
    "setHeaderData",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "set_plain",
    "plain_label",
    "set_plain_tooltip",
    "set_plain_title",
}
#: Widgets whose constructor takes the text they show.
TEXT_WIDGETS = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QLineEdit",
    "QMessageBox",
    "QCommandLinkButton",
}
#: Literals shown on purpose without translation, with the reason.
UNTRANSLATED = {
    "Tiếng Việt",  # a language's own name, the same in every interface language
    "English",  # same
}
#: QMessageBox's static functions (``log.warning(...)`` is not shown to anyone).
MESSAGE_BOX_FUNCTIONS = {"information", "warning", "critical", "question", "about"}
TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
#: Parts of a literal nobody reads as words: format directives, placeholders, addresses.
NOT_WORDS = re.compile(r"%[-#0 +]*\d*[A-Za-z]|\{[^{}]*\}|\b[a-z][a-z0-9+.-]*://\S+")
PLACEHOLDERS = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d+|%n")
LETTERS = re.compile(r"[^\W\d_]")


def _call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _has_words(text: str) -> bool:
    return text not in UNTRANSLATED and bool(LETTERS.search(NOT_WORDS.sub("", text)))


def _visible_literals(node: ast.expr) -> Iterator[ast.expr]:
    """String literals (and f-string text) in ``node`` that are not inside a tr() call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and _has_words(str(part.value)):
                yield node
                return
    elif isinstance(node, ast.Call) and _call_name(node) in TRANSLATE_CALLS:
        return
    elif isinstance(node, ast.Call):
        # "...".format(x), some_function(...): look at the receiver and the arguments.
        if isinstance(node.func, ast.Attribute):
            yield from _visible_literals(node.func.value)
        for arg in node.args:
            yield from _visible_literals(arg)
    elif isinstance(node, ast.BinOp):
        yield from _visible_literals(node.left)
        yield from _visible_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _visible_literals(node.body)
        yield from _visible_literals(node.orelse)
    elif isinstance(node, ast.Tuple | ast.List):
        for element in node.elts:
            yield from _visible_literals(element)


def untranslated_literals(source: str, filename: str) -> list[str]:
    problems = []
    tree = ast.parse(source, filename)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        if name in TRANSLATE_CALLS:
            texts = node.args[1:2] if name == "translate" else node.args[:1]
            if name == "translate" and not (node.args and isinstance(node.args[0], ast.Constant)):
                problems.append(f"{filename}:{node.lineno}: translate() needs a literal context")
            for arg in texts:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    problems.append(
                        f"{filename}:{node.lineno}: {name}() of a non-literal cannot be extracted"
                    )
            continue
        shown = name in TEXT_SETTERS or name in TEXT_WIDGETS
        if name in MESSAGE_BOX_FUNCTIONS:
            receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
            shown = isinstance(receiver, ast.Name) and receiver.id == "QMessageBox"
        if shown:
            arguments = [*node.args, *(k.value for k in node.keywords if k.arg == "text")]
            for arg in arguments:
                problems.extend(
                    f"{filename}:{literal.lineno}: visible literal not wrapped in tr(): "
                    f"{ast.unparse(literal)[:60]}"
                    for literal in _visible_literals(arg)
                )
    return problems


def ui_sources() -> list[Path]:
    return sorted(UI.rglob("*.py"))


# --- the source is wrapped ------------------------------------------------------------------


def test_every_visible_literal_in_ui_is_translatable() -> None:
    problems = []
    for path in ui_sources():
        problems += untranslated_literals(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    assert problems == []


@pytest.mark.parametrize(
    ("code", "flagged"),
    [
        ("label.setText('Save')", True),
        ("label.setText(self.tr('Save'))", False),
        ("label.setText(self.tr('{n} cases').format(n=n))", False),
        ("label.setText(f'Case {x}')", True),
        ("label.setText(f'{a} ({b})')", False),
        ("QPushButton('Send')", True),
        ("box.addItem(name, code)", False),
        ("box.addItem('Choose…')", True),
        ("label.setText(self.tr(f'x {y}'))", True),
        ("label.setText('—')", False),
        ("label.setText(x if y else 'none')", True),
        ("set_plain(label, self.tr('Signed in as {n}').format(n=who))", False),
        ("QCoreApplication.translate(ctx, 'x')", True),
        ("QCoreApplication.translate('ctx', text)", True),
        ("box.setPlaceholderText('https://desk.example.gov.vn')", False),
        ("label.setText(day.strftime('%d/%m/%Y %H:%M'))", False),
        ("log.warning('cannot compile %s', x)", False),
        ("QMessageBox.warning(self, 'Title', text)", True),
        ("label.setText(_t('wrapped in a helper lupdate cannot see'))", True),
    ],
)
def test_the_check_itself(code: str, flagged: bool) -> None:
    assert bool(untranslated_literals(code, "x.py")) is flagged


# --- the catalogs ----------------------------------------------------------------------------


def messages(path: Path) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translated forms, type) of every message of a .ts file.

    A message with plural forms (``%n``) has one form per plural of the language (Vietnamese
    has one, English two); any other message has one.
    """
    found = []
    for group in ET.parse(path).getroot().iter("context"):
        name = group.findtext("name") or ""
        for message in group.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    forms or [translation.text or ""],
                    translation.get("type"),
                )
            )
    return found


def test_no_vietnamese_entry_is_unfinished_or_empty() -> None:
    bad = [
        (context, source)
        for context, source, forms, kind in messages(TS / "deskhandler_vi.ts")
        if kind is not None or not all(form.strip() for form in forms)
    ]
    assert bad == []


def test_vietnamese_is_written_with_its_diacritics() -> None:
    texts = [form for _, _, forms, _ in messages(TS / "deskhandler_vi.ts") for form in forms]
    plain_ascii = [t for t in texts if t.isascii() and LETTERS.search(t)]
    # A few entries may be all-ASCII ("IOC", a URL); untranslated or unaccented text may not.
    assert len(plain_ascii) <= len(texts) // 20, plain_ascii


@pytest.mark.parametrize("language", ["vi", "en"])
def test_placeholders_and_shortcut_marks_match(language: str) -> None:
    bad = []
    for where, source, forms, _ in messages(TS / f"deskhandler_{language}.ts"):
        for text in forms:
            if sorted(PLACEHOLDERS.findall(source)) != sorted(PLACEHOLDERS.findall(text)):
                bad.append((where, source, text))
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                bad.append((where, source, text))
    assert bad == []


def test_catalogs_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """What lupdate finds in ui/ today is all in the committed, finished catalogs."""
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run(
        [str(LUPDATE), "-extensions", "py", "-silent", str(UI), "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    wanted = {(context, source) for context, source, _, _ in messages(fresh)}
    for language in ("vi", "en"):
        have = {
            (c, s)
            for c, s, forms, kind in messages(TS / f"deskhandler_{language}.ts")
            if kind is None and all(forms)
        }
        assert sorted(wanted - have) == [], language


# --- building and loading ------------------------------------------------------------------


def test_catalog_is_compiled_once_and_again_when_its_source_changes(tmp_path: Path) -> None:
    sources = tmp_path / "ts"
    sources.mkdir()
    shutil.copy(TS / "deskhandler_vi.ts", sources)
    cache = tmp_path / "cache"
    first = i18n.catalog_path("vi", cache, sources=sources, bundled=[])
    assert first is not None
    assert first.is_file()
    stamp = first.stat().st_mtime_ns
    assert i18n.catalog_path("vi", cache, sources=sources, bundled=[]) == first
    assert first.stat().st_mtime_ns == stamp
    ts = sources / "deskhandler_vi.ts"
    ts.write_text(ts.read_text(encoding="utf-8").replace("Hủy", "Thôi"), encoding="utf-8")
    second = i18n.catalog_path("vi", cache, sources=sources, bundled=[])
    assert second is not None
    assert second != first
    assert not first.exists()
    assert i18n.catalog_path("fr", cache, sources=sources, bundled=[]) is None


def test_a_bundled_catalog_wins_and_needs_no_compiler(tmp_path: Path) -> None:
    bundled = tmp_path / "bundle"
    built = build(bundled)
    assert sorted(p.name for p in built) == ["deskhandler_en.qm", "deskhandler_vi.qm"]
    found = i18n.catalog_path("vi", tmp_path / "cache", sources=tmp_path, bundled=[bundled])
    assert found == bundled / "deskhandler_vi.qm"
    assert not (tmp_path / "cache").exists()


def test_language_from_settings_or_from_the_os() -> None:
    assert i18n.resolve_language("vi") == "vi"
    assert i18n.resolve_language("en", QLocale("vi_VN")) == "en"
    assert i18n.resolve_language("system", QLocale("vi_VN")) == "vi"
    assert i18n.resolve_language(None, QLocale("fr_FR")) == "en"


SHOW = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from deskhandler.store.records import CaseView
from deskhandler.ui.dialogs import DialogContext, ReplyDialog
from deskhandler.ui.i18n import LanguageSwitcher
from deskhandler.wire.models import Case
app = QApplication([])
language = LanguageSwitcher(app, Path(sys.argv[1])).apply("system")
case = Case.model_validate_json(sys.argv[2])
dialog = ReplyDialog(CaseView(case=case, snapshot=case), DialogContext())
print(language, dialog.windowTitle(), dialog.cancel_button().text(), sep="|")
"""


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("vi_VN.UTF-8", "vi|Trả lời công dân|Hủy"),
        ("fr_FR.UTF-8", "en|Reply to the citizen|Cancel"),
    ],
)
def test_the_app_shows_vietnamese_on_a_vietnamese_os(tmp_path: Path, lang: str, shown: str) -> None:
    """A fresh process whose OS locale is ``lang`` and whose setting is "system"."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANGUAGE"))}
    env.update(LANG=lang, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SHOW, str(tmp_path / "cache"), case().case.model_dump_json()],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == shown


def test_switching_language_retranslates_open_dialogs(
    qtbot: QtBot, switcher: i18n.LanguageSwitcher
) -> None:
    reply = ReplyDialog(case(), context())
    back = ReturnDialog(case(status="assigned"), context())
    for dialog in (reply, back):
        qtbot.addWidget(dialog)
        dialog.show()
    with qtbot.waitSignal(switcher.language_changed):
        switcher.apply("vi")
    qtbot.waitUntil(lambda: reply.windowTitle() == "Trả lời công dân")
    assert reply.ok_button().text() == "&Gửi trả lời"
    assert reply.problems() == ["Hãy nhập nội dung công dân sẽ đọc."]
    assert back.reason_box.currentText() == "Không thuộc thẩm quyền của đơn vị"
    switcher.apply("en")
    qtbot.waitUntil(lambda: reply.windowTitle() == "Reply to the citizen")
    assert back.reason_box.currentText() == "Not within our unit's competence"


def test_a_report_in_the_timeline_is_not_called_a_time(switcher: i18n.LanguageSwitcher) -> None:
    """English says "Reported" for the timeline's first entry and for the date field; in
    Vietnamese the first is an event (the citizen reported), the second a time."""
    switcher.apply("vi")
    assert kind_label("report") == "Người dân gửi phản ánh"
    assert QCoreApplication.translate("CasePanel", "Reported") == "Thời gian phản ánh"
