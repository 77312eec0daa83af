import base64
import json
import logging
from typing import Any, Dict, Generator, List, Optional, Tuple

from anthropic import Anthropic

from application.core.settings import settings
from application.llm.base import BaseLLM
from application.storage.storage_creator import StorageCreator

logger = logging.getLogger(__name__)

# The Messages API requires ``max_tokens``. The retired Text Completions
# path defaulted to 300, which truncates almost any real answer; 4096 is
# comfortably above a typical chat answer while staying under the SDK's
# non-streaming timeout guard. Callers override via ``max_tokens``.
DEFAULT_MAX_TOKENS = 4096

# Request params forwarded verbatim to ``messages.create``. The agent layer
# merges caller-supplied OpenAI sampling params (``llm_params``) into the
# gen kwargs for every provider, so an allowlist is what keeps an
# OpenAI-only key (``frequency_penalty``, ``response_format``,
# ``reasoning_effort``, ...) from 400-ing an Anthropic request.
_PASSTHROUGH_PARAMS = (
    "temperature",
    "top_p",
    "top_k",
    "stop_sequences",
    "tool_choice",
    "thinking",
    "metadata",
)

# ``tool_choice`` values in OpenAI's vocabulary mapped to Anthropic's. OpenAI
# sends a bare string; Anthropic requires an object and 400s on the string.
# ``any``/``auto``/``none`` are also accepted spelled Anthropic-style, for a
# caller that speaks the provider's own dialect.
_TOOL_CHOICE_ALIASES = {
    "auto": {"type": "auto"},
    "none": {"type": "none"},
    "required": {"type": "any"},
    "any": {"type": "any"},
}

# ``tool_choice`` object types the Messages API accepts as-is (so a caller's
# ``disable_parallel_tool_use`` survives).
_ANTHROPIC_TOOL_CHOICE_TYPES = frozenset({"auto", "any", "tool", "none"})

# ``thinking.type`` values that turn extended thinking *on*. See
# ``_build_request`` for why these are incompatible with tool use here.
_THINKING_ENABLED_TYPES = frozenset({"enabled", "adaptive"})

# Content-block types the Messages API accepts inside a message. Anything
# else (e.g. an OpenAI ``image_url`` part replayed from history) is dropped
# rather than forwarded, so a mixed-provider conversation degrades to text
# instead of erroring upstream.
_PASSTHROUGH_BLOCK_TYPES = frozenset(
    {"text", "image", "document", "tool_use", "tool_result", "thinking"}
)

# Anthropic rejects an empty ``messages`` array and requires the first turn
# to be ``user``. Degenerate histories (empty, or leading with an assistant
# turn) get this placeholder rather than raising.
_PLACEHOLDER_USER_TEXT = "(no user message provided)"

# Anthropic's stop reasons in the OpenAI vocabulary the rest of the codebase
# speaks (``_last_finish_reason`` is read by the /v1 chat-completions
# response builder and the empty-answer classifier).
_STOP_REASON_MAP = {
    "tool_use": "tool_calls",
    "max_tokens": "length",
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "refusal": "stop",
}

# ``image/jpg`` is accepted by our upload path but is not a media type the
# Messages API recognises — it 400s. Normalise on the way out.
_MEDIA_TYPE_ALIASES = {"image/jpg": "image/jpeg"}


class AnthropicLLM(BaseLLM):
    provider_name = "anthropic"

    def __init__(self, api_key=None, user_api_key=None, base_url=None, *args, **kwargs):

        super().__init__(*args, **kwargs)
        self.api_key = api_key or settings.ANTHROPIC_API_KEY or settings.API_KEY
        self.user_api_key = user_api_key

        # Use custom base_url if provided
        if base_url:
            self.anthropic = Anthropic(api_key=self.api_key, base_url=base_url)
        else:
            self.anthropic = Anthropic(api_key=self.api_key)

        self.storage = StorageCreator.get_storage()
        self._last_usage: Optional[Dict[str, Any]] = None
