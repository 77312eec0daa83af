"""Gemini provider implementation."""

import base64
import binascii
import json
import os
import uuid
from typing import Any, Dict, List, Optional, Sequence, Tuple

from google import genai
from google.genai import types as genai_types
from google.genai.types import GenerateContentResponse

from entity.messages import (
    AttachmentRef,
    FunctionCallOutputEvent,
    Message,
    MessageBlock,
    MessageBlockType,
    MessageRole,
    ToolCallPayload,
)
from entity.tool_spec import ToolSpec
from runtime.node.agent import ModelProvider
from runtime.node.agent import ModelResponse
from utils.token_tracker import TokenUsage

class GeminiProvider(ModelProvider):
    """Gemini provider implementation."""

    CSV_INLINE_CHAR_LIMIT = 200_000
    CSV_INLINE_SIZE_THRESHOLD_BYTES = 3 * 1024 * 1024  # 3 MB

    def create_client(self):
        """
        Create and return the Gemini client.
        """
        client_kwargs: Dict[str, Any] = {}
        if self.api_key:
            client_kwargs["api_key"] = self.api_key

        base_url = (self.base_url or "").strip()
        http_options = self._build_http_options(base_url)
        if http_options:
            client_kwargs["http_options"] = http_options

        return genai.Client(**client_kwargs)

    def call_model(
        self,
        client,
        conversation: List[Message],
        timeline: List[Any],
        tool_specs: Optional[List[ToolSpec]] = None,
        **kwargs,
    ) -> ModelResponse:
        """
        Call the Gemini model using the unified conversation timeline.
        """
        contents, system_instruction = self._build_contents(timeline)
        config = self._build_generation_config(system_instruction, tool_specs, kwargs)
        # print(contents)
        # print(config)

        response: GenerateContentResponse = client.models.generate_content(
            model=self.model_name,
            contents=contents,
            config=config,
        )

        # print(response)

        self._track_token_usage(response)
        self._append_response_contents(timeline, response)
        message = self._deserialize_response(response)
        return ModelResponse(message=message, raw_response=response)
