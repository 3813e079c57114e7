"""Who the client is, for the per-address rate limits, without believing what it says.

``X-Forwarded-For`` is a header any client can send, so it is only believed when the
connection comes from a proxy the deployment named (``MYOTRIAGE_TRUSTED_PROXIES``); then
the client is the right-most address of the header that is not one of those proxies
(everything to its left was written by the client and may be made up). With no proxy
named, the header is ignored and the client is the peer of the TCP connection.

The rewriting of the request's client and scheme is uvicorn's ``ProxyHeadersMiddleware``
(right-most untrusted address, networks allowed), added by
:func:`myotriage.web.app.create_app` only when proxies are configured; ``myotriage
serve`` turns uvicorn's own copy of it off, so there is one decision, in the app.

An IPv6 client usually owns a whole /64 (and can pick any address in it), so the limits
count an IPv6 client by its /64 network; an IPv4-mapped IPv6 address counts as the IPv4
address it stands for.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import Request

__all__ = ["IPV6_PREFIX", "client_address", "rate_key_address"]

#: The IPv6 network size that counts as one client.
IPV6_PREFIX = 64


def rate_key_address(host: str) -> str:
    """The part of ``host`` the rate limits count by: an IPv4 address, an IPv6 /64, or
    ``host`` unchanged when it is not an IP address (a Unix socket, a test client)."""
    try:
        address = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, IPV6_PREFIX), strict=False))
    return str(address)


def client_address(request: Request) -> str:
    """The client's key for per-address limits (see :func:`rate_key_address`)."""
    return rate_key_address(request.client.host if request.client else "unknown")
