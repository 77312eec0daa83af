"""The startup record and `credcheck drift`: real Python processes write their records
(`assert_credentials(record=True)` and `CREDCHECK_RECORD=1`), their stderr is framed the way
`kubectl logs --prefix` and `docker compose logs` frame lines (see tests/fixtures/drift/README.md
for the format sources), and the drift command must name the replica with another key or none,
in the Python CLI and, byte for byte, the npm CLI."""

from __future__ import annotations

import glob
import json
import os
import subprocess
import sys
from typing import Dict, List, Optional

import pytest

import credcheck

from conftest import key_of
from test_cli import NODE_CLI, ROOT, both

CODE = "import credcheck; credcheck.assert_credentials(providers=['openai'], record={record})"


def start(keys: Dict[str, str], record: Optional[bool] = True, switch: Optional[str] = None) -> str:
    """Runs a real process with `keys` as its only credentials; returns what it wrote to stderr."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k != "CREDCHECK_RECORD"}
    env.update(keys)
    if switch is not None:
        env["CREDCHECK_RECORD"] = switch
    p = subprocess.run([sys.executable, "-c", CODE.format(record=record)], env=env, capture_output=True, text=True, timeout=60)
    return p.stderr


def drift(stdin: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "credcheck", "drift", *args], input=stdin, capture_output=True, text=True, timeout=60, cwd=ROOT)


def test_record_is_one_masked_line_and_only_when_asked() -> None:
    a = key_of("openai", 1)
    line = start({"OPENAI_API_KEY": a, "GROQ_API_KEY": key_of("groq", 1)})
    assert line.count("\n") == 1 and line.startswith("credcheck-startup v1 host="), line
    assert f"OPENAI_API_KEY=openai/{credcheck.fingerprint(a)}" in line
    assert "GROQ_API_KEY=groq/sha256:" in line and " pid=" in line and " started=" in line
    assert a[-12:] not in line
    assert start({"OPENAI_API_KEY": a}, record=None) == ""
    assert start({"OPENAI_API_KEY": a}, record=None, switch="1").startswith("credcheck-startup v1 ")
    assert start({"OPENAI_API_KEY": a}, record=False, switch="1") == ""
    with pytest.raises(TypeError, match="record must be True or False"):
        credcheck.assert_credentials(providers=["openai"], env={"OPENAI_API_KEY": a}, record="yes")


def replicas() -> List[str]:
    """Three real replicas' records: two with key A, one with key B and no Groq key."""
    same = {"OPENAI_API_KEY": key_of("openai", 1), "GROQ_API_KEY": key_of("groq", 1)}
    return [start(same).strip(), start(same).strip(), start({"OPENAI_API_KEY": key_of("openai", 2)}).strip()]


def test_drift_names_the_odd_pod_in_kubectl_prefixed_logs() -> None:
    pods = ["web-7d4b9c6f5-x2kqz", "web-7d4b9c6f5-h8m2p", "web-7d4b9c6f5-q9w4t"]
    lines = []
    for pod, record in zip(pods, replicas()):
        lines.append(f"[pod/{pod}/app] 2026-03-02T09:00:01.204518312Z {record}")
        lines.append(f"[pod/{pod}/app] 2026-03-02T09:00:01.305117001Z INFO listening on :8080")
        lines.append(f"[pod/{pod}/istio-proxy] 2026-03-02T09:00:00.512208113Z info Envoy proxy is ready")
    p = drift("\n".join(lines) + "\n", "-f", "json")
    assert p.returncode == 0, p.stderr
    report = json.loads(p.stdout)
    got = sorted((f["rule"], f["location"]["env"], f["location"]["line"]) for f in report["findings"])
    assert got == [("replica-key-differs", "OPENAI_API_KEY", 7), ("replica-key-missing", "GROQ_API_KEY", 7)], report
    assert all("pod/web-7d4b9c6f5-q9w4t/app (of web/app)" in f["message"] for f in report["findings"])
    for k in (key_of("openai", 1), key_of("openai", 2), key_of("groq", 1)):
        assert k[-12:] not in p.stdout


def test_drift_reads_compose_logs_and_matches_the_npm_cli(tmp_path) -> None:
    names = ["app-web-1", "app-web-2", "app-web-3"]
    rows = list(zip(names, replicas())) + [("app-redis-1", "1:M 02 Mar 2026 09:00:00.123 * Ready to accept connections tcp")]
    width = max(len(n) for n, _ in rows) + 1
    # Compose's own framing: fmt.Sprintf("%-"+width+"s |", name), then "%s %s\n".
    text = "".join("%s %s\n" % (("%-" + str(width) + "s |") % n, line) for n, line in rows)
    log = tmp_path / "compose.log"
    log.write_text(text)
    p = drift("", str(log))
    assert p.returncode == 0, p.stderr
    assert "replica app-web-3 (of app-web) holds another OPENAI_API_KEY" in p.stdout
    assert "replica app-web-3 (of app-web) started without GROQ_API_KEY; 2 of 3 have it" in p.stdout
    assert "app-web-1 " not in p.stdout.replace("(check where", "")
    for fmt in ("text", "json", "sarif"):
        both(["drift", str(log), "-f", fmt])
    both(["drift", "-"], stdin=text)


DRIFT_CASES = sorted(glob.glob(os.path.join("tests", "fixtures", "drift", "*", "input.log"), root_dir=ROOT))


def test_drift_cases_are_found() -> None:
    assert len(DRIFT_CASES) >= 3, DRIFT_CASES


@pytest.mark.parametrize("path", DRIFT_CASES)
def test_drift_fixtures_match_the_npm_cli(path: str) -> None:
    for fmt in ("text", "json", "sarif"):
        both(["drift", path, "-f", fmt])


def test_drift_usage_errors_name_file_and_line(tmp_path) -> None:
    empty = tmp_path / "pods.log"
    empty.write_text("[pod/web-1/app] hello\n")
    p = drift("", str(empty))
    assert p.returncode == 2 and f"no credcheck startup record in {empty}" in p.stderr, p.stderr
    bad = tmp_path / "bad.log"
    bad.write_text("x\ncredcheck-startup v1 host=a pid=one started=2026-03-02T09:00:00.123Z\n")
    p = drift("", str(bad))
    assert p.returncode == 2 and f"{bad}:2: the credcheck startup record is malformed: pid=one" in p.stderr, p.stderr
    both(["drift", str(empty)])
    both(["drift", str(bad)])
    with pytest.raises(ValueError, match="no credcheck startup record"):
        credcheck.check_drift([("a.log", "nothing\n")])
