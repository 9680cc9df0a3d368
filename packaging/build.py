"""Build the desk for the current OS: a one-folder PyInstaller bundle, and with ``--msi`` the
Windows Installer package.

    python packaging/build.py            # dist/deskhandler/  (prints its size)
    python packaging/build.py --msi      # also dist/deskhandler-<version>-x64.msi
    python packaging/build.py --msi --no-bundle   # only the MSI, from an existing bundle

One version source: ``deskhandler.__version__`` feeds the Windows version resource of the
exe, the MSI's ProductVersion and the file name.  The MSI is built by ``wixl`` (Debian's
msitools) where it exists, else by WiX v3 (``candle``/``light``) on Windows; both read
``packaging/windows/deskhandler.wxs`` and a fragment listing the bundle's files that this
script writes (stable component GUIDs derived from each path).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
BUILD = ROOT / "build" / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "deskhandler"
WXS = PACKAGING / "windows" / "deskhandler.wxs"
#: Namespace of the component GUIDs: the same file path always gets the same GUID.
COMPONENT_NAMESPACE = uuid.UUID("5b0b3c1e-8f8e-4d35-9a55-3b1f6c0d2a71")


def version() -> str:
    """``__version__`` from ``src/deskhandler/__init__.py``, without importing the package."""
    text = (ROOT / "src" / "deskhandler" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise SystemExit("no __version__ in src/deskhandler/__init__.py")
    return match.group(1)


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """``0.1.0rc1`` -> ``(0, 1, 0, 0)``: Windows resources and MSI want four numbers."""
    match = re.match(r"\d+(?:\.\d+)*", text.strip())
    parts = [int(n) for n in match.group().split(".")] if match else []
    padded = [*parts, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def write_version_file(path: Path, text: str) -> Path:
    """The Windows version resource (PyInstaller's ``VSVersionInfo`` text)."""
    numbers = numeric_version(text)
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'deskhandler'),
      StringStruct('FileDescription', 'deskhandler - the desk for citizens\\' reports'),
      StringStruct('FileVersion', '{text}'),
      StringStruct('InternalName', 'deskhandler'),
      StringStruct('LegalCopyright', 'Apache-2.0'),
      StringStruct('OriginalFilename', 'deskhandler.exe'),
      StringStruct('ProductName', 'deskhandler'),
      StringStruct('ProductVersion', '{text}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path


def write_icon(path: Path) -> Path | None:
    """A plain icon drawn with Pillow (no binary files in the repository); None without it."""
    try:
        from PIL import Image, ImageDraw  # noqa: PLC0415 - optional, only for the icon
    except ImportError:
        return None
    image = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((8, 8, 248, 248), radius=40, fill=(0, 94, 140, 255))
    draw.rectangle((64, 72, 192, 88), fill=(255, 255, 255, 255))
    draw.rectangle((64, 120, 192, 136), fill=(255, 255, 255, 255))
    draw.rectangle((64, 168, 150, 184), fill=(255, 255, 255, 255))
    image.save(path, sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])
    return path


def compile_translations(out: Path) -> Path:
    """The interface's ``.qm`` files, bundled as ``translations/`` (ui/i18n.py looks there)."""
    builder = ROOT / "tools" / "build_translations.py"
    if not builder.exists():
        print("warning: tools/build_translations.py missing; the bundle has no translations")
        return out
    subprocess.run(
        [sys.executable, "-m", "tools.build_translations", "--out", str(out)],
        cwd=ROOT,
        check=True,
    )
    return out


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bundle() -> Path:
    BUILD.mkdir(parents=True, exist_ok=True)
    text = version()
    env = dict(os.environ)
    env["DESKHANDLER_BUILD_TRANSLATIONS"] = str(compile_translations(BUILD / "translations"))
    if sys.platform == "win32":
        env["DESKHANDLER_BUILD_VERSION_FILE"] = str(
            write_version_file(BUILD / "version_info.txt", text)
        )
        icon = write_icon(BUILD / "deskhandler.ico")
        if icon is not None:
            env["DESKHANDLER_BUILD_ICON"] = str(icon)
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(BUILD / "work"),
            str(PACKAGING / "deskhandler.spec"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    size = folder_size(BUNDLE)
    print(
        f"bundle: {BUNDLE}  {size / 1e6:.1f} MB in "
        f"{sum(1 for p in BUNDLE.rglob('*') if p.is_file())} files, "
        f"built in {time.monotonic() - started:.0f} s"
    )
    return BUNDLE


def _wix_id(prefix: str, relative: str) -> str:
    """A WiX identifier (max 72 chars, letters/digits/_/.) unique per path."""
    digest = uuid.uuid5(COMPONENT_NAMESPACE, relative).hex[:24]
    return f"{prefix}_{digest}"


def write_files_fragment(bundle: Path, out: Path) -> Path:
    """A WiX v3 fragment with one component per file of the bundle (ComponentGroup
    ``BundleFiles`` under ``INSTALLFOLDER``); the main exe's File Id is ``DeskExe``."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
        "  <Fragment>",
    ]
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        pad = "  " * depth
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            relative = entry.relative_to(bundle).as_posix()
            if entry.is_dir():
                lines.append(
                    f"{pad}<Directory Id={quoteattr(_wix_id('dir', relative))} "
                    f"Name={quoteattr(entry.name)}>"
                )
                walk(entry, depth + 1)
                lines.append(f"{pad}</Directory>")
                continue
            component = _wix_id("cmp", relative)
            file_id = {"deskhandler.exe": "DeskExe", "deskhandlerw.exe": "DeskWindowedExe"}.get(
                relative, _wix_id("fil", relative)
            )
            if relative == "deskhandler":  # the Linux build's executable, for a test MSI
                file_id = "DeskExe"
            guid = uuid.uuid5(COMPONENT_NAMESPACE, "component:" + relative)
            lines.append(
                f'{pad}<Component Id="{component}" Guid="{{{str(guid).upper()}}}" Win64="yes">'
            )
            lines.append(
                f'{pad}  <File Id="{file_id}" Name={quoteattr(entry.name)} '
                f'Source={quoteattr(relative)} KeyPath="yes" />'
            )
            lines.append(f"{pad}</Component>")
            components.append(component)

    lines.append('    <DirectoryRef Id="INSTALLFOLDER">')
    walk(bundle, 3)
    lines.append("    </DirectoryRef>")
    lines.append('    <ComponentGroup Id="BundleFiles">')
    lines += [f'      <ComponentRef Id="{c}" />' for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def build_msi(bundle: Path) -> Path:
    if not bundle.is_dir():
        raise SystemExit(f"no bundle at {bundle}: run python packaging/build.py first")
    BUILD.mkdir(parents=True, exist_ok=True)
    text = version()
    numbers = ".".join(str(n) for n in numeric_version(text)[:3])
    fragment = write_files_fragment(bundle, BUILD / "files.wxs")
    msi = DIST / f"deskhandler-{text}-x64.msi"
    defines = [f"Version={numbers}", f"BundleDir={bundle}"]
    if shutil.which("wixl"):
        subprocess.run(
            [
                "wixl",
                "--arch",
                "x64",
                *(f"--define={d}" for d in defines),
                "-o",
                str(msi),
                str(WXS),
                str(fragment),
            ],
            check=True,
            cwd=bundle,  # file sources are relative to the bundle
        )
    elif shutil.which("candle") and shutil.which("light"):
        objects = BUILD / "wixobj"
        subprocess.run(
            ["candle", "-nologo", "-arch", "x64", *(f"-d{d}" for d in defines),
             "-out", f"{objects}\\", str(WXS), str(fragment)],
            check=True,
        )  # fmt: skip
        subprocess.run(
            ["light", "-nologo", "-sval", "-b", str(bundle), "-out", str(msi),
             str(objects / "deskhandler.wixobj"), str(objects / "files.wixobj")],
            check=True,
        )  # fmt: skip
    else:
        raise SystemExit("no MSI toolset: apt-get install wixl (msitools), or WiX v3")
    print(f"msi: {msi}  {msi.stat().st_size / 1e6:.1f} MB")
    return msi


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--msi", action="store_true", help="also build the Windows Installer")
    parser.add_argument("--no-bundle", action="store_true", help="reuse dist/deskhandler/")
    args = parser.parse_args(argv)
    bundle = BUNDLE if args.no_bundle else build_bundle()
    if args.msi:
        build_msi(bundle)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
