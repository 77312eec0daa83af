"""What every engine's probe shares: the snapshot a node or worker takes of its own environment
(the startup record, the credential fingerprints and the env check, all made by the core, never a
value), the startup record `assert_credentials(record=True)` writes, and the result type. The
comparison itself is the core's (`_core.check_probe`)."""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Dict, List, Optional

from . import _core
from ._options import env_pairs

if TYPE_CHECKING:
    from ._options import EnvLike
from ._report import Report

__all__ = ["ProbeResult", "Replica"]

_IMPORTED_MS = time.time() * 1000


def started_ms() -> float:
    """When this process started, in ms since the epoch: from /proc on Linux (the kernel's start
    time in clock ticks after boot), else when credcheck was first imported."""
    try:
        with open("/proc/self/stat") as f:
            # Field 22; the command name (field 2) may hold spaces, so count after its ')'.
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/stat") as f:
            boot = next(int(line.split()[1]) for line in f if line.startswith("btime "))
        return (boot + ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError, StopIteration, AttributeError):
        return _IMPORTED_MS


def record_line(env: EnvLike = None) -> str:
    """This process's startup record (one masked line, the core's format)."""
    return _core.startup_record(env_pairs(env), socket.gethostname(), os.getpid(), started_ms())


def write_record(env: EnvLike = None) -> None:
    """Writes the startup record to stderr, where the replica's log collects it."""
    sys.stderr.write(record_line(env) + "\n")
    sys.stderr.flush()


def snapshot(options_json: str) -> Dict[str, Any]:
    """Run on a node or worker: what it holds, as the core sees it (JSON-ready, no value)."""
    pairs = env_pairs(None)
    return {
        "record": record_line(None),
        "fingerprints": json.loads(_core.credential_fingerprints(pairs)),
        "report": json.loads(_core.check_env(pairs, options_json)),
        "host": socket.gethostname(),
        "pid": os.getpid(),
    }


@dataclass(frozen=True)
class Replica:
    """One probed node or worker: its name, what it reported (fingerprints of the credential
    variables it sees, its own env check), or why it reported nothing."""

    name: str
    host: Optional[str] = None
    pid: Optional[int] = None
    fingerprints: Dict[str, str] = field(default_factory=dict)
    report: Optional[Report] = None
    runtime_env_vars: List[str] = field(default_factory=list)
    error: Optional[str] = None


@dataclass(frozen=True)
class ProbeResult:
    """Every replica's answer, and the report: each replica's own findings (named after it) and
    the comparison (`replica-key-missing`, `replica-key-differs`, `replica-unseen`)."""

    replicas: List[Replica]
    report: Report

    @property
    def ok(self) -> bool:
        """True when no finding is an error."""
        return self.report.ok

    def __str__(self) -> str:
        return str(self.report)


def compare(noun: str, answers: Dict[str, Dict[str, Any]], extra: Optional[Dict[str, List[str]]] = None) -> ProbeResult:
    """Builds the result from each replica's answer (a `snapshot`, or `{"error": ...}`)."""
    extra = extra or {}
    replicas = []
    wire = []
    for name, a in answers.items():
        report = Report.from_dict(a["report"]) if a.get("report") else None
        replicas.append(
            Replica(
                name=name,
                host=a.get("host"),
                pid=a.get("pid"),
                fingerprints=dict(a.get("fingerprints") or {}),
                report=report,
                runtime_env_vars=list(extra.get(name, [])),
                error=a.get("error"),
            )
        )
        wire.append({"name": name, "record": a.get("record"), "report": a.get("report"), "error": a.get("error")})
    return ProbeResult(replicas=replicas, report=Report.from_json(_core.check_probe(noun, json.dumps(wire))))


def failure(exc: BaseException) -> str:
    """An exception as one masked line, for a replica that could not answer."""
    first = (str(exc).strip().splitlines() or [""])[0][:300]
    return _core.mask_text(f"the probe failed: {type(exc).__name__}" + (f": {first}" if first else ""))
