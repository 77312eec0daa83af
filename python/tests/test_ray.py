"""`credcheck.ray.probe()` on a real local Ray cluster of three nodes (Ray's own test-cluster
utility, each node a real raylet with its own workers), one started with another OPENAI_API_KEY
and without GROQ_API_KEY: the probe must name that node, and only it. Kept small (one CPU and the
minimum object store per node) for a 2-core CI machine."""

from __future__ import annotations

import json
import os
from typing import Iterator

import pytest
import ray
from ray.cluster_utils import Cluster

import credcheck
import credcheck.ray

from conftest import key_of

STORE = 80 * 1024 * 1024  # Ray's minimum object store is 75 MiB


@pytest.fixture()
def cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict]:
    """A head and a same-environment node with keys A (OpenAI) and G (Groq); a third node started
    with key B and no Groq key. Each raylet (and so each worker it starts) inherits the
    environment of the moment `add_node` starts it."""
    monkeypatch.setenv("RAY_USAGE_STATS_ENABLED", "0")
    monkeypatch.setenv("OPENAI_API_KEY", key_of("openai", 1))
    monkeypatch.setenv("GROQ_API_KEY", key_of("groq", 1))
    c = Cluster(initialize_head=True, head_node_args={"num_cpus": 1, "object_store_memory": STORE, "include_dashboard": False})
    try:
        c.add_node(num_cpus=1, object_store_memory=STORE)
        monkeypatch.setenv("OPENAI_API_KEY", key_of("openai", 2))
        monkeypatch.delenv("GROQ_API_KEY")
        odd = c.add_node(num_cpus=1, object_store_memory=STORE)
        monkeypatch.setenv("OPENAI_API_KEY", key_of("openai", 1))
        ray.init(address=c.address)
        c.wait_for_nodes()
        yield {"odd": odd.node_id}
    finally:
        ray.shutdown()
        c.shutdown()


def test_probe_names_the_node_with_another_key(cluster: dict) -> None:
    anthropic = key_of("anthropic", 1)
    result = credcheck.ray.probe(runtime_env={"env_vars": {"ANTHROPIC_API_KEY": anthropic}}, timeout=120)
    assert len(result.replicas) == 3, result.replicas
    assert all(r.error is None for r in result.replicas), [r.error for r in result.replicas]
    odd = [r for r in result.replicas if r.name.startswith(cluster["odd"][:12])]
    assert len(odd) == 1, ([r.name for r in result.replicas], cluster["odd"])
    name = odd[0].name
    drift = {(f.rule, f.location.env): f.message for f in result.report.findings if f.rule.startswith("replica-")}
    assert set(drift) == {("replica-key-differs", "OPENAI_API_KEY"), ("replica-key-missing", "GROQ_API_KEY")}, result.report
    a, b = credcheck.fingerprint(key_of("openai", 1)), credcheck.fingerprint(key_of("openai", 2))
    assert drift[("replica-key-differs", "OPENAI_API_KEY")] == f"node {name} holds another OPENAI_API_KEY ({b}) than the other 2 of 3 ({a})"
    assert drift[("replica-key-missing", "GROQ_API_KEY")].startswith(f"node {name} started without GROQ_API_KEY; 2 of 3 have it")
    # The runtime_env's env_vars were in effect on every node: each saw the Anthropic key.
    for r in result.replicas:
        assert r.runtime_env_vars == ["ANTHROPIC_API_KEY"], r
        assert r.fingerprints["ANTHROPIC_API_KEY"] == credcheck.fingerprint(anthropic), r
        assert r.report is not None and r.report.ok
    out = json.dumps(result.report.to_dict()) + str(result) + repr(result)
    for k in (key_of("openai", 1), key_of("openai", 2), key_of("groq", 1), anthropic):
        assert k[-12:] not in out


def test_probe_needs_a_connected_cluster() -> None:
    assert not ray.is_initialized()
    with pytest.raises(RuntimeError, match=r"ray.init"):
        credcheck.ray.probe()
