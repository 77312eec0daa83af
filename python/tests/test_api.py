"""The library API on the real extension: the same facts as the npm package, secrets never whole."""

from __future__ import annotations

import json
import os

import pytest

import credcheck
from conftest import key_of


def test_a_ready_environment_passes_and_a_broken_one_raises_every_error_masked() -> None:
    good = {"OPENAI_API_KEY": key_of("openai"), "ANTHROPIC_API_KEY": key_of("anthropic")}
    report = credcheck.assert_credentials(models=["gpt-4o", "claude-3-5-sonnet-20241022"], env=good)
    assert report.ok and report.summary.errors == 0
    wrong = {"OPENAI_API_KEY": key_of("anthropic"), "ANTHROPIC_API_KEY": "your-api-key-here"}
    with pytest.raises(credcheck.CredentialError) as caught:
        credcheck.assert_credentials(models=["gpt-4o", "claude-3-5-sonnet-20241022"], env=wrong)
    err = caught.value
    rules = sorted(f.rule for f in err.findings)
    assert "placeholder-key" in rules and len(rules) >= 2, rules
    assert str(err).startswith(f"credcheck: {len(err.findings)} credential errors:")
    assert key_of("anthropic") not in str(err) and key_of("anthropic") not in repr(err.report)


def test_none_in_a_settings_mapping_is_reported_not_skipped() -> None:
    report = credcheck.check_env(providers="openai", env={"OPENAI_API_KEY": None})
    bad = [f for f in report.errors if f.rule == "invalid-env-value"]
    assert len(bad) == 1 and "None" in bad[0].message, [str(f) for f in report.findings]


def test_an_assertion_asked_for_nothing_in_an_empty_environment_fails() -> None:
    with pytest.raises(credcheck.CredentialError) as caught:
        credcheck.assert_credentials(env={"PATH": "/usr/bin"})
    assert [f.rule for f in caught.value.findings] == ["no-credentials"]


def test_unknown_names_are_errors_never_silent_passes() -> None:
    with pytest.raises(ValueError, match="credcheck: "):
        credcheck.check_env(providers="opneai", env={})
    with pytest.raises(ValueError, match="credcheck: "):
        credcheck.check_env(required=["OPENAI_KEY_TYPO"], env={})
    with pytest.raises(TypeError):
        credcheck.check_env(providers=[1], env={})  # type: ignore[list-item]
    with pytest.raises(TypeError):
        credcheck.check_env(model="gpt-4o")  # type: ignore[call-arg]


def test_env_files_layer_and_name_their_lines(tmp_path) -> None:
    base = tmp_path / ".env"
    base.write_text(f"OPENAI_API_KEY={key_of('openai')}\nnot a line\n")
    local = tmp_path / ".env.local"
    local.write_text("OPENAI_API_KEY=${OPENAI_API_KEY}\n")
    report = credcheck.check_env_files([str(base), str(local)], providers="openai")
    found = {(f.rule, f.location.file, f.location.line) for f in report.findings}
    assert ("env-file-syntax", str(base), 2) in found
    assert ("unexpanded-reference", str(local), 1) in found
    with pytest.raises(OSError, match="cannot read env file"):
        credcheck.check_env_files([str(tmp_path / "missing.env")])


def test_mask_fingerprint_and_formats_agree_with_the_core() -> None:
    key = key_of("openai")
    masked = credcheck.mask(key)
    assert masked.endswith(key[-4:]) and key not in masked and len(masked) < len(key)
    assert credcheck.fingerprint(key) == credcheck.fingerprint(key) != credcheck.fingerprint(key + "x")
    report = credcheck.check_env(providers="openai", env={"OPENAI_API_KEY": "sk-..."})
    sarif = json.loads(credcheck.format_report(report, "sarif"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    assert json.loads(report.format("json"))["summary"]["errors"] == report.summary.errors
    assert "placeholder-key" in str(report)


def test_check_config_and_scan_paths(tmp_path) -> None:
    compose = "services:\n  web:\n    image: app\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY:?}\n  worker:\n    image: app\n"
    report = credcheck.check_config(compose, path="compose.yaml")
    assert [(f.rule, f.location.line) for f in report.findings if f.severity != "info"] == [("missing-in-sibling", 6)]
    with pytest.raises(ValueError, match="not a recognised config"):
        credcheck.check_config("hello", path="notes.txt")
    (tmp_path / "compose.yaml").write_text(compose)
    (tmp_path / "ignored").mkdir()
    (tmp_path / "ignored" / ".env").write_text("OPENAI_API_KEY=sk-...\n")
    (tmp_path / ".gitignore").write_text("ignored/\n")
    (tmp_path / "app.py").write_text("import os\nfrom openai import OpenAI\nclient = OpenAI(api_key='" + key_of("openai") + "')\n")
    old = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = credcheck.scan_paths(["."], env={})
        rules = {(f.rule, f.location.file) for f in result.report.findings}
        assert ("missing-in-sibling", "compose.yaml") in rules
        assert any(r == "literal-secret" and file == "app.py" for r, file in rules), rules
        assert not any(file and file.startswith("ignored/") for _, file in rules)
        assert result.files == 2
        assert not any(f.rule == "literal-secret" for f in credcheck.scan_paths(["."], env={}, lint=False).report.findings)
        assert credcheck.lint_paths(["."]).report.findings
        everything = credcheck.scan_paths(["."], env={}, gitignore=False)
        assert any(f.location.file == "ignored/.env" for f in everything.report.findings)
        excluded = credcheck.scan_paths(["."], env={}, exclude=["app.py"])
        assert not any(f.location.file == "app.py" for f in excluded.report.findings)
        with pytest.raises(ValueError, match="cannot read nope"):
            credcheck.scan_paths(["nope"])
    finally:
        os.chdir(old)
    assert key_of("openai") not in json.dumps(result.report.to_dict())
