"""Choosing the system proxy per server, bypass list and NO_PROXY included."""

from __future__ import annotations

import pytest

from deskhandler.sync.proxies import choose_proxy, strip_credentials

#: What ``urllib.request.getproxies()`` returns from a Windows registry set by group policy.
REGISTRY = {"http": "http://proxy.hue.gov.vn:3128", "https": "http://proxy.hue.gov.vn:3128"}


def bypass_intranet(host: str) -> bool:
    """Like a bypass list of ``*.noibo.hue.gov.vn;<local>``."""
    name = host.split(":", maxsplit=1)[0]
    return name.endswith(".noibo.hue.gov.vn") or "." not in name


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://api.hue.gov.vn", "http://proxy.hue.gov.vn:3128"),
        ("http://api.hue.gov.vn:8000/desk", "http://proxy.hue.gov.vn:3128"),
        ("https://desk.noibo.hue.gov.vn", None),
        ("https://deskserver:8443", None),
        ("http://127.0.0.1:8000", None),
        ("http://localhost:8000", None),
        ("http://[::1]:8000", None),
    ],
)
def test_the_registry_proxy_and_its_bypass_list(url: str, expected: str | None) -> None:
    choice = choose_proxy(url, getproxies=lambda: REGISTRY, bypass=bypass_intranet)
    assert choice.url == expected
    assert choice.reason


def test_the_port_reaches_the_bypass_check() -> None:
    asked: list[str] = []
    choose_proxy("https://api.hue.gov.vn:8443", getproxies=lambda: REGISTRY, bypass=asked.append)
    assert asked == ["api.hue.gov.vn:8443"]


def test_no_system_proxy_means_direct() -> None:
    choice = choose_proxy("https://api.hue.gov.vn", getproxies=dict, bypass=bypass_intranet)
    assert (choice.url, choice.display) == (None, "direct")


def test_registry_entries_without_a_scheme_and_socks_are_made_usable() -> None:
    assert (
        choose_proxy(
            "https://api.hue.gov.vn", getproxies=lambda: {"https": "proxy:8080"}, bypass=bool
        ).url
        is None  # bool("api.hue.gov.vn") is True: everything bypassed
    )
    plain = choose_proxy(
        "https://api.hue.gov.vn", getproxies=lambda: {"https": "proxy:8080"}, bypass=lambda _: 0
    )
    socks = choose_proxy(
        "https://api.hue.gov.vn", getproxies=lambda: {"all": "socks://gw:1080"}, bypass=lambda _: 0
    )
    assert plain.url == "http://proxy:8080"
    assert socks.url == "socks5://gw:1080"


def test_an_unreadable_bypass_list_keeps_the_proxy() -> None:
    def broken(host: str) -> bool:
        raise OSError("registry")

    assert choose_proxy("https://api.hue.gov.vn", getproxies=lambda: REGISTRY, bypass=broken).url


def test_environment_proxy_and_no_proxy_through_urllib(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.example:3128")
    monkeypatch.setenv("NO_PROXY", ".noibo.hue.gov.vn,10.0.0.5")

    through = choose_proxy("https://api.hue.gov.vn")
    assert through.url == "http://user:secret@proxy.example:3128"
    assert through.display == "http://proxy.example:3128"
    assert choose_proxy("https://desk.noibo.hue.gov.vn").url is None
    assert choose_proxy("https://10.0.0.5:8443").url is None
    assert choose_proxy("http://api.hue.gov.vn").url is None  # no HTTP_PROXY set


def test_credentials_are_stripped_for_display() -> None:
    assert strip_credentials("http://u:p@[::1]:8080/x") == "http://[::1]:8080/x"
    assert strip_credentials("http://proxy:8080") == "http://proxy:8080"
