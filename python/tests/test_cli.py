"""The Python CLI against the npm CLI: the same commands on the same fixtures give the same output,
byte for byte, and the same exit status. Needs the npm package built (`npm run build`): the test
script runs the Node tests first."""

from __future__ import annotations

import glob
import os
import subprocess
import sys
from typing import List, Tuple

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
NODE_CLI = os.path.join(ROOT, "dist", "cli.js")


def run(argv: List[str], stdin: str = "") -> Tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY") and k not in ("OAI_CONFIG_LIST", "FORCE_COLOR")}
    env["NO_COLOR"] = "1"
    p = subprocess.run(argv, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout


def both(args: List[str], stdin: str = "") -> None:
    assert os.path.exists(NODE_CLI), "dist/cli.js is missing: run npm run build first"
    node = run(["node", NODE_CLI, *args], stdin)
    py = run([sys.executable, "-m", "credcheck", *args], stdin)
    assert py[0] == node[0], f"exit status differs for {args}: python {py[0]}, node {node[0]}"
    assert py[1] == node[1], f"output differs for {args}"


CASES = sorted(
    os.path.relpath(p, ROOT)
    for p in glob.glob(os.path.join(ROOT, "tests", "fixtures", "scan", "*", "broken"))
    + glob.glob(os.path.join(ROOT, "tests", "fixtures", "lint", "*", "broken"))
    + [os.path.join(ROOT, "examples", "scaled-app"), os.path.join(ROOT, "examples", "broken-app")]
)


@pytest.mark.parametrize("path", CASES)
@pytest.mark.parametrize("fmt", ["text", "json", "sarif"])
def test_scan_output_is_the_npm_clis(path: str, fmt: str) -> None:
    both(["scan", path, "-f", fmt])


@pytest.mark.parametrize("args", [
    ["lint", "tests/fixtures/lint", "-f", "json"],
    ["scan", "examples/scaled-app", "--no-lint", "-q"],
    ["scan", "examples/scaled-app", "--max-warnings", "0", "--exclude", "k8s/"],
    ["env", "--dotenv", "examples/broken-app/.env", "-m", "claude-3-5-sonnet-20241022", "-m", "gpt-4o", "--framework", "langchain"],
    ["env", "--dotenv", "examples/broken-app/.env", "-p", "openai", "-f", "json"],
    ["rules", "-f", "json"],
    ["providers"],
    ["scan", "does-not-exist"],
    ["env", "-p", "opneai"],
])
def test_commands_match_the_npm_cli(args: List[str]) -> None:
    both(args)


def test_explain_matches_the_npm_cli() -> None:
    import json

    with open(os.path.join(ROOT, "tests", "fixtures", "explain", "corpus.json"), encoding="utf-8") as fh:
        texts = [e["text"] for e in json.load(fh)][:40]
    for text in texts:
        both(["explain", "-f", "json"], stdin=text)


def test_health_matches_the_npm_cli(provider: str) -> None:
    """Both CLIs make the same request to a provider-like server on 127.0.0.1 (401 for the key)
    and print the same lines; then a port nothing listens on (refused)."""
    from conftest import key_of

    def with_env(extra):
        env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
        env.update(NO_COLOR="1", OPENAI_API_KEY=key_of("openai"), **extra)
        out = []
        for argv in (["node", NODE_CLI], [sys.executable, "-m", "credcheck"]):
            p = subprocess.run([*argv, "health", "-p", "openai"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
            out.append((p.returncode, p.stdout))
        return out

    node, py = with_env({"OPENAI_BASE_URL": provider + "/v1"})
    assert node[0] == 1 and ("invalid" in node[1].lower() or "401" in node[1]), node[1]
    assert py == node
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    node, py = with_env({"OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1"})
    assert "refused" in node[1], node[1]
    assert py == node
