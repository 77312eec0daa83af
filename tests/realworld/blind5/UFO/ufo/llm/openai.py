# Copyright (c) Microsoft Corporation.
# Licensed under the MIT License.

import functools
import json
import logging
import os
import openai
import shutil
import sys
import urllib.error
import urllib.request
from typing import Any, Callable, Dict, List, Literal, Optional, Tuple

from openai import AzureOpenAI, OpenAI
from openai.lib._parsing._completions import type_to_response_format_param
from ufo.llm.base import BaseService
from ufo.llm.response_schema import (
    AppAgentResponse,
    EvaluationResponse,
    HostAgentResponse,
)
from ufo.llm import AgentType

logger = logging.getLogger(__name__)


class BaseOpenAIService(BaseService):
    def __init__(
        self, config: Dict[str, Any], agent_type: str, api_provider: str, api_base: str
    ) -> None:
        """
        Create an OpenAI service instance.
        :param config: The configuration for the OpenAI service.
        :param agent_type: The type of the agent.
        :param api_type: The type of the API (e.g., "openai", "aoai", "azure_ad").
        :param api_base: The base URL of the API.
        """
        self.config_llm = config[agent_type]
        self.config = config
        self.api_type = self.config_llm["API_TYPE"].lower()
        self.max_retry = self.config["MAX_RETRY"]
        self.prices = self.config.get("PRICES", {})
        self.agent_type = agent_type
        self.json_schema_enabled = False
        self.logger = logging.getLogger(__name__)
        assert api_provider in ["openai", "aoai", "azure_ad"], "Invalid API Provider"
        self.use_responses = bool(self.config_llm.get("USE_RESPONSES", False))

        self.client: OpenAI = OpenAIService.get_openai_client(
            api_provider,
            api_base,
            self.max_retry,
            self.config["TIMEOUT"],
            self.config_llm.get("API_KEY", ""),
            self.config_llm.get("API_VERSION", ""),
            aad_api_scope_base=self.config_llm.get("AAD_API_SCOPE_BASE", ""),
            aad_tenant_id=self.config_llm.get("AAD_TENANT_ID", ""),
            use_responses=self.use_responses,
        )

        self.model = self.config_llm["API_MODEL"]

        # Try to automatically fix some config errors (chat completions only)
        if not self.use_responses:
            while True:
                try:
                    self.client.beta.chat.completions.parse(
                        model=self.model,
                        messages=[{"role": "user", "content": "Hello"}],
                        n=1,
                        response_format=HostAgentResponse,
                    )
                except openai.BadRequestError as e:
                    if (
                        "'response_format' of type 'json_schema' is not supported"
                        in e.message
                    ):
                        self.logger.info(
                            f"Model {self.model} does not support Structured JSON Output feature. Switching to text mode.",
                        )
                        self.config_llm["JSON_SCHEMA"] = False
                        self.json_schema_enabled = False
                except (openai.NotFoundError, openai.AuthenticationError, openai.APIConnectionError, openai.APITimeoutError, openai.APIStatusError) as e:
                    self.logger.warning(
                        f"Startup probe for model {self.model} failed with {type(e).__name__}: {e}. "
                        f"Continuing without JSON schema validation."
                    )
                    self.config_llm["JSON_SCHEMA"] = False
                    self.json_schema_enabled = False
                break  # Exit the loop if no exception is raised

    def _chat_completion(
        self,
        messages: List[Dict[str, str]],
        stream: bool = False,
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        top_p: Optional[float] = None,
        **kwargs: Any,
    ) -> Tuple[List[str], Optional[float]]:
        """
        Generates completions for a given conversation using the OpenAI Chat API.
        :param messages: The list of messages in the conversation.
        :param n: The number of completions to generate.
        :param stream: Whether to stream the API response.
        :param temperature: The temperature parameter for randomness in the output.
        :param max_tokens: The maximum number of tokens in the generated completion.
        :param top_p: The top-p parameter for nucleus sampling.
        :param kwargs: Additional keyword arguments to pass to the OpenAI API.
        :return: A tuple containing a list of generated completions and the estimated cost.
        :raises: Exception if there is an error in the OpenAI API request
        """
        temperature = (
            temperature if temperature is not None else self.config["TEMPERATURE"]
        )
        max_tokens = max_tokens if max_tokens is not None else self.config["MAX_TOKENS"]
        top_p = top_p if top_p is not None else self.config["TOP_P"]

        try:
            if self.use_responses:
                return self._responses_completion(
                    messages=messages,
                    temperature=temperature,
                    max_tokens=max_tokens,
                    top_p=top_p,
                )
            # Build base parameters
            base_params = {
                "model": self.model,
                "messages": messages,
                "n": 1,
                **kwargs,
            }

            # Add response format if JSON schema is enabled
            if self.json_schema_enabled:
                response_format_mapping = {
                    AgentType.HOST: HostAgentResponse,
                    AgentType.APP: AppAgentResponse,
                    AgentType.EVALUATION: EvaluationResponse,
                }
                response_format = response_format_mapping.get(
                    AgentType(self.agent_type)
                )
                if response_format:
                    base_params["response_format"] = type_to_response_format_param(
                        response_format
                    )

            # Add generation parameters for non-reasoning models
            if not self.config_llm.get("REASONING_MODEL", False):
                base_params.update(
                    {
                        "temperature": temperature,
                        # "max_tokens": max_tokens,
                        "top_p": top_p,
                    }
                )

            # Add streaming parameters if needed
            if stream:
                base_params.update(
                    {
                        "stream": True,
                        "stream_options": {"include_usage": True},
                    }
                )

            response = self.client.chat.completions.create(**base_params)

            if stream:
                collected_content = [""]

                for chunk in response:
                    if chunk.choices:
                        delta = chunk.choices[0].delta
                        if delta and delta.content:
                            collected_content[0] += delta.content
                    else:
                        usage = chunk.usage

                prompt_tokens = usage.prompt_tokens
                completion_tokens = usage.completion_tokens

                cost = self.get_cost_estimator(
                    self.api_type,
                    self.model,
                    self.prices,
                    prompt_tokens,
                    completion_tokens,
                )
                return collected_content, cost
            else:
                usage = response.usage
                prompt_tokens = usage.prompt_tokens
                completion_tokens = usage.completion_tokens

                cost = self.get_cost_estimator(
                    self.api_type,
                    self.model,
                    self.prices,
                    prompt_tokens,
                    completion_tokens,
                )

                return [response.choices[0].message.content], cost

        except openai.APITimeoutError as e:
            # Handle timeout error, e.g. retry or log
            raise Exception(f"OpenAI API request timed out: {e}")
        except openai.APIConnectionError as e:
            # Handle connection error, e.g. check network or log
            raise Exception(f"OpenAI API request failed to connect: {e}")
        except openai.BadRequestError as e:
            # Handle invalid request error, e.g. validate parameters or log
            raise Exception(f"OpenAI API request was invalid: {e}")
        except openai.AuthenticationError as e:
            # Handle authentication error, e.g. check credentials or log
            raise Exception(f"OpenAI API request was not authorized: {e}")
        except openai.PermissionDeniedError as e:
            # Handle permission error, e.g. check scope or log
            raise Exception(f"OpenAI API request was not permitted: {e}")
        except openai.RateLimitError as e:
            # Handle rate limit error, e.g. wait or log
            raise Exception(f"OpenAI API request exceeded rate limit: {e}")
        except openai.APIError as e:
            # Handle API error, e.g. retry or log
            raise Exception(f"OpenAI API returned an API Error: {e}")

    def _responses_completion(
        self,
        messages: List[Dict[str, str]],
        temperature: Optional[float] = None,
        max_tokens: Optional[int] = None,
        top_p: Optional[float] = None,
    ) -> Tuple[List[str], Optional[float]]:
        """
        Generate a completion using the Responses API.
        """
        inputs = self._messages_to_responses_input(messages)

        base_params: Dict[str, Any] = {
            "model": self.model,
            "input": inputs,
        }

        # Apply generation parameters for non-reasoning models
        if not self.config_llm.get("REASONING_MODEL", False):
            base_params.update(
                {
                    "temperature": temperature,
                    "top_p": top_p,
                }
            )

        if max_tokens is not None:
            base_params["max_output_tokens"] = max_tokens

        # Add response format if JSON schema is enabled
        if self.json_schema_enabled:
            response_format_mapping = {
                AgentType.HOST: HostAgentResponse,
                AgentType.APP: AppAgentResponse,
                AgentType.EVALUATION: EvaluationResponse,
            }
            response_format = response_format_mapping.get(AgentType(self.agent_type))
            if response_format:
                base_params["response_format"] = type_to_response_format_param(
                    response_format
                )

        try:
            response = self.client.responses.create(**base_params)
        except openai.BadRequestError as e:
            # Fallback if response_format isn't supported on Responses API
            if "response_format" in str(e).lower():
                base_params.pop("response_format", None)
                response = self.client.responses.create(**base_params)
            else:
                raise

        response_dict = response.model_dump() if hasattr(response, "model_dump") else response
        content_text = self._extract_responses_text(response_dict)

        usage = response_dict.get("usage", {}) if isinstance(response_dict, dict) else {}
        input_tokens = usage.get("input_tokens", 0)
        output_tokens = usage.get("output_tokens", 0)

        cost = self.get_cost_estimator(
            self.api_type,
            self.model,
            self.prices,
            input_tokens,
            output_tokens,
        )

        return [content_text], cost

    @staticmethod
    def _messages_to_responses_input(
        messages: List[Dict[str, str]],
    ) -> List[Dict[str, Any]]:
        """
        Convert chat-style messages to Responses API input format.
        """
        inputs: List[Dict[str, Any]] = []
        for msg in messages:
            role = msg.get("role", "user")
            content = msg.get("content", "")
            if isinstance(content, list):
                converted_parts: List[Dict[str, Any]] = []
                for part in content:
                    if not isinstance(part, dict):
                        continue
                    part_type = part.get("type")
                    if part_type == "text":
                        converted_parts.append(
                            {"type": "input_text", "text": part.get("text", "")}
                        )
                    elif part_type in ["image_url", "input_image"]:
                        image_url = part.get("image_url", "")
                        if isinstance(image_url, dict):
                            image_url = image_url.get("url", "")
                        converted_parts.append(
                            {"type": "input_image", "image_url": image_url}
                        )
                    else:
                        # Pass through other types (e.g., computer_screenshot) if already valid
                        converted_parts.append(part)
                inputs.append({"role": role, "content": converted_parts})
            else:
                inputs.append(
                    {
                        "role": role,
                        "content": [{"type": "input_text", "text": str(content)}],
                    }
                )
        return inputs

    @staticmethod
    def _extract_responses_text(response: Dict[str, Any]) -> str:
        """
        Extract text content from a Responses API payload.
        """
        output = response.get("output", [])
        chunks: List[str] = []
        for item in output:
            if not isinstance(item, dict):
                continue
            content = item.get("content", [])
            for part in content:
                if not isinstance(part, dict):
                    continue
                if "text" in part:
                    chunks.append(part.get("text", ""))
                elif part.get("type") in ["output_text", "text"]:
                    chunks.append(part.get("text", ""))
        return "".join(chunks).strip()

    def _chat_completion_operator(
        self,
        message: Dict[str, Any] = {},
        **kwargs: Any,
    ) -> Tuple[Dict[str, Any], Optional[float]]:
        """
        Generates completions for a given conversation using the OpenAI Chat API.
        :param message: The message to send to the API.
        :param n: The number of completions to generate.
        :return: A tuple containing a list of generated completions and the estimated cost.
        """

        inputs = message.get("inputs", [])
        tools = message.get("tools", [])
        previous_response_id = message.get("previous_response_id", None)

        response = self.client.responses.create(
            model=self.config_llm.get("API_MODEL"),
            input=inputs,
            tools=tools,
            previous_response_id=previous_response_id,
            truncation="auto",
            temperature=self.config.get("TEMPERATURE", 0),
            top_p=self.config.get("TOP_P", 0),
            timeout=self.config.get("TIMEOUT", 20),
        ).model_dump()

        if "usage" in response:
            usage = response.get("usage")
            input_tokens = usage.get("input_tokens", 0)
            output_tokens = usage.get("output_tokens", 0)
        else:
            input_tokens = 0
            output_tokens = 0

        cost = self.get_cost_estimator(
            self.api_type,
            self.config_llm["API_MODEL"],
            self.prices,
            input_tokens,
            output_tokens,
        )

        return [response], cost

    @functools.lru_cache()
    @staticmethod
    def get_openai_client(
        api_type: str,
        api_base: str,
        max_retry: int,
        timeout: int,
        api_key: Optional[str] = None,
        api_version: Optional[str] = None,
        aad_api_scope_base: Optional[str] = None,
        aad_tenant_id: Optional[str] = None,
        use_responses: bool = False,
    ) -> OpenAI:
        """
        Create an OpenAI client based on the API type.
        :param api_type: The type of the API, one of "openai", "aoai", or "azure_ad".
        :param api_base: The base URL of the API.
        :param max_retry: The maximum number of retries for the API request.
        :param timeout: The timeout for the API request.
        :param api_key: The API key for the OpenAI API.
        :param api_version: The API version for the Azure OpenAI API.
        :param aad_api_scope_base: The AAD API scope base for the Azure OpenAI API.
        :param aad_tenant_id: The AAD tenant ID for the Azure OpenAI API.
        :return: The OpenAI client.
        """
        if api_type == "openai":
            assert api_key, "OpenAI API key must be specified"
            assert api_base, "OpenAI API base URL must be specified"
            client = OpenAI(
                base_url=api_base,
                api_key=api_key,
                max_retries=max_retry,
                timeout=timeout,
            )
        else:
            assert api_version, "Azure OpenAI API version must be specified"
            if api_type == "aoai":
                assert api_key, "Azure OpenAI API key must be specified"
                client = AzureOpenAI(
                    max_retries=max_retry,
                    timeout=timeout,
                    api_version=api_version,
                    azure_endpoint=api_base,
                    api_key=api_key,
                    default_headers={"x-ms-enable-preview": "true"}
                    if use_responses
                    else {},
                )
            else:
                assert (
                    aad_api_scope_base and aad_tenant_id
                ), "AAD API scope base and tenant ID must be specified"
                token_provider = OpenAIService.get_aad_token_provider(
                    aad_api_scope_base=aad_api_scope_base,
                    aad_tenant_id=aad_tenant_id,
                )
                client = AzureOpenAI(
                    max_retries=max_retry,
                    timeout=timeout,
                    api_version=api_version,
                    azure_endpoint=api_base,
                    azure_ad_token_provider=token_provider,
                    default_headers={"x-ms-enable-preview": "true"}
                    if use_responses
                    else {},
                )
        return client

    @functools.lru_cache()
    @staticmethod
