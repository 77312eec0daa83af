"""The core's options from the Python API's keyword arguments (the same fields as the npm package's)."""

from __future__ import annotations

import os
import time

TYPE_CHECKING = False
if TYPE_CHECKING:
    import datetime as _dt
    from typing import Any, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

    Names = Union[str, Sequence[str], None]
    EnvLike = Optional[Mapping[str, object]]


def __getattr__(name: str) -> Any:
    """The type aliases `Names` and `EnvLike`, built on first use so that importing this module
    (on the startup path) does not import typing."""
    from typing import Mapping, Optional, Sequence, Union

    aliases = {"Names": Union[str, Sequence[str], None], "EnvLike": Optional[Mapping[str, object]]}
    if name not in aliases:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return aliases[name]


def name_list(value: Names, option: str) -> List[str]:
    """A list option as the core wants it: one string is a list of one; anything else is a TypeError."""
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple, set, frozenset)) and all(isinstance(v, str) for v in value):
        return list(value)
    raise TypeError(f"credcheck: {option} must be a string or a list of strings, not {type(value).__name__}")


def seconds(now: Any) -> int:
    """The clock in whole seconds: now, a timestamp, or a datetime."""
    if now is None:
        return int(time.time())
    if hasattr(now, "timestamp"):
        return int(now.timestamp())
    return int(now)


def core_options(
    providers: Names = None,
    models: Names = None,
    required: Names = None,
    framework: Optional[str] = None,
    deployment: Optional[str] = None,
    now: Union[None, int, float, _dt.datetime] = None,
    token_window_seconds: Optional[int] = None,
    assert_: bool = False,
) -> str:
    """The options as the core's JSON."""
    import json

    return json.dumps(
        {
            "providers": name_list(providers, "providers"),
            "models": name_list(models, "models"),
            "required": name_list(required, "required"),
            "framework": framework,
            "deployment": deployment,
            "now": seconds(now),
            "tokenWindowSeconds": token_window_seconds,
            "assert": assert_,
        }
    )


def env_pairs(env: EnvLike) -> List[Tuple[str, str]]:
    """Name/value pairs of an environment (default `os.environ`). A value that is not a string
    (None from a config dict, a number) crosses as its repr so the core reports it, never silently."""
    source: Mapping[str, object] = os.environ if env is None else env
    if not hasattr(source, "items"):
        raise TypeError(f"credcheck: env must be a mapping of variable names to strings, not {type(source).__name__}")
    if source is os.environ:
        return list(source.items())
    # A value that is not a string (None in a settings dict, a number) crosses as itself: the core
    # reports it by its type rather than skipping it.
    return [(str(name), value) for name, value in source.items()]


def pairs_of(items: Iterable[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """A list of pairs (for the core)."""
    return [(str(k), str(v)) for k, v in items]
