"""OpenAI provider implementation."""

import base64
import hashlib

import binascii
import os
from typing import Any, Dict, List, Optional, Union
from urllib.parse import unquote_to_bytes

import openai
from openai import OpenAI

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

class OpenAIProvider(ModelProvider):
    """OpenAI provider implementation."""

    CSV_INLINE_CHAR_LIMIT = 200_000  # safeguard large attachments
    TEXT_INLINE_CHAR_LIMIT = 200_000  # safeguard large text/* attachments
    MAX_INLINE_FILE_BYTES = 50 * 1024 * 1024  # OpenAI function output limit (~50 MB)

    def create_client(self):
        """
        Create and return the OpenAI client.
        
        Returns:
            OpenAI client instance with token tracking if available
        """
        if self.base_url:
            return OpenAI(
                api_key=self.api_key,
                base_url=self.base_url,
            )
        else:
            return OpenAI(
                api_key=self.api_key,
            )

    def call_model(
        self,
        client: openai.Client,
        conversation: List[Message],
        timeline: List[Any],
        tool_specs: Optional[List[ToolSpec]] = None,
        **kwargs,
    ) -> ModelResponse:
        """
        Call the OpenAI model with the given messages and parameters.
        """
        # 1. Determine if we should use Chat Completions directly
        is_chat = self._is_chat_completions_mode(client)
        
        if is_chat:
            request_payload = self._build_chat_payload(conversation, tool_specs, kwargs)
            response = client.chat.completions.create(**request_payload)
            self._track_token_usage(response)
            self._append_chat_response_output(timeline, response)
            message = self._deserialize_chat_response(response)
            return ModelResponse(message=message, raw_response=response)

        # 2. Try Responses API with fallback
        request_payload = self._build_request_payload(timeline, tool_specs, kwargs)
        try:
            response = client.responses.create(**request_payload)
            self._track_token_usage(response)
            self._append_response_output(timeline, response)
            message = self._deserialize_response(response)
            return ModelResponse(message=message, raw_response=response)
        except Exception as e:
            new_request_payload = self._build_chat_payload(conversation, tool_specs, kwargs)
            response = client.chat.completions.create(**new_request_payload)
            self._track_token_usage(response)
            self._append_chat_response_output(timeline, response)
            message = self._deserialize_chat_response(response)
            return ModelResponse(message=message, raw_response=response)
