"""Which proxy, if any, the desk uses to reach its server.

httpx reads only the ``*_PROXY`` environment variables.  Government PCs usually get their
proxy from the Windows settings (the registry, often pushed by group policy) together with
a bypass list for intranet hosts; ``urllib.request`` reads both, on Windows and macOS
alike, and falls back to the environment elsewhere.  So the decision is taken here, once
per server URL, and httpx is told the result with ``trust_env=False``.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

GetProxies = Callable[[], Mapping[str, str]]
Bypass = Callable[[str], object]


@dataclass(frozen=True)
class ProxyChoice:
    """The proxy for one server (None: connect directly) and why, for ``doctor``."""

    url: str | None
    reason: str

    @property
    def display(self) -> str:
        """The proxy URL without any user name or password in it."""
        return "direct" if self.url is None else strip_credentials(self.url)


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def strip_credentials(url: str) -> str:
    parts = urlsplit(url)
    if parts.username is None and parts.password is None:
        return url
    netloc = parts.hostname or ""
    if ":" in netloc:
        netloc = f"[{netloc}]"
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _normalized(proxy: str) -> str:
    """A proxy address as httpx wants it: with a scheme; Windows' ``socks`` means SOCKS5."""
    if "://" not in proxy:
        proxy = f"http://{proxy}"
    scheme, _, rest = proxy.partition("://")
    if scheme.lower() in {"socks", "socks5h"}:
        return f"socks5://{rest}"
    return proxy


def choose_proxy(
    server_url: str,
    *,
    getproxies: GetProxies | None = None,
    bypass: Bypass | None = None,
) -> ProxyChoice:
    """The system's proxy for ``server_url``, honouring its bypass list and ``NO_PROXY``.

    ``getproxies`` and ``bypass`` default to urllib's, which read the environment first
    and otherwise the OS settings (Windows registry, macOS System Configuration).
    """
    getproxies = getproxies or urllib.request.getproxies
    bypass = bypass or urllib.request.proxy_bypass
    parts = urlsplit(server_url)
    host = parts.hostname or ""
    if not host:
        return ProxyChoice(None, "the server address has no host name")
    if is_loopback(host):
        return ProxyChoice(None, "the server is on this computer")
    proxies = {key.lower(): value for key, value in getproxies().items() if value}
    proxy = proxies.get(parts.scheme.lower()) or proxies.get("all")
    if proxy is None:
        return ProxyChoice(None, "no system proxy is set")
    netloc_host = f"[{host}]" if ":" in host else host
    target = netloc_host if parts.port is None else f"{netloc_host}:{parts.port}"
    try:
        bypassed = bool(bypass(target))
    except (OSError, ValueError):  # an unreadable registry value: use the proxy
        bypassed = False
    if bypassed:
        return ProxyChoice(None, "the server is on the proxy's bypass list")
    return ProxyChoice(_normalized(proxy), f"system proxy for {parts.scheme}")


__all__ = ["ProxyChoice", "choose_proxy", "is_loopback", "strip_credentials"]
