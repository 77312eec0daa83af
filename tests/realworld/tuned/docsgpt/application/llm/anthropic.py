import base64
import json
import logging
from typing import Any, Dict, Generator, List, Optional, Tuple

from anthropic import Anthropic

from application.core.settings import settings
from application.llm.base import BaseLLM
from application.storage.storage_creator import StorageCreator

logger = logging.getLogger(__name__)

DEFAULT_MAX_TOKENS = 4096

_PASSTHROUGH_PARAMS = (
    "temperature",
    "top_p",
    "top_k",
    "stop_sequences",
    "tool_choice",
    "thinking",
    "metadata",
)

_TOOL_CHOICE_ALIASES = {
    "auto": {"type": "auto"},
    "none": {"type": "none"},
    "required": {"type": "any"},
    "any": {"type": "any"},
}

_ANTHROPIC_TOOL_CHOICE_TYPES = frozenset({"auto", "any", "tool", "none"})

_THINKING_ENABLED_TYPES = frozenset({"enabled", "adaptive"})

_PASSTHROUGH_BLOCK_TYPES = frozenset(
    {"text", "image", "document", "tool_use", "tool_result", "thinking"}
)

_PLACEHOLDER_USER_TEXT = "(no user message provided)"

_STOP_REASON_MAP = {
    "tool_use": "tool_calls",
    "max_tokens": "length",
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "refusal": "stop",
}

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
        self._last_usage_claimed = False
        self._last_finish_reason: Optional[str] = None
        self._stream_reached_finish = False
