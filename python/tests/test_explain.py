"""`credcheck.explain` on real exceptions: the real openai, anthropic, litellm and httpx packages
raising against a local server on 127.0.0.1 that answers like the provider."""

from __future__ import annotations

import httpx
import pytest

import credcheck
from conftest import key_of


def causes(exc: BaseException):
    e = credcheck.explain(exc)
    return e, [c.cause for c in e.causes]


def test_openai_authentication_error_from_a_rejected_key(provider: str) -> None:
    import openai

    key = key_of("openai")
    client = openai.OpenAI(api_key=key, base_url=provider + "/v1", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as caught:
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])
    e, ranked = causes(caught.value)
    assert e.status == 401 and e.provider == "openai"
    # A key was sent and echoed masked: not a missing key.
    assert ranked[0] == "invalid-key", ranked
    assert "missing-key" not in ranked[:1]
    assert key not in e.format("text") and key not in e.format("json")


def test_anthropic_authentication_error(provider: str) -> None:
    import anthropic

    key = key_of("anthropic")
    client = anthropic.Anthropic(api_key=key, base_url=provider, max_retries=0)
    with pytest.raises(anthropic.AuthenticationError) as caught:
        client.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=8, messages=[{"role": "user", "content": "hi"}])
    e, ranked = causes(caught.value)
    assert e.status == 401 and e.provider == "anthropic", e.to_dict()
    assert ranked and ranked[0] in ("invalid-key", "wrong-provider-key"), ranked
    assert key not in e.format("text")


def test_openai_client_refusing_to_start_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import openai

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(openai.OpenAIError) as caught:
        openai.OpenAI()
    _, ranked = causes(caught.value)
    assert ranked[0] == "missing-key", ranked


def test_litellm_authentication_error(provider: str) -> None:
    import litellm

    key = key_of("openai")
    with pytest.raises(litellm.AuthenticationError) as caught:
        litellm.completion(model="openai/gpt-4o", api_base=provider + "/v1", api_key=key, messages=[{"role": "user", "content": "hi"}], num_retries=0)
    e, ranked = causes(caught.value)
    assert e.status == 401, e.to_dict()
    assert ranked[0] == "invalid-key", ranked
    assert key not in e.format("text")


def test_a_wrapped_error_is_read_through_its_cause_and_groups(provider: str) -> None:
    import openai

    client = openai.OpenAI(api_key=key_of("openai"), base_url=provider + "/v1", max_retries=0)
    try:
        try:
            client.models.list()
        except openai.AuthenticationError as inner:
            raise RuntimeError("agent step failed") from inner
    except RuntimeError as outer:
        wrapped = outer
    _, ranked = causes(wrapped)
    assert ranked[0] == "invalid-key", ranked
    group = BaseExceptionGroup("task group", [ValueError("unrelated"), wrapped]) if hasattr(__builtins__, "BaseExceptionGroup") or "BaseExceptionGroup" in dir(__builtins__) else None
    if group is not None:
        _, ranked = causes(group)
        assert ranked[0] == "invalid-key", ranked


def test_httpx_status_error_carries_status_and_host(provider: str) -> None:
    with httpx.Client() as c:
        response = c.post(provider + "/v1/chat/completions", headers={"authorization": "Bearer " + key_of("openai")})
    with pytest.raises(httpx.HTTPStatusError) as caught:
        response.raise_for_status()
    e, ranked = causes(caught.value)
    assert e.status == 401 and ranked, e.to_dict()


def test_text_that_is_not_a_credential_failure_says_so() -> None:
    e = credcheck.explain("openai.BadRequestError: Error code: 400 - This model's maximum context length is 8192 tokens")
    assert e.causes == [] and e.verdict == "not-credential"
