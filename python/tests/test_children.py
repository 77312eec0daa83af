"""Children and pools: the pure check, the guards on real subprocesses and pools, and the probe on
real children (one made to lose the key by a sitecustomize it runs at start-up)."""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import subprocess
import sys
import warnings

import pytest

import credcheck
from credcheck import children
from conftest import key_of


@pytest.fixture()
def openai_key(monkeypatch: pytest.MonkeyPatch) -> str:
    key = key_of("openai")
    monkeypatch.setenv("OPENAI_API_KEY", key)
    return key


def _read_key() -> str:
    return os.environ.get("OPENAI_API_KEY", "")


def test_the_pure_check_follows_pythons_rules(openai_key: str) -> None:
    lost = children.check_child_env("subprocess", env={"PATH": "/usr/bin"}, providers="openai")
    assert [(f.rule, f.location.env, f.severity) for f in lost.findings] == [("env-not-propagated", "OPENAI_API_KEY", "error")]
    assert "env={**os.environ" in lost.findings[0].fix
    kept = children.check_child_env("subprocess", env=None, providers="openai")
    assert kept.ok and not kept.findings
    pool = children.check_child_env("pool", env={"PATH": "/usr/bin"}, providers="openai")
    assert "before the pool" in pool.findings[0].fix
    with pytest.raises(ValueError, match="unknown launch"):
        children.check_child_env("thread")
    assert openai_key not in str(lost)


def test_guards_stop_a_subprocess_that_would_lose_the_key(openai_key: str) -> None:
    with children.install_guards(required=["OPENAI_API_KEY"]):
        with pytest.raises(credcheck.CredentialError) as caught:
            subprocess.run([sys.executable, "-c", "pass"], env={"PATH": os.environ.get("PATH", "")})
        assert [f.rule for f in caught.value.findings] == ["env-not-propagated"]
        # Passing the environment on, or inheriting it, starts the child.
        out = subprocess.run([sys.executable, "-c", "import os; print(len(os.environ['OPENAI_API_KEY']))"], env=dict(os.environ), capture_output=True, text=True, check=True)
        assert out.stdout.strip() == str(len(openai_key))  # a length, never the key
        subprocess.run([sys.executable, "-c", "pass"], check=True)
    # Removed: the same call goes through.
    subprocess.run([sys.executable, "-c", "pass"], env={"PATH": os.environ.get("PATH", "")}, check=True)


def test_guards_in_warn_mode_warn_and_start_the_child(openai_key: str) -> None:
    with children.install_guards(providers="openai", mode="warn"):
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            subprocess.run([sys.executable, "-c", "pass"], env={"PATH": os.environ.get("PATH", "")}, check=True)
    assert any("OPENAI_API_KEY" in str(w.message) for w in seen)
    assert not any(openai_key in str(w.message) for w in seen)


def test_a_name_that_is_nothing_known_is_an_error() -> None:
    with pytest.raises(ValueError, match="credcheck: "):
        children.install_guards(required=["OPENAI_KEY_TYPO"])


def test_a_pool_started_before_the_key_was_set_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    ctx = multiprocessing.get_context("fork")
    with children.install_guards(required=["openai"]):
        with ctx.Pool(1) as pool:
            # The real failure the guard prevents: the worker forked before the key was set.
            monkeypatch.setenv("OPENAI_API_KEY", key_of("openai"))
            with pytest.raises(credcheck.CredentialError) as caught:
                pool.apply_async(_read_key)
            assert "pool" in caught.value.findings[0].message
        with ctx.Pool(1) as pool:  # started after: fine
            assert credcheck.fingerprint(pool.apply(_read_key)) == credcheck.fingerprint(key_of("openai"))
    # Without the guards, the worker of a pool started before really lacks the key.
    monkeypatch.delenv("OPENAI_API_KEY")
    with ctx.Pool(1) as pool:
        monkeypatch.setenv("OPENAI_API_KEY", key_of("openai"))
        assert pool.apply(_read_key) == ""


def test_an_executor_started_before_the_key_was_set_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with children.install_guards(required=["openai"]):
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as ex:
            assert ex.submit(_read_key).result() == ""
            monkeypatch.setenv("OPENAI_API_KEY", key_of("openai"))
            with pytest.raises(credcheck.CredentialError):
                ex.submit(_read_key)


def test_the_probe_starts_real_children_and_finds_one_that_loses_the_key(openai_key: str, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = children.probe_workers()
    assert report.ok and not report.findings, str(report)
    # A sitecustomize that children run at start-up drops the key (as an entrypoint script that
    # rebuilds the environment would); this process never ran it.
    (tmp_path / "sitecustomize.py").write_text("import os\nos.environ.pop('OPENAI_API_KEY', None)\n")
    monkeypatch.setenv("PYTHONPATH", str(tmp_path) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    report = children.probe_workers()
    lost = {(f.rule, f.location.env) for f in report.findings}
    assert ("env-not-propagated", "OPENAI_API_KEY") in lost, str(report)
    assert openai_key not in str(report)
