"""`credcheck.ray.probe()`: ask every alive node of a running Ray cluster which credentials its
workers see, and name the node that lacks a key or holds another one.

One task per node, pinned with `NodeAffinitySchedulingStrategy(soft=False)` so that no node is
skipped, needing no CPU (`num_cpus=0`) so that a busy node still answers. Each task runs with the
job's `runtime_env` (or the one given), so `env_vars` set there are in effect, as they are for the
app's own tasks."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from . import _fleet
from ._fleet import ProbeResult, Replica
from ._options import Names, core_options

__all__ = ["probe", "ProbeResult", "Replica"]


def _node_snapshot(options_json: str) -> Dict[str, Any]:
    """Runs on a node: the snapshot, and the names `runtime_env` `env_vars` set for this task."""
    import ray

    answer = _fleet.snapshot(options_json)
    runtime_env = ray.get_runtime_context().runtime_env or {}
    answer["runtimeEnvVars"] = sorted((runtime_env.get("env_vars") or {}).keys())
    return answer


def probe(
    *,
    providers: Names = None,
    models: Names = None,
    required: Names = None,
    framework: Optional[str] = None,
    runtime_env: Optional[Dict[str, Any]] = None,
    timeout: float = 60.0,
) -> ProbeResult:
    """Probes every alive node of the cluster this process is connected to (`ray.init()` first;
    a `RuntimeError` otherwise). `providers`, `models`, `required` and `framework` are what each
    node's env check asks for, as for `check_env`. `runtime_env` replaces the job's for the probe
    tasks (default: the job's, as the app's tasks get it). A node that does not answer within
    `timeout` seconds is reported (`replica-unseen`), never dropped. Returns a `ProbeResult`
    whose replicas are named `<node id> (<address>)`."""
    import ray
    from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

    if not ray.is_initialized():
        raise RuntimeError("credcheck: ray.probe() needs a connected cluster: call ray.init(address=...) first")
    opts = core_options(providers, models, required, framework)
    task = ray.remote(num_cpus=0, max_retries=0)(_node_snapshot)
    refs = {}
    for node in ray.nodes():
        if not node.get("Alive"):
            continue
        name = f"{node['NodeID'][:12]} ({node.get('NodeManagerAddress', '?')})"
        options: Dict[str, Any] = {"scheduling_strategy": NodeAffinitySchedulingStrategy(node_id=node["NodeID"], soft=False)}
        if runtime_env is not None:
            options["runtime_env"] = runtime_env
        refs[name] = task.options(**options).remote(opts)
    ready, _ = ray.wait(list(refs.values()), num_returns=len(refs), timeout=timeout)
    answers: Dict[str, Dict[str, Any]] = {}
    extra: Dict[str, List[str]] = {}
    for name, ref in refs.items():
        if ref not in ready:
            ray.cancel(ref, force=True)
            answers[name] = {"error": f"it did not answer within {timeout:g} s"}
            continue
        try:
            answer = ray.get(ref)
        except Exception as exc:  # a node that died or a task that failed is a finding, not a crash
            answers[name] = {"error": _fleet.failure(exc)}
            continue
        extra[name] = answer.pop("runtimeEnvVars", [])
        answers[name] = answer
    return _fleet.compare("node", answers, extra)
