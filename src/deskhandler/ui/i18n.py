"""The interface language: chosen in settings or from the OS, switchable while the app runs.

Sources are the Qt Linguist ``.ts`` files in ``resources/translations/`` (committed); the
compiled ``.qm`` files are build output and never committed.  So that a fresh clone with
``pip install -e .`` shows Vietnamese with no build step, a missing or out-of-date catalog is
compiled here with the ``lrelease`` that ships inside PySide6, into a cache folder, under a
name that carries the hash of its source (a changed ``.ts`` can never be served stale).  A
packaged app instead finds ready ``.qm`` files (``tools/build_translations.py`` writes them
and the PyInstaller spec bundles them as ``translations/``) and never runs ``lrelease``.

Installing or removing a translator makes Qt send ``LanguageChange`` to every widget; the
widgets set their texts again in ``changeEvent`` (see ``ui/dialogs/base.py``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from deskhandler.profile import APP_NAME

log = logging.getLogger(__name__)

#: Languages the interface speaks; the first is the source language of the code.
LANGUAGES: tuple[str, ...] = ("en", "vi")
#: The settings value that means "follow the OS".
SYSTEM = "system"
CATALOG = "deskhandler"
#: A folder of ready ``.qm`` files that wins over everything (IT, tests, packagers).
QM_DIR_VARIABLE = "DESKHANDLER_TRANSLATIONS"


def source_dir() -> Path:
    """``resources/translations`` of the source tree this module runs from."""
    return Path(__file__).resolve().parents[3] / "resources" / "translations"


def bundled_dirs() -> list[Path]:
    """Folders that may hold ready ``.qm`` files, most specific first."""
    dirs: list[Path] = []
    if os.environ.get(QM_DIR_VARIABLE):
        dirs.append(Path(os.environ[QM_DIR_VARIABLE]))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        dirs.append(Path(frozen) / "translations")
    return dirs


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run Qt's ``lrelease``: PySide6's own binary, else one on PATH."""
    pyside = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease"):
        if (pyside / name).is_file():
            return [str(pyside / name)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_catalog(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (written atomically); raise `OSError` when that fails."""
    command = lrelease_command()
    if command is None:
        raise OSError("Qt's lrelease was not found (it ships with PySide6)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.part")
    done = subprocess.run(  # noqa: S603 - our own lrelease on our own files
        [*command, "-silent", str(ts), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    if done.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise OSError(f"lrelease failed on {ts.name}: {done.stderr.strip() or done.stdout}")
    os.replace(partial, qm)


def catalog_path(
    language: str,
    cache_dir: Path | None = None,
    *,
    sources: Path | None = None,
    bundled: Sequence[Path] | None = None,
) -> Path | None:
    """The ``.qm`` of ``language``: a bundled one, else the cached compile of its ``.ts``.

    Compiles when the cache has no catalog for the current ``.ts`` content; returns None
    when there is neither (the interface then stays in the source language).
    """
    name = f"{CATALOG}_{language}"
    for folder in bundled_dirs() if bundled is None else bundled:
        if (folder / f"{name}.qm").is_file():
            return folder / f"{name}.qm"
    ts = (sources or source_dir()) / f"{name}.ts"
    if not ts.is_file():
        return None
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cache = cache_dir or default_cache_dir()
    qm = cache / f"{name}-{digest}.qm"
    if not qm.is_file():
        try:
            compile_catalog(ts, qm)
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("cannot compile the %s translation: %s", language, error)
            return None
        for old in cache.glob(f"{name}-*.qm"):
            if old != qm:
                old.unlink(missing_ok=True)
    return qm


def resolve_language(setting: str | None, system: QLocale | None = None) -> str:
    """The language to show for a settings value ("vi", "en", "system" or nothing)."""
    if setting in LANGUAGES:
        return setting
    locale = system if system is not None else QLocale.system()
    preferred = [*locale.uiLanguages(), locale.name()]
    for tag in preferred:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return LANGUAGES[0]


class LanguageSwitcher(QObject):
    """Installs our catalog and Qt's own for one language; `apply` again to switch."""

    language_changed = Signal(str)

    def __init__(
        self,
        app: QCoreApplication,
        cache_dir: Path | None = None,
        *,
        sources: Path | None = None,
        bundled: Sequence[Path] | None = None,
    ) -> None:
        super().__init__(app)
        self._app = app
        self._cache_dir = cache_dir
        self._sources = sources
        self._bundled = bundled
        self._installed: list[QTranslator] = []
        self.language = LANGUAGES[0]

    def apply(self, setting: str | None = SYSTEM) -> str:
        """Show the interface in the language ``setting`` names; returns that language."""
        language = resolve_language(setting)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(language))
        if language != LANGUAGES[0]:
            self._install_qt(language)
            self._install_ours(language)
        self.language = language
        self.language_changed.emit(language)
        return language

    def _install_ours(self, language: str) -> None:
        qm = catalog_path(language, self._cache_dir, sources=self._sources, bundled=self._bundled)
        translator = QTranslator(self)
        if qm is not None and translator.load(str(qm)):
            self._install(translator)
        else:
            log.warning("no %s translation found; the interface stays in English", language)

    def _install_qt(self, language: str) -> None:
        # Qt's own strings (standard dialogs, context menus); Qt has no qtbase_vi today, so
        # this is used when a later Qt or the packager provides one.
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator(self)
        if translator.load(QLocale(language), "qtbase", "_", folder):
            self._install(translator)

    def _install(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


__all__ = [
    "CATALOG",
    "LANGUAGES",
    "QM_DIR_VARIABLE",
    "SYSTEM",
    "LanguageSwitcher",
    "catalog_path",
    "compile_catalog",
    "default_cache_dir",
    "lrelease_command",
    "resolve_language",
    "source_dir",
]
