"""Cold start of the Python startup check: a fresh interpreter that imports credcheck and runs
`assert_credentials` on three providers' keys, against a bare `python -c pass` and against
pydantic-settings checking the same three variables. Runs are interleaved so drift hits every case
alike; whole processes, to their exit.

Usage: python bench/python_coldstart.py [runs]   (default 30; run with the interpreter of the venv
that has credcheck installed, e.g. .venv-py/bin/python; pydantic-settings is measured when installed)
"""

from __future__ import annotations

import importlib.util
import json
import os
import statistics
import subprocess
import sys
import time

import credcheck

BUDGET_MS = 5.0  # issue 15: at most 5 ms over bare python

CASES = {
    "bare": "pass",
    "credcheck": "import credcheck; credcheck.assert_credentials(providers=['openai', 'anthropic', 'gemini'])",
    "pydantic-settings": (
        "from pydantic_settings import BaseSettings\n"
        "class S(BaseSettings):\n    OPENAI_API_KEY: str\n    ANTHROPIC_API_KEY: str\n    GEMINI_API_KEY: str\n"
        "S()"
    ),
}


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    cases = dict(CASES)
    if importlib.util.find_spec("pydantic_settings") is None:
        del cases["pydantic-settings"]
    keys = credcheck.sample_keys(3)
    pick = lambda shape: next(k["key"] for k in keys if k["shape"] == shape)  # noqa: E731
    env = {
        "PATH": os.environ.get("PATH", ""),
        "OPENAI_API_KEY": pick("OpenAI project key"),
        "ANTHROPIC_API_KEY": pick("Anthropic API key"),
        "GEMINI_API_KEY": pick("Google API key"),
    }
    times = {k: [] for k in cases}
    for _ in range(runs):
        for name, code in cases.items():
            t0 = time.perf_counter()
            r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True)
            ms = (time.perf_counter() - t0) * 1000
            if r.returncode != 0:
                raise SystemExit(f"case {name} failed: {r.stderr.decode()[-400:]}")
            times[name].append(ms)
    med = {k: statistics.median(v) for k, v in times.items()}
    profile = "debug" if "debug" in json.dumps(credcheck._core.__file__) else "as installed"
    print(f"Python {sys.version.split()[0]}, credcheck {credcheck.__version__} ({credcheck._core.__file__}), {runs} interleaved runs each")
    print("| case | median | p90 | added over bare python |")
    print("| --- | ---: | ---: | ---: |")
    for name, v in times.items():
        p90 = sorted(v)[int(len(v) * 0.9) - 1]
        added = "" if name == "bare" else f"{med[name] - med['bare']:.1f} ms"
        print(f"| {name} | {med[name]:.1f} ms | {p90:.1f} ms | {added} |")
    added = med["credcheck"] - med["bare"]
    print(f"budget: {BUDGET_MS} ms added; credcheck adds {added:.1f} ms (ratio {added / BUDGET_MS:.2f})")


if __name__ == "__main__":
    main()
