"""credcheck: find LLM-provider credential problems before they bite, and explain them when they do.

Every rule and provider fact lives in the Rust core (`credcheck._core`, the same core as the npm
package); this package supplies what needs the Python runtime: `os.environ`, files, child
processes and exceptions. No function returns or raises a secret in full.
"""

from __future__ import annotations

import os

from . import _core
from ._options import core_options, env_pairs, name_list, seconds
from ._report import CredentialError, Finding, Location, Report, SecretRef, Summary

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Dict, List, Optional, Sequence, Tuple, Union

    from ._explain import Cause, Explanation, error_text, explain
    from ._options import EnvLike, Names
    from ._scan import ScanResult, SkippedFile, check_config, detect_kind, lint_paths, scan_paths

# Loaded on first use (PEP 562), so that the startup check imports neither json nor traceback.
_LAZY = {
    "Cause": "_explain",
    "Explanation": "_explain",
    "error_text": "_explain",
    "explain": "_explain",
    "ScanResult": "_scan",
    "SkippedFile": "_scan",
    "check_config": "_scan",
    "detect_kind": "_scan",
    "lint_paths": "_scan",
    "scan_paths": "_scan",
    "children": None,
    "cli": None,
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'credcheck' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(f".{_LAZY[name] or name}", __name__)
    value = module if _LAZY[name] is None else getattr(module, name)
    globals()[name] = value
    return value

__all__ = [
    "Cause",
    "CredentialError",
    "Explanation",
    "Finding",
    "Location",
    "Report",
    "ScanResult",
    "SecretRef",
    "SkippedFile",
    "Summary",
    "assert_credentials",
    "catalog",
    "check_config",
    "check_drift",
    "check_env",
    "check_env_files",
    "detect_kind",
    "error_text",
    "explain",
    "fingerprint",
    "format_report",
    "inspect_secret",
    "lint_paths",
    "mask",
    "mask_text",
    "rules",
    "sample_keys",
    "scan_paths",
]

__version__: str = _core.VERSION

#: `.env` files larger than this are refused with an error naming the file.
MAX_ENV_FILE_BYTES = 16 * 1024 * 1024


def _startup(env: EnvLike, providers: Names, models: Names, required: Names, framework: Optional[str], deployment: Optional[str], now: Any, token_window_seconds: Optional[int], assert_: bool) -> Tuple[Report, Optional[str]]:
    raw, message = _core.check_env_startup(
        env_pairs(env),
        name_list(providers, "providers"),
        name_list(models, "models"),
        name_list(required, "required"),
        framework,
        deployment,
        seconds(now),
        token_window_seconds,
        assert_,
    )
    return Report.from_dict(raw), message


def check_env(
    providers: Names = None,
    models: Names = None,
    framework: Optional[str] = None,
    env: EnvLike = None,
    *,
    required: Names = None,
    deployment: Optional[str] = None,
    now: Any = None,
    token_window_seconds: Optional[int] = None,
) -> Report:
    """Checks an environment (default `os.environ`) for everything that would make this process
    fail to authenticate with the providers and models it needs. Problems are findings; raises
    `ValueError` only for unknown provider, model or framework names."""
    return _startup(env, providers, models, required, framework, deployment, now, token_window_seconds, False)[0]


def assert_credentials(
    providers: Names = None,
    models: Names = None,
    framework: Optional[str] = None,
    env: EnvLike = None,
    *,
    required: Names = None,
    deployment: Optional[str] = None,
    now: Any = None,
    token_window_seconds: Optional[int] = None,
    record: Optional[bool] = None,
) -> Report:
    """Checks the environment and raises one `CredentialError` listing every error-level finding,
    masked. Returns the report (which may hold warnings) when there is no error. Asked for nothing
    in an environment with no credential, it raises (`no-credentials`): an assertion that checked
    nothing would pass by accident.

    With `record=True` (or, when `record` is not given, `CREDCHECK_RECORD=1` in the environment)
    it first writes one masked startup record to stderr (host, pid, process start time, each
    credential variable's provider and fingerprint, never a value), which `credcheck drift`
    reads back from the replicas' logs."""
    if record is not None and not isinstance(record, bool):
        raise TypeError(f"credcheck: record must be True or False, not {type(record).__name__}")
    if record or (record is None and os.environ.get("CREDCHECK_RECORD") == "1"):
        from ._fleet import write_record

        write_record(env)
    report, message = _startup(env, providers, models, required, framework, deployment, now, token_window_seconds, True)
    if message is not None:
        raise CredentialError(report, message)
    return report


def check_env_files(
    files: Sequence[Union[str, "os.PathLike[str]", Tuple[str, str]]],
    providers: Names = None,
    models: Names = None,
    framework: Optional[str] = None,
    *,
    required: Names = None,
    deployment: Optional[str] = None,
    now: Any = None,
    token_window_seconds: Optional[int] = None,
) -> Report:
    """Checks `.env` files as the environment of one process (later files win). Each item is a path
    or a `(path, text)` pair. Lines that are not `KEY=VALUE` are `env-file-syntax` findings; an
    unreadable file raises `OSError` naming it."""
    pairs: List[Tuple[str, str]] = []
    for f in files:
        if isinstance(f, tuple):
            pairs.append((str(f[0]), str(f[1])))
            continue
        path = os.fspath(f)
        try:
            size = os.stat(path).st_size
        except OSError as e:
            raise OSError(f"credcheck: cannot read env file {path}: {e.strerror or e}") from None
        if size > MAX_ENV_FILE_BYTES:
            raise ValueError(
                f"credcheck: env file {path} is {size / 1048576:.1f} MiB; no .env file is that large "
                f"(the limit is {MAX_ENV_FILE_BYTES // 1048576} MiB)"
            )
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8", errors="replace")
        pairs.append((path, text))
    opts = core_options(providers, models, required, framework, deployment, now, token_window_seconds)
    return Report.from_json(_core.check_env_files(pairs, opts))


def check_drift(files: Sequence[Union[str, "os.PathLike[str]", Tuple[str, str]]]) -> Report:
    """Compares the startup records (`assert_credentials(record=True)`, `CREDCHECK_RECORD=1`) in
    logs: `kubectl logs --prefix`, `docker compose logs` or plain lines. Each item is a path or a
    `(name, text)` pair. Reports replicas lacking a key the others hold (`replica-key-missing`),
    holding another (`replica-key-differs`) or started before the newest key appeared
    (`replica-stale-key`). Raises `ValueError` naming the file and line of a malformed record, or
    when no record is found at all; `OSError` for an unreadable file."""
    pairs: List[Tuple[str, str]] = []
    for f in files:
        if isinstance(f, tuple):
            pairs.append((str(f[0]), str(f[1])))
            continue
        with open(f, encoding="utf-8", errors="replace") as fh:
            pairs.append((os.fspath(f), fh.read()))
    return Report.from_json(_core.check_drift(pairs))


def format_report(report: Union[Report, Dict[str, Any]], fmt: str = "text") -> str:
    """Renders a report as `text` (for people), `json`, or `sarif` (SARIF 2.1.0)."""
    import json

    raw = report.to_dict() if isinstance(report, Report) else report
    return _core.format_report(json.dumps(raw), fmt)


def mask(value: str) -> str:
    """At most the provider prefix and the last 4 characters: `sk-proj-…Qx7a`."""
    return _core.mask(value)


def mask_text(text: str) -> str:
    """The text with every key-shaped run masked and everything else kept."""
    return _core.mask_text(text)


def fingerprint(value: str) -> str:
    """A short stable hash (`sha256:` + 12 hex) to compare processes and replicas without the key."""
    return _core.fingerprint(value)


def inspect_secret(value: str) -> Dict[str, Any]:
    """What a secret looks like (provider, placeholder, quoted, truncated...), without the secret."""
    import json

    return json.loads(_core.inspect_secret(value))


def rules() -> List[Dict[str, Any]]:
    """Every rule id with its default severity and summary."""
    import json

    return json.loads(_core.rules_json())


def catalog() -> Dict[str, Any]:
    """The provider catalog as data (env names, key shapes, models, endpoints)."""
    import json

    return json.loads(_core.catalog_json())


def sample_keys(seed: int = 1) -> List[Dict[str, str]]:
    """Fake keys of every catalogued shape (deterministic per seed), for tests that plant keys."""
    import json

    return json.loads(_core.sample_keys(seed))
