"""Env propagation to children: a pure check of the environment a child process or pool worker
gets (the rules live in the core), opt-in guards that wrap Python's own functions and can be
removed, and a probe that starts real children and compares their credentials with this process's.

Python's rules, which the check follows:

- `subprocess.run/Popen(env=...)`, `os.exec*e`, `os.spawn*e`: the mapping replaces the whole
  environment; without it the child inherits `os.environ` as it is at that moment.
- `multiprocessing.Pool` and `ProcessPoolExecutor`: each worker keeps the environment of the moment
  it started (forked or spawned), so a key set in `os.environ` after the pool started never reaches
  the workers already running.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import json
import multiprocessing
import multiprocessing.pool
import os
import subprocess
import sys
import warnings
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, Optional

from . import _core
from ._options import core_options, env_pairs

if TYPE_CHECKING:
    from ._options import EnvLike, Names
from ._report import CredentialError, Report

__all__ = ["Guards", "check_child_env", "install_guards", "probe_workers"]

#: How a child is started, as the core names it.
LAUNCHES = ("subprocess", "osExec", "pool")


def check_child_env(
    launch: str = "subprocess",
    env: EnvLike = None,
    parent_env: EnvLike = None,
    *,
    providers: Names = None,
    models: Names = None,
    required: Names = None,
    framework: Optional[str] = None,
) -> Report:
    """Checks the environment a child would get: `launch` is `subprocess` or `osExec` (where `env` is
    the mapping passed, None to inherit) or `pool` (where `env` is the environment the pool's
    workers started with). Reports `env-not-propagated` for each credential this process
    (`parent_env`, default `os.environ`) has that the child would not."""
    if launch not in LAUNCHES:
        raise ValueError(f"credcheck: unknown launch {launch!r}; use one of {', '.join(LAUNCHES)}")
    child = None if env is None else env_pairs(env)
    opts = core_options(providers, models, required, framework)
    return Report.from_json(_core.check_child_env(launch, env_pairs(parent_env), child, opts))


def _credentials(env: Optional[Mapping[str, Any]] = None) -> Dict[str, str]:
    """Fingerprints of the usable credentials in `env` (default `os.environ`)."""
    return json.loads(_core.credential_fingerprints(env_pairs(env)))


@dataclass
class Guards:
    """Installed guards; `remove()` puts every wrapped function back."""

    required: List[str]
    mode: str
    _undo: List[Callable[[], None]] = field(default_factory=list, repr=False)

    def remove(self) -> None:
        """Restores the original functions (idempotent)."""
        while self._undo:
            self._undo.pop()()

    def __enter__(self) -> "Guards":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.remove()


_active: Optional[Guards] = None


def install_guards(
    required: Names = None,
    *,
    providers: Names = None,
    models: Names = None,
    framework: Optional[str] = None,
    mode: str = "raise",
) -> Guards:
    """Wraps `subprocess.Popen`, `os.execve` and process pools (`multiprocessing.Pool`,
    `ProcessPoolExecutor`) so that starting a child or submitting work to workers that would lack a
    credential this process has raises a `CredentialError` first (`mode="warn"`: a
    `RuntimeWarning`, and the call goes on). `required` takes provider ids, model names and
    variable names (`"OPENAI_API_KEY"`); an unknown name raises `ValueError` here, never a silent
    pass. Returns a handle whose `remove()` undoes it (also a context manager)."""
    global _active
    if mode not in ("raise", "warn"):
        raise ValueError(f"credcheck: mode must be 'raise' or 'warn', not {mode!r}")
    opts = core_options(providers, models, required, framework)
    # Validates the names now: the core raises ValueError for one that is none of the three kinds.
    _core.check_env([], opts)
    if _active is not None:
        _active.remove()
    guards = Guards(required=list(json.loads(opts)["required"]), mode=mode)

    def verdict(launch: str, child_env: Optional[Mapping[str, Any]]) -> None:
        child = None if child_env is None else env_pairs(child_env)
        report = Report.from_json(_core.check_child_env(launch, env_pairs(None), child, opts))
        lost = [f for f in report.findings if f.rule == "env-not-propagated" and f.severity == "error"]
        if not lost:
            return
        if mode == "raise":
            raise CredentialError(report)
        for f in lost:
            warnings.warn(f"credcheck: {f.message} (fix: {f.fix})", RuntimeWarning, stacklevel=4)

    def patch(owner: Any, name: str, make: Callable[[Any], Any]) -> None:
        original = getattr(owner, name)
        setattr(owner, name, make(original))
        guards._undo.append(lambda: setattr(owner, name, original))

    def popen_init(original: Any) -> Any:
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            env = kwargs.get("env")
            if env is not None:
                verdict("subprocess", env)
            original(self, *args, **kwargs)

        return __init__

    def execve(original: Any) -> Any:
        def wrapper(path: Any, args: Any, env: Any) -> Any:
            verdict("osExec", env)
            return original(path, args, env)

        return wrapper

    def pool_init(original: Any) -> Any:
        def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
            self._credcheck_env = dict(os.environ)
            original(self, *args, **kwargs)

        return __init__

    def pool_check(original: Any) -> Any:
        def _check_running(self: Any) -> Any:
            started = getattr(self, "_credcheck_env", None)
            if started is not None:
                verdict("pool", started)
            return original(self)

        return _check_running

    def executor_spawn(original: Any) -> Any:
        def _spawn_process(self: Any, *args: Any, **kwargs: Any) -> Any:
            if getattr(self, "_credcheck_env", None) is None:
                self._credcheck_env = dict(os.environ)
            return original(self, *args, **kwargs)

        return _spawn_process

    def executor_submit(original: Any) -> Any:
        def submit(self: Any, *args: Any, **kwargs: Any) -> Any:
            started = getattr(self, "_credcheck_env", None)
            if started is not None:
                verdict("pool", started)
            return original(self, *args, **kwargs)

        return submit

    patch(subprocess.Popen, "__init__", popen_init)
    patch(os, "execve", execve)
    patch(multiprocessing.pool.Pool, "__init__", pool_init)
    patch(multiprocessing.pool.Pool, "_check_running", pool_check)
    executor = concurrent.futures.ProcessPoolExecutor
    if hasattr(executor, "_spawn_process"):
        patch(executor, "_spawn_process", executor_spawn)
    patch(executor, "submit", executor_submit)
    _active = guards
    return guards


def _probe() -> Dict[str, str]:
    """Run in a child: the fingerprints of the credentials it sees (never a value)."""
    return _credentials()


def _probe_to_queue(queue: Any) -> None:
    queue.put(_probe())


def probe_workers(timeout: float = 60.0) -> Report:
    """Starts real children (a `subprocess` of this interpreter, a spawn-context
    `multiprocessing.Process` and a `ProcessPoolExecutor` worker) and compares the credential
    fingerprints each sees with this process's: `env-not-propagated` for a key a child lacks,
    `env-differs-in-child` for another value. No value crosses, only fingerprints."""
    parent = _credentials()
    reports = []
    code = "import json, credcheck.children as c; print(json.dumps(c._probe()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=True)
    reports.append(_core.compare_probe("subprocess", parent, json.loads(out.stdout.strip().splitlines()[-1])))
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_probe_to_queue, args=(queue,))
    proc.start()
    try:
        seen = queue.get(timeout=timeout)
    finally:
        proc.join(timeout)
    reports.append(_core.compare_probe("spawn", parent, seen))
    with concurrent.futures.ProcessPoolExecutor(max_workers=1) as pool:
        seen = pool.submit(_probe).result(timeout=timeout)
    reports.append(_core.compare_probe("pool", parent, seen))
    return Report.from_json(_core.combine_reports(reports))
