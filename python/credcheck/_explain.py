"""Explaining an auth failure after it happened: `explain(exc)` gathers the text of an exception
(its type and message, traceback frames, `__cause__`, `__context__` and exception-group members,
and what the SDKs' exceptions carry: `status_code`, `body`, `code`, `response`, the request's URL)
and the core recognises the provider, framework, status and ranked causes."""

from __future__ import annotations

import json
import traceback
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from . import _core

__all__ = ["Cause", "Explanation", "error_text", "explain"]

#: Most characters of error text gathered; the signals sit in the first lines.
MAX_CHARS = 64 * 1024


@dataclass(frozen=True)
class Cause:
    """One possible root cause, with what to do and the credcheck check that confirms it."""

    cause: str
    confidence: str
    summary: str
    evidence: List[str]
    fix: List[str]
    confirm: str


@dataclass(frozen=True)
class Explanation:
    """What an error text says: provider, framework, HTTP status, ranked causes (most likely first),
    the verdict (`recognised`, `family`, `not-credential`, `unknown`) and the text, keys masked."""

    provider: Optional[str]
    framework: Optional[str]
    status: Optional[int]
    causes: List[Cause]
    verdict: str
    text: str
    _raw: Dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

    def to_dict(self) -> Dict[str, Any]:
        """The explanation as the core and the npm package write it."""
        return json.loads(json.dumps(self._raw))

    def format(self, fmt: str = "text") -> str:
        """Renders it as `text` (for people) or `json`."""
        return _core.format_explanation(json.dumps(self._raw), fmt)

    def __str__(self) -> str:
        return self.format("text")


def _short(value: Any) -> Optional[str]:
    """A JSON or text form of an SDK field, or None."""
    if value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value)
    try:
        return json.dumps(value, default=str)
    except (TypeError, ValueError):
        return None


def _response_text(response: Any) -> Optional[str]:
    """The body of an httpx or requests response, if it is already read (never reads a stream)."""
    for attr in ("_content", "content"):
        content = getattr(response, attr, None)
        if isinstance(content, (bytes, bytearray)):
            return bytes(content[:8192]).decode("utf-8", errors="replace")
    return None


def error_text(exc: BaseException) -> str:
    """The text of an exception, its causes and group members, with the fields SDK errors carry;
    cycle-safe and bounded."""
    parts: List[str] = []
    seen = set()
    size = 0

    def push(s: Optional[str]) -> None:
        nonlocal size
        if s and size < MAX_CHARS:
            parts.append(s)
            size += len(s)

    def visit(e: Optional[BaseException], depth: int) -> None:
        if e is None or depth > 8 or id(e) in seen:
            return
        seen.add(id(e))
        if e.__traceback__ is not None:
            push("".join(traceback.format_tb(e.__traceback__)).rstrip())
        t = type(e)
        push(f"{t.__module__}.{t.__qualname__}: {e}")
        for key in ("status_code", "status", "code", "type", "param", "llm_provider"):
            v = getattr(e, key, None)
            if isinstance(v, (str, int)) and not isinstance(v, bool):
                push(f"{key}: {v}")
        push(_short(getattr(e, "body", None)))
        response = getattr(e, "response", None)
        if response is not None:
            status = getattr(response, "status_code", None)
            if isinstance(status, int):
                push(f"status: {status}")
            push(_response_text(response))
            headers = getattr(response, "headers", None)
            if headers is not None:
                for h in ("www-authenticate", "x-request-id", "apim-request-id", "x-ms-error-code", "server", "via"):
                    try:
                        v = headers.get(h)
                    except Exception:  # a header object of another shape
                        v = None
                    if v:
                        push(f"{h}: {v}")
        request = getattr(e, "request", None)
        if request is None and response is not None:
            try:
                request = getattr(response, "request", None)
            except Exception:  # httpx raises when a response has no request
                request = None
        url = getattr(request, "url", None) if request is not None else None
        if url is not None:
            push(f"url: {url}")
        for member in getattr(e, "exceptions", None) or ():
            if isinstance(member, BaseException):
                visit(member, depth + 1)
        visit(e.__cause__, depth + 1)
        if not e.__suppress_context__:
            visit(e.__context__, depth + 1)

    visit(exc, 0)
    return "\n".join(parts)[:MAX_CHARS]


def explain(exc_or_text: Any) -> Explanation:
    """Explains an auth failure from an exception or its text: which provider answered, through
    which framework, with which HTTP status, and the likely root causes (most likely first), each
    with fix steps and the credcheck check that confirms it. Keys in the text come back masked."""
    if isinstance(exc_or_text, BaseException):
        text = error_text(exc_or_text)
    elif isinstance(exc_or_text, (bytes, bytearray)):
        text = bytes(exc_or_text).decode("utf-8", errors="replace")
    else:
        text = str(exc_or_text)
    raw = json.loads(_core.explain(text))
    causes = [Cause(**c) for c in raw.get("causes", [])]
    return Explanation(
        provider=raw.get("provider"),
        framework=raw.get("framework"),
        status=raw.get("status"),
        causes=causes,
        verdict=raw.get("verdict", "unknown"),
        text=raw.get("text", ""),
        _raw=raw,
    )
