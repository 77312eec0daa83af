import base64
import hashlib
import io
import json
import logging
import os.path
from typing import Any, Callable

from openai import BadRequestError, OpenAI

from application.core.settings import settings
from application.llm.base import BaseLLM
from application.storage.storage_creator import StorageCreator

NO_API_KEY = "sk-no-key"

_TOOL_REQUEST_KEYS = ("tools", "tool_choice", "parallel_tool_calls")

_TOOL_CHOICE_KEYS = ("tool_choice", "parallel_tool_calls")

_TOOLS_UNSUPPORTED_MARKERS = (
    "enable-auto-tool-choice",
    "tool-call-parser",
    # Deliberately no bare "tool_choice"/"tool choice": a 400 about a malformed
    # tool_choice *argument* names the parameter without meaning the endpoint
    # lacks tool support. Only unambiguous phrasings belong here.
    "unsupported parameter: 'tool_choice'",
    "unknown field: tool_choice",
    "tools are not supported",
    "tools is not supported",
    "does not support tools",
    "doesn't support tools",
    "tool calling",
    "tool call is not supported",
    "function calling",
    "functions are not supported",
    "does not support function",
    "unsupported parameter: 'tools'",
    "unknown field: tools",
)

def _provider_message(error: Exception) -> str:
    """The server's own message text, without the SDK's whole-body repr.

    ``openai._base_client`` interpolates the entire decoded JSON body into the
    exception message, so matching ``str(error)`` would let a *parameter name*
    ("param": "tool_choice") read as "this endpoint cannot serve tools".

    Args:
        error: The exception raised by the provider SDK.

    Returns:
        The server's message when the body carries one, else ``str(error)``.
    """
    body = getattr(error, "body", None)
    if isinstance(body, dict):
        inner = body.get("error")
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
        if body.get("message"):
            return str(body["message"])
    return str(error)

def _is_tools_unsupported_error(error: Exception) -> bool:
    """Whether a 400 says the endpoint cannot serve tool calling.

    Args:
        error: The exception raised by the provider SDK.

    Returns:
        True when the server's message matches a tool-calling marker.
    """
    haystack = _provider_message(error).lower()
    return any(marker in haystack for marker in _TOOLS_UNSUPPORTED_MARKERS)

def _truncate_base64_for_logging(messages):
    """
    Create a copy of messages with base64 data truncated for readable logging.

    Args:
        messages: List of message dicts

    Returns:
        Copy of messages with truncated base64 content
    """
    import copy

    def truncate_content(content):
        if isinstance(content, str):
            # Check if it looks like a data URL with base64
            if content.startswith("data:") and ";base64," in content:
                prefix_end = content.index(";base64,") + len(";base64,")
                prefix = content[:prefix_end]
                return f"{prefix}[BASE64_DATA_TRUNCATED, length={len(content) - prefix_end}]"
            return content
        elif isinstance(content, list):
            return [truncate_item(item) for item in content]
        elif isinstance(content, dict):
            return {k: truncate_content(v) for k, v in content.items()}
        return content

    def truncate_item(item):
        if isinstance(item, dict):
            result = {}
            for k, v in item.items():
                if k == "url" and isinstance(v, str) and ";base64," in v:
                    prefix_end = v.index(";base64,") + len(";base64,")
                    prefix = v[:prefix_end]
                    result[k] = f"{prefix}[BASE64_DATA_TRUNCATED, length={len(v) - prefix_end}]"
                elif k == "data" and isinstance(v, str) and len(v) > 100:
                    result[k] = f"[BASE64_DATA_TRUNCATED, length={len(v)}]"
                else:
                    result[k] = truncate_content(v)
            return result
        return truncate_content(item)

    truncated = []
    for msg in messages:
        msg_copy = copy.copy(msg)
        if "content" in msg_copy:
            msg_copy["content"] = truncate_content(msg_copy["content"])
        truncated.append(msg_copy)

    return truncated

class _RespFunction:
    """Minimal stand-in for an OpenAI tool-call ``function`` object."""

    def __init__(self, name, arguments):
        self.name = name
        self.arguments = arguments

