"""The leak property on every Python output: random keys of every catalogued shape, planted in every
input kind (the environment, .env files, config files, sources, error texts and real exceptions),
never come out whole, in any format, in any error or warning. Replay a failure with
CREDCHECK_PROPERTY_SEED=<seed>; the seed, never a key, is in the failure message."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import warnings
from typing import List

import pytest

import credcheck
from credcheck import children

SEED = int(os.environ.get("CREDCHECK_PROPERTY_SEED") or random.SystemRandom().randrange(1 << 30))
ROUNDS = 3


def keys(seed: int) -> List[dict]:
    return credcheck.sample_keys(seed)


def assert_no_key(outputs: List[str], planted: List[dict], seed: int, where: str) -> None:
    text = "\n".join(outputs)
    for k in planted:
        if k["key"] in text:
            # Name the shape and the seed, never the key.
            pytest.fail(f"a {k['shape']} key came out whole in {where} (CREDCHECK_PROPERTY_SEED={seed})")


def every_format(report: credcheck.Report) -> List[str]:
    return [report.format("text"), report.format("json"), report.format("sarif"), repr(report), str(report.findings)]


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_no_output_holds_a_planted_key(round_: int, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = SEED + round_
    planted = keys(seed)
    rnd = random.Random(seed)
    names = [f"{k['provider'].upper().replace('-', '_')}_API_KEY" for k in planted]
    outputs: List[str] = []

    # The environment, with keys in the right, the wrong and odd places (quoted, padded, cut).
    env = {}
    for name, k in zip(names, planted):
        v = k["key"]
        env[name] = rnd.choice([v, f'"{v}"', f" {v} ", v[: len(v) - 1], f"Bearer {v}", f"{v}\n"])
    env["OPENAI_API_KEY"] = rnd.choice(planted)["key"]
    for opts in ({}, {"providers": ["openai", "anthropic"]}, {"models": ["gpt-4o", "claude-3-5-sonnet-20241022"]}):
        outputs += every_format(credcheck.check_env(env=env, **opts))
        try:
            credcheck.assert_credentials(env=env, **opts)
        except credcheck.CredentialError as e:
            outputs += [str(e), repr(e), *every_format(e.report)]

    # .env files, a Compose file and a source, as files on disk, through the API and the CLI.
    dotenv = "\n".join(f"{n}={env[n].strip()}" for n in names) + "\n"
    (tmp_path / ".env").write_text(dotenv)
    (tmp_path / "compose.yaml").write_text(
        "services:\n  web:\n    image: app\n    environment:\n"
        + "".join(f"      {n}: \"{k['key']}\"\n" for n, k in zip(names, planted))
        + "  worker:\n    image: app\n"
    )
    (tmp_path / "app.py").write_text("from openai import OpenAI\n" + "".join(f"c{i} = OpenAI(api_key='{k['key']}')\n" for i, k in enumerate(planted)))
    outputs += every_format(credcheck.check_env_files([str(tmp_path / ".env")]))
    monkeypatch.chdir(tmp_path)
    result = credcheck.scan_paths(["."], env={})
    outputs += every_format(result.report) + [repr(result.skipped)]
    for args in (["scan", "."], ["scan", ".", "-f", "json"], ["scan", ".", "-f", "sarif"], ["env", "--dotenv", ".env", "-p", "openai"]):
        p = subprocess.run([sys.executable, "-m", "credcheck", *args], capture_output=True, text=True, env={**os.environ, **{n: env[n] for n in names}})
        outputs += [p.stdout, p.stderr]

    # Error texts and a real exception chain holding keys.
    for k in planted:
        text = f"Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: {k['key']}', 'code': 'invalid_api_key'}}}}"
        e = credcheck.explain(text)
        outputs += [e.format("text"), e.format("json"), repr(e)]
        try:
            try:
                raise ValueError(f"bad key {k['key']}")
            except ValueError as inner:
                raise RuntimeError("call failed") from inner
        except RuntimeError as outer:
            e = credcheck.explain(outer)
            outputs += [e.format("text"), e.format("json")]
    p = subprocess.run([sys.executable, "-m", "credcheck", "explain"], input="\n".join(k["key"] for k in planted), capture_output=True, text=True)
    outputs += [p.stdout, p.stderr]

    # Children: the pure check, the guards' errors and warnings.
    for launch in children.LAUNCHES:
        outputs += every_format(children.check_child_env(launch, env={"PATH": "/bin"}, parent_env=env))
    monkeypatch.setenv("OPENAI_API_KEY", planted[0]["key"])
    with children.install_guards(required=["openai"], mode="warn"):
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            subprocess.run([sys.executable, "-c", "pass"], env={"PATH": os.environ.get("PATH", "")})
    outputs += [str(w.message) for w in seen]
    with children.install_guards(required=["openai"]):
        try:
            subprocess.run([sys.executable, "-c", "pass"], env={})
        except credcheck.CredentialError as e:
            outputs += [str(e)]
    outputs += [credcheck.mask(k["key"]) for k in planted] + [json.dumps(credcheck.inspect_secret(k["key"])) for k in planted]
    assert_no_key(outputs, planted, seed, "a Python output")
