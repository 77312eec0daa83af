"""`credcheck.celery.probe(app)`: ask every worker of a Celery app which credentials it sees, and
name the worker that lacks a key or holds another one.

The question goes out as a remote-control broadcast (`credcheck_probe`), which each worker
answers from its own process, whatever queues it consumes. Workers answer only when they have
imported this module: put `import credcheck.celery` in the module that defines the app. A worker
that answers the ping but not the probe is reported (`replica-unseen`), with that fix."""

from __future__ import annotations

from typing import Any, Dict, Optional

from . import _fleet
from ._fleet import ProbeResult, Replica
from ._options import Names, core_options

__all__ = ["probe", "ProbeResult", "Replica", "COMMAND"]

#: The remote-control command a worker answers.
COMMAND = "credcheck_probe"


def _register() -> None:
    try:
        from celery.worker.control import control_command
    except ImportError:  # celery is not installed: probe() says so when called
        return

    @control_command(args=[("options_json", str)], signature="<options_json>")  # type: ignore[misc]
    def credcheck_probe(state: Any, options_json: str = "{}") -> Dict[str, Any]:
        """Answers credcheck's probe with this worker's snapshot (no value crosses)."""
        return _fleet.snapshot(options_json)


_register()


def probe(
    app: Any,
    *,
    providers: Names = None,
    models: Names = None,
    required: Names = None,
    framework: Optional[str] = None,
    timeout: float = 10.0,
    ping_timeout: float = 2.0,
) -> ProbeResult:
    """Pings the app's workers (waiting `ping_timeout` seconds for answers), then asks each for
    its snapshot (waiting at most `timeout` seconds). `providers`, `models`, `required` and
    `framework` are what each worker's env check asks for. Returns a `ProbeResult` whose replicas
    are the workers' names (`celery@host`); a `RuntimeError` when no worker answers the ping."""
    workers = sorted({name for reply in app.control.ping(timeout=ping_timeout) or [] for name in reply})
    if not workers:
        raise RuntimeError("credcheck: no Celery worker answered the ping: start the workers, or check the broker URL")
    opts = core_options(providers, models, required, framework)
    replies = app.control.broadcast(
        COMMAND, arguments={"options_json": opts}, reply=True, timeout=timeout, limit=len(workers)
    ) or []
    answers: Dict[str, Dict[str, Any]] = {}
    for reply in replies:
        for name, answer in reply.items():
            if isinstance(answer, dict) and "record" in answer:
                answers[name] = answer
            else:
                answers[name] = {
                    "error": "it does not know the probe: import credcheck.celery in the module that defines the Celery app, and restart it"
                }
    for name in workers:
        answers.setdefault(name, {"error": f"it answered the ping but not the probe within {timeout:g} s"})
    return _fleet.compare("worker", dict(sorted(answers.items())))