class _RespToolCall:
    """Chat-Completions-shaped tool call synthesized from a Responses
    ``function_call`` item, so the existing OpenAI handler and the streaming
    tool-call accumulator consume it unchanged."""

    def __init__(self, id, index, name, arguments):
        self.id = id
        self.index = index
        self.type = "function"
        self.function = _RespFunction(name, arguments)

class _RespDelta:
    """Stand-in for a streaming chat ``choice.delta``."""

    def __init__(self, content=None, tool_calls=None):
        self.content = content
        self.tool_calls = tool_calls

class _RespMessage:
    """Stand-in for a non-streaming chat ``choice.message``."""

    def __init__(self, content=None, tool_calls=None):
        self.content = content
        self.tool_calls = tool_calls

class _RespChoice:
    """Stand-in for ``response.choices[0]`` (non-streaming) or a streaming
    chunk's choice. ``parse_response`` reads ``.message`` or ``.delta`` plus
    ``.finish_reason``."""

    def __init__(self, finish_reason, delta=None, message=None):
        self.delta = delta
        self.message = message
        self.finish_reason = finish_reason

class OpenAILLM(BaseLLM):
    provider_name = "openai"
    structured_output_kwarg = "response_format"

    _tools_rejected = False

    def __init__(
        self,
        api_key=None,
        user_api_key=None,
        base_url=None,
        http_client=None,
        *args,
        **kwargs,
    ):

        super().__init__(*args, **kwargs)
        # openai>=2.53 rejects a falsy api_key at construction. Keyless
        # OpenAI-compatible backends (Ollama, llama.cpp, vLLM) legitimately have
        # none, and pydantic-settings yields "" for a bare `API_KEY=` in .env.
        self.api_key = (
            api_key or settings.OPENAI_API_KEY or settings.API_KEY or NO_API_KEY
        )
        self.user_api_key = user_api_key

        # Priority: 1) Parameter base_url, 2) Settings OPENAI_BASE_URL, 3) Default
        effective_base_url = None
        if base_url and isinstance(base_url, str) and base_url.strip():
            effective_base_url = base_url
        elif (
            isinstance(settings.OPENAI_BASE_URL, str)
            and settings.OPENAI_BASE_URL.strip()
        ):
            effective_base_url = settings.OPENAI_BASE_URL
        else:
            effective_base_url = "https://api.openai.com/v1"
        self._effective_base_url = effective_base_url

        # http_client (set by LLMCreator for BYOM) is a DNS-rebinding-safe
        # httpx.Client; without it the SDK re-resolves DNS per request.
        if http_client is not None:
            self.client = OpenAI(
                api_key=self.api_key,
                base_url=effective_base_url,
                http_client=http_client,
            )
        else:
            self.client = OpenAI(
                api_key=self.api_key, base_url=effective_base_url
            )
        self.storage = StorageCreator.get_storage()
        # Per-instance state for the Responses API path. ``_reasoning_for_calls``
        # maps a function-call id to the reasoning items that preceded it, so
        # the model's chain-of-thought survives the in-turn tool round-trip.
        # ``_last_response_id`` is the most recent /v1/responses id, used to
        # chain turns when OPENAI_RESPONSES_STORE is enabled.
        self._reasoning_for_calls = {}
        self._last_response_id = None
        # call_ids the most recent response emitted; the chained-request
        # coverage guard checks the next turn answers all of them.
        self._last_response_call_ids = set()
        self._last_reasoning_items = []
        self._last_usage = None
        # One-shot guard consumed by ``_prefer_provider_usage``: fresh
        # provider usage flips it False, the first billing read flips it
        # True, so no two token_usage rows share one reported usage.
        self._last_usage_claimed = False
        # True once the current stream delivered a finish signal — only
        # trailing frames remain, so a failure there must not trigger a
        # fallback restream of the already-delivered answer.
        self._stream_reached_finish = False
        self._imported_response_id = None
        # Files-API ids for inline ``file_data`` content parts already
        # uploaded, keyed by content hash. First-line cache for the
        # in-request tool loop; the Redis-backed cross-request cache
        # (see ``_inline_file_id_cache_*``) covers /v1 clients that
        # resend the same ``file_data`` on every turn.
        self._inline_file_ids = {}
