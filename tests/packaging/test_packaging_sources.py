"""The installer and policy sources are well-formed and name the settings of config.py.

Fast and in the default run: a renamed setting, a policy value or an MSI property that
config.py does not read fails here, long before anyone builds an MSI on Windows.
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from deskhandler import __version__
from deskhandler.config import LANGUAGES, LOG_LEVELS, POLICY_KEY, SETTINGS

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
WIX = "{http://schemas.microsoft.com/wix/2006/wi}"
GP = "{http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions}"
#: Never change: Windows Installer upgrades in place only within one UpgradeCode.
UPGRADE_CODE = "{0CCB8EC6-5995-4BD4-864C-F8E71BCA9E54}"


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build", ROOT / "packaging" / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_wix_source_names_every_setting_as_a_public_property() -> None:
    product = ET.parse(WINDOWS / "deskhandler.wxs").getroot().find(f"{WIX}Product")
    assert product is not None
    assert product.get("UpgradeCode") == UPGRADE_CODE
    assert product.find(f"{WIX}MajorUpgrade") is not None
    package = product.find(f"{WIX}Package")
    assert package is not None
    assert package.get("InstallScope") == "perMachine"
    public = {
        p.get("Id")
        for p in product.iter(f"{WIX}Property")
        if re.fullmatch(r"[A-Z][A-Z0-9_]*", p.get("Id") or "")
        and not (p.get("Id") or "").startswith("ARP")
    }
    assert public == {s.installer_property for s in SETTINGS} | {"MANAGED"}
    # no RegistrySearch: AppSearch would replace a value given to an upgrade with the old one
    assert list(product.iter(f"{WIX}RegistrySearch")) == []
    recorded = {r.get("Name") for r in product.iter(f"{WIX}RegistryValue")}
    assert {s.installer_property for s in SETTINGS} <= recorded
    for action in product.iter(f"{WIX}CustomAction"):
        command = action.get("ExeCommand") or ""
        assert command.startswith("machine-settings ")
        assert action.get("Execute") == "deferred"
        assert action.get("Impersonate") == "no"
        for setting in SETTINGS:
            assert f'"{setting.name}=[{setting.installer_property}]"' in command
    shortcut = next(product.iter(f"{WIX}Shortcut"))
    assert shortcut.get("Target") == "[INSTALLFOLDER]deskhandlerw.exe"


def test_the_admx_names_every_setting_and_its_choices() -> None:
    root = ET.parse(WINDOWS / "deskhandler.admx").getroot()
    policies = {p.get("name"): p for p in root.iter(f"{GP}policy")}
    assert set(policies) == {s.policy_name for s in SETTINGS}
    for name, policy in policies.items():
        assert policy.get("key") == POLICY_KEY
        assert policy.get("class") == "Both"  # machine (HKLM) and user (HKCU) policy
        values = [e.get("valueName") for e in policy.find(f"{GP}elements") or []]
        assert values == [name]
    choices = {
        name: [v.text for v in policies[name].iter(f"{GP}string")]
        for name in ("Language", "LogLevel")
    }
    assert choices == {"Language": list(LANGUAGES), "LogLevel": list(LOG_LEVELS)}


@pytest.mark.parametrize("language", ["en-US", "vi-VN"])
def test_each_adml_defines_every_string_and_presentation(language: str) -> None:
    admx = (WINDOWS / "deskhandler.admx").read_text(encoding="utf-8")
    adml = ET.parse(WINDOWS / language / "deskhandler.adml").getroot()
    strings = {s.get("id"): s.text for s in adml.iter(f"{GP}string")}
    presentations = {p.get("id") for p in adml.iter(f"{GP}presentation")}
    assert set(re.findall(r"\$\(string\.(\w+)\)", admx)) <= set(strings)
    assert set(re.findall(r"\$\(presentation\.(\w+)\)", admx)) <= presentations
    assert all(text and text.strip() for text in strings.values())


def test_the_vietnamese_templates_are_translated() -> None:
    def strings(language: str) -> dict[str | None, str | None]:
        root = ET.parse(WINDOWS / language / "deskhandler.adml").getroot()
        return {s.get("id"): s.text for s in root.iter(f"{GP}string")}

    english, vietnamese = strings("en-US"), strings("vi-VN")
    assert set(english) == set(vietnamese)
    same = [k for k in english if english[k] == vietnamese[k] and k != "Category_deskhandler"]
    assert same == []


def test_one_version_source_feeds_the_build() -> None:
    build = build_script()
    assert build.version() == __version__
    assert build.numeric_version("1.2.3rc1") == (1, 2, 3, 0)


def test_the_files_fragment_has_stable_component_guids(tmp_path: Path) -> None:
    build = build_script()
    bundle = tmp_path / "deskhandler"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "deskhandler.exe").write_bytes(b"MZ")
    (bundle / "_internal" / "python311.dll").write_bytes(b"MZ")
    first = build.write_files_fragment(bundle, tmp_path / "a.wxs").read_text(encoding="utf-8")
    second = build.write_files_fragment(bundle, tmp_path / "b.wxs").read_text(encoding="utf-8")
    assert first == second
    root = ET.fromstring(first)
    files = {f.get("Source"): f.get("Id") for f in root.iter(f"{WIX}File")}
    assert files["deskhandler.exe"] == "DeskExe"  # the custom action's FileKey
    assert "_internal/python311.dll" in files
    refs = {c.get("Id") for c in root.iter(f"{WIX}ComponentRef")}
    assert refs == {c.get("Id") for c in root.iter(f"{WIX}Component")}
