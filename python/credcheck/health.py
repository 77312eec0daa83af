"""health_check: one cheap authenticated request per provider (the catalog names it), classified by
the core. This module only makes the HTTP call, with urllib (no dependency); the key never appears
in what it returns."""

from __future__ import annotations

import json
import os
import socket
import ssl
import urllib.error
import urllib.request
from typing import Any, Dict, Mapping, Optional

from . import _core
from ._options import env_pairs

__all__ = ["health_check"]

MAX_BODY = 64 * 1024


def _code(err: BaseException) -> str:
    """The error code the core classifies (Node's names: ENOTFOUND, ECONNREFUSED, ETIMEDOUT, TLS)."""
    reason = getattr(err, "reason", err)
    if isinstance(reason, socket.gaierror):
        return "ENOTFOUND"
    if isinstance(reason, ConnectionRefusedError):
        return "ECONNREFUSED"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "ETIMEDOUT"
    if isinstance(reason, ssl.SSLError):
        return f"TLS_{getattr(reason, 'reason', None) or 'ERROR'}"
    return type(reason).__name__


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # a redirect is an answer to classify, not to follow with the key


def health_check(provider: str, env: Optional[Mapping[str, str]] = None, timeout_ms: int = 10_000) -> Dict[str, Any]:
    """Makes the provider's cheap authenticated request (OpenAI `GET /v1/models`, Azure
    `GET {endpoint}/openai/models?api-version=...`, Anthropic `GET /v1/models`, ...) and says what
    the answer means: ok, invalid key (401), permission (403), wrong endpoint/deployment/version
    (404), proxy auth (407), rate limit or quota (429), or DNS, TLS, refused, timeout. Never raises
    for a network or HTTP failure: that is the result (a dict, as the npm package's HealthResult)."""
    planned = json.loads(_core.health_request(env_pairs(env), provider))
    if "request" not in planned:
        return planned["result"]
    request = planned["request"]
    req = urllib.request.Request(request["url"], method=request["method"], headers=dict(request["headers"]))
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(req, timeout=timeout_ms / 1000) as res:
            status, body = res.status, res.read(MAX_BODY)
    except urllib.error.HTTPError as e:
        status, body = e.code, e.read(MAX_BODY) if e.fp is not None else b""
    except (urllib.error.URLError, OSError) as e:
        reason = getattr(e, "reason", e)
        return json.loads(_core.classify_network_error(json.dumps(request), _code(e), str(reason)))
    text = body.decode("utf-8", errors="replace")
    return json.loads(_core.classify_health(json.dumps(request), status, text))
