"""Reports and findings as Python objects, built from the core's output (the same fields as the npm
package's `Report`, in snake_case). Plain classes, not dataclasses: `import credcheck` on the
startup path stays cheap."""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional

from . import _core

__all__ = ["Location", "SecretRef", "Finding", "Summary", "Report", "CredentialError"]


class _Record:
    """Equality, repr and dict form from `__slots__`."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(getattr(self, k) == getattr(other, k) for k in self.__slots__)

    def __hash__(self) -> int:
        return hash(tuple(repr(getattr(self, k)) for k in self.__slots__))

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__ if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"


class Location(_Record):
    """Where a finding is: an environment variable, or a file with line and column."""

    __slots__ = ("env", "file", "line", "column", "pointer")

    def __init__(self, env: Optional[str] = None, file: Optional[str] = None, line: Optional[int] = None, column: Optional[int] = None, pointer: Optional[str] = None) -> None:
        self.env, self.file, self.line, self.column, self.pointer = env, file, line, column, pointer

    def __str__(self) -> str:
        if self.file:
            parts = [self.file] + [str(n) for n in (self.line, self.column) if n is not None]
            return ":".join(parts)
        return self.env or self.pointer or "(environment)"


class SecretRef(_Record):
    """A secret a finding is about, never in full: masked, fingerprinted, its provider."""

    __slots__ = ("masked", "fingerprint", "provider")

    def __init__(self, masked: str, fingerprint: str, provider: Optional[str] = None) -> None:
        self.masked, self.fingerprint, self.provider = masked, fingerprint, provider


class Finding(_Record):
    """One problem: stable rule id, severity, location, one-line message and a concrete fix."""

    __slots__ = ("rule", "severity", "location", "message", "fix", "provider", "secret")

    def __init__(self, rule: str, severity: str, location: Location, message: str, fix: str, provider: Optional[str] = None, secret: Optional[SecretRef] = None) -> None:
        self.rule, self.severity, self.location, self.message, self.fix = rule, severity, location, message, fix
        self.provider, self.secret = provider, secret

    def __str__(self) -> str:
        return f"{self.severity} {self.rule} {self.location}: {self.message}"


class Summary(_Record):
    """Counts per severity, whether the report has no error, the providers and files checked."""

    __slots__ = ("errors", "warnings", "infos", "ok", "providers", "files")

    def __init__(self, errors: int, warnings: int, infos: int, ok: bool, providers: Optional[List[str]] = None, files: Optional[int] = None) -> None:
        self.errors, self.warnings, self.infos, self.ok = errors, warnings, infos, ok
        self.providers, self.files = list(providers or []), files


class Report(_Record):
    """Findings (errors first) and their summary."""

    __slots__ = ("findings", "summary", "_raw")

    def __init__(self, findings: List[Finding], summary: Summary, _raw: Optional[Dict[str, Any]] = None) -> None:
        self.findings, self.summary, self._raw = findings, summary, _raw or {}

    @property
    def ok(self) -> bool:
        """True when there is no error-level finding."""
        return self.summary.ok

    @property
    def errors(self) -> List[Finding]:
        """The error-level findings."""
        return [f for f in self.findings if f.severity == "error"]

    def to_dict(self) -> Dict[str, Any]:
        """The report as the core and the npm package write it (JSON-ready)."""
        import copy

        return copy.deepcopy(self._raw)

    def format(self, fmt: str = "text") -> str:
        """Renders the report as `text`, `json` or `sarif` (SARIF 2.1.0)."""
        import json

        return _core.format_report(json.dumps(self._raw), fmt)

    def __str__(self) -> str:
        return self.format("text")

    @classmethod
    def from_json(cls, text: str) -> "Report":
        """Decodes the core's JSON."""
        import json

        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, raw: Dict[str, Any]) -> "Report":
        """Builds a report from its dict form (as `to_dict` or the npm package's JSON writes it)."""
        findings = []
        for f in raw.get("findings", []):
            secret = f.get("secret")
            findings.append(
                Finding(
                    rule=f["rule"],
                    severity=f["severity"],
                    location=Location(**f.get("location", {})),
                    message=f["message"],
                    fix=f["fix"],
                    provider=f.get("provider"),
                    secret=SecretRef(**secret) if secret else None,
                )
            )
        s = raw["summary"]
        summary = Summary(s["errors"], s["warnings"], s["infos"], s["ok"], s.get("providers"), s.get("files"))
        return cls(findings, summary, raw)


class CredentialError(Exception):
    """Raised by `assert_credentials` and the guards: one error listing every error-level finding,
    masked (the core writes the text, the same as the npm package's `CredentialError`). The report
    is on `.report`, the error-level findings on `.findings`."""

    def __init__(self, report: Report, message: Optional[str] = None) -> None:
        self.report = report
        self.findings = report.errors
        if message is None:
            import json

            message = _core.credential_error_message(json.dumps(report._raw))
        super().__init__(message)
