"""Scanning config files and sources: `check_config` for one text, `scan_paths` and `lint_paths` for
files and directory trees (walked natively by the core's binding, with `.gitignore`,
`.credcheckignore` and `exclude` honoured as the npm package does)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import List, Mapping, Optional, Sequence, Union

from . import _core
from ._report import Report

__all__ = ["ScanResult", "SkippedFile", "check_config", "detect_kind", "lint_paths", "scan_paths"]

PathLike = Union[str, "os.PathLike[str]"]


@dataclass(frozen=True)
class SkippedFile:
    """A file the scan did not read, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class ScanResult:
    """The report, how many files were checked, and what was skipped."""

    report: Report
    files: int
    skipped: List[SkippedFile]


def check_config(text: str, path: Optional[str] = None, kind: Optional[str] = None) -> Report:
    """Checks one config text (`.env`, `OAI_CONFIG_LIST`, AutoGen component, CrewAI YAML, client
    parameters, Compose, Kubernetes, LiteLLM config). Raises `ValueError` for an unknown kind or a
    text whose kind cannot be recognised; bad content is a finding."""
    return Report.from_json(_core.check_config(text, path, kind))


def detect_kind(path: str, text: str) -> Optional[str]:
    """The kind credcheck recognises a file as, or None."""
    return _core.detect_kind(path, text)


def scan_paths(
    paths: Sequence[PathLike] = (),
    *,
    max_bytes: Optional[int] = None,
    kind: Optional[str] = None,
    env: Optional[Mapping[str, str]] = None,
    lint: bool = True,
    configs: bool = True,
    gitignore: bool = True,
    exclude: Sequence[str] = (),
) -> ScanResult:
    """Scans files and directory trees (default `.`): every config found is checked together with
    its siblings and the `.env` files beside it, and JavaScript, TypeScript and Python sources are
    linted (`lint=False` to skip). Paths in findings are relative to the current directory. The
    `OAI_CONFIG_LIST` of `env` (default `os.environ`) is checked too. Raises `ValueError` for a path
    that does not exist."""
    source = os.environ if env is None else env
    options = {
        "maxBytes": max_bytes,
        "kind": kind,
        "configs": configs,
        "lint": lint,
        "gitignore": gitignore,
        "exclude": list(exclude),
        "oaiConfigList": source.get("OAI_CONFIG_LIST"),
    }
    raw = json.loads(_core.scan_paths([os.fspath(p) for p in paths], json.dumps(options)))
    return ScanResult(
        report=Report.from_dict(raw["report"]),
        files=raw["files"],
        skipped=[SkippedFile(**s) for s in raw["skipped"]],
    )


def lint_paths(
    paths: Sequence[PathLike] = (),
    *,
    max_bytes: Optional[int] = None,
    gitignore: bool = True,
    exclude: Sequence[str] = (),
) -> ScanResult:
    """Lints JavaScript, TypeScript and Python sources in files and directory trees (walked like
    `scan_paths`); a file that does not parse is one `source-syntax` finding."""
    return scan_paths(paths, max_bytes=max_bytes, env={}, lint=True, configs=False, gitignore=gitignore, exclude=exclude)
