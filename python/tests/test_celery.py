"""`credcheck.celery.probe(app)` against real Celery workers on a real broker: Debian's
`redis-server`, started on a free 127.0.0.1 port and stopped after. Three solo-pool workers, one
started with another OPENAI_API_KEY and without GROQ_API_KEY: the probe must name that worker,
and only it."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import time
from typing import Dict, Iterator, List

import pytest
from celery import Celery

import credcheck
import credcheck.celery

from conftest import key_of


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def broker(tmp_path) -> Iterator[str]:
    server = shutil.which("redis-server")
    assert server, "redis-server is not installed: scripts/setup.sh installs it (apt-get install redis-server)"
    port = free_port()
    proc = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "redis-server did not start"
                time.sleep(0.1)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        proc.terminate()
        proc.wait(10)


APP = """
import os
from celery import Celery
import credcheck.celery  # registers the probe's remote-control command in the worker

app = Celery("probe_app", broker=os.environ["PROBE_BROKER"])
"""


@pytest.fixture()
def workers(broker: str, tmp_path) -> Iterator[Celery]:
    (tmp_path / "probe_app.py").write_text(textwrap.dedent(APP))
    base = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
    base["PROBE_BROKER"] = broker
    same = {"OPENAI_API_KEY": key_of("openai", 1), "GROQ_API_KEY": key_of("groq", 1)}
    envs: Dict[str, Dict[str, str]] = {"w1": same, "w2": same, "w3": {"OPENAI_API_KEY": key_of("openai", 2)}}
    procs: List[subprocess.Popen] = []
    try:
        for name, keys in envs.items():
            argv = [sys.executable, "-m", "celery", "-A", "probe_app", "worker", "-P", "solo", "-n", f"{name}@%h",
                    "--without-gossip", "--without-mingle", "--without-heartbeat", "-l", "WARNING"]
            procs.append(subprocess.Popen(argv, cwd=tmp_path, env={**base, **keys}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        app = Celery("probe_app", broker=broker)
        deadline = time.monotonic() + 90
        while len(app.control.ping(timeout=0.5) or []) < 3:
            assert all(p.poll() is None for p in procs), "a Celery worker exited"
            assert time.monotonic() < deadline, "the Celery workers did not answer the ping"
        yield app
    finally:
        for p in procs:
            p.terminate()
        for p in procs:
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()


def test_probe_names_the_worker_with_another_key(workers: Celery) -> None:
    result = credcheck.celery.probe(workers, providers=["openai"])
    names = sorted(r.name for r in result.replicas)
    assert [n.split("@")[0] for n in names] == ["w1", "w2", "w3"], names
    assert all(r.error is None for r in result.replicas), [r.error for r in result.replicas]
    odd = next(n for n in names if n.startswith("w3@"))
    drift = {(f.rule, f.location.env): f.message for f in result.report.findings if f.rule.startswith("replica-")}
    assert set(drift) == {("replica-key-differs", "OPENAI_API_KEY"), ("replica-key-missing", "GROQ_API_KEY")}, result.report
    a, b = credcheck.fingerprint(key_of("openai", 1)), credcheck.fingerprint(key_of("openai", 2))
    assert drift[("replica-key-differs", "OPENAI_API_KEY")] == f"worker {odd} holds another OPENAI_API_KEY ({b}) than the other 2 of 3 ({a})"
    assert drift[("replica-key-missing", "GROQ_API_KEY")].startswith(f"worker {odd} started without GROQ_API_KEY; 2 of 3 have it")
    for r in result.replicas:
        assert r.fingerprints["OPENAI_API_KEY"] == (b if r.name == odd else a)
    out = json.dumps(result.report.to_dict()) + str(result) + repr(result)
    for k in (key_of("openai", 1), key_of("openai", 2), key_of("groq", 1)):
        assert k[-12:] not in out
