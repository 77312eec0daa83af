"""Reports and findings as Python objects, decoded from the core's JSON (the same fields as the npm
package's `Report`, in snake_case)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from . import _core

__all__ = ["Location", "SecretRef", "Finding", "Summary", "Report", "CredentialError"]


@dataclass(frozen=True)
class Location:
    """Where a finding is: an environment variable, or a file with line and column."""

    env: Optional[str] = None
    file: Optional[str] = None
    line: Optional[int] = None
    column: Optional[int] = None
    pointer: Optional[str] = None

    def __str__(self) -> str:
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            return where
        return self.env or self.pointer or "(environment)"


@dataclass(frozen=True)
class SecretRef:
    """A secret a finding is about, never in full: masked, fingerprinted, its provider."""

    masked: str
    fingerprint: str
    provider: Optional[str] = None


@dataclass(frozen=True)
class Finding:
    """One problem: stable rule id, severity, location, one-line message and a concrete fix."""

    rule: str
    severity: str
    location: Location
    message: str
    fix: str
    provider: Optional[str] = None
    secret: Optional[SecretRef] = None

    def __str__(self) -> str:
        return f"{self.severity} {self.rule} {self.location}: {self.message}"


@dataclass(frozen=True)
class Summary:
    """Counts per severity, whether the report has no error, and the providers checked."""

    errors: int
    warnings: int
    infos: int
    ok: bool
    providers: List[str] = field(default_factory=list)


@dataclass(frozen=True)
class Report:
    """Findings (errors first) and their summary."""

    findings: List[Finding]
    summary: Summary
    _raw: Dict[str, Any] = field(repr=False, compare=False, default_factory=dict)

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
        return json.loads(json.dumps(self._raw))

    def format(self, fmt: str = "text") -> str:
        """Renders the report as `text`, `json` or `sarif` (SARIF 2.1.0)."""
        return _core.format_report(json.dumps(self._raw), fmt)

    def __str__(self) -> str:
        return self.format("text")

    @classmethod
    def from_json(cls, text: str) -> "Report":
        """Decodes the core's JSON."""
        return cls.from_dict(json.loads(text))

    @classmethod
    def from_dict(cls, raw: Dict[str, Any]) -> "Report":
        """Decodes a report dict (as `to_dict` or the npm package's JSON writes it)."""
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
        summary = Summary(
            errors=s["errors"],
            warnings=s["warnings"],
            infos=s["infos"],
            ok=s["ok"],
            providers=list(s.get("providers", [])),
        )
        return cls(findings=findings, summary=summary, _raw=raw)


class CredentialError(Exception):
    """Raised by `assert_credentials` and the guards: one error listing every error-level finding,
    masked (the same text as the npm package's `CredentialError`). The report is on `.report`, the
    error-level findings on `.findings`."""

    def __init__(self, report: Report) -> None:
        self.report = report
        self.findings = report.errors
        lines = []
        for f in self.findings:
            where = f.location.env or (str(f.location) if f.location.file else "(environment)")
            value = f" [{f.secret.masked} {f.secret.fingerprint}]" if f.secret else ""
            lines.append(f"  - {f.rule} {where}: {f.message}{value}\n    fix: {f.fix}")
        n = len(self.findings)
        super().__init__(f"credcheck: {n} credential error{'' if n == 1 else 's'}:\n" + "\n".join(lines))
