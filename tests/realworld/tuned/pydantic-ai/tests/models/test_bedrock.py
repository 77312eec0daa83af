from __future__ import annotations as _annotations

import json
import os
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from decimal import Decimal
from itertools import count
from threading import Barrier, Lock
from time import sleep
from types import SimpleNamespace
from typing import Any, Literal, cast

import anyio
import anyio.from_thread
import anyio.to_thread
import pytest
from pytest_mock import MockerFixture
from typing_extensions import TypedDict

from pydantic_ai import (
    BinaryContent,
    CachePoint,
    DocumentUrl,
    FinalResultEvent,
    FunctionToolCallEvent,
    FunctionToolResultEvent,
    ImageUrl,
    ModelMessage,
    ModelRequest,
    ModelResponse,
    NativeToolCallPart,
    NativeToolReturnPart,
    OutputToolCallEvent,
    OutputToolResultEvent,
    PartDeltaEvent,
    PartEndEvent,
    PartStartEvent,
    RequestUsage,
    RetryPromptPart,
    SystemPromptPart,
    TextContent,
    TextPart,
    TextPartDelta,
    ThinkingPart,
    ThinkingPartDelta,
    ToolCallPart,
    ToolCallPartDelta,
    ToolReturnPart,
    UserPromptPart,
    VideoUrl,
)
from pydantic_ai.agent import Agent
from pydantic_ai.capabilities import NativeTool
from pydantic_ai.exceptions import ModelAPIError, ModelHTTPError, ModelRetry, UsageLimitExceeded, UserError
from pydantic_ai.messages import (
    AgentStreamEvent,
    ToolAvailabilityDeltaPart,
    UploadedFile,
)
from pydantic_ai.models import ModelRequestParameters
from pydantic_ai.native_tools import CodeExecutionTool
from pydantic_ai.output import NativeOutput, ToolOutput
from pydantic_ai.profiles import DEFAULT_PROFILE
from pydantic_ai.providers import Provider
from pydantic_ai.run import AgentRunResult, AgentRunResultEvent
from pydantic_ai.settings import ModelSettings
from pydantic_ai.tools import ToolDefinition
from pydantic_ai.usage import RunUsage, UsageLimits

from .._inline_snapshot import snapshot
from ..cassette_utils import single_request_body
from ..conftest import IsDatetime, IsInstance, IsNow, IsStr, TestEnv, try_import

with try_import() as imports_successful:
    from botocore.client import BaseClient
    from botocore.exceptions import ClientError
    from botocore.hooks import HierarchicalEmitter
    from mypy_boto3_bedrock_runtime import BedrockRuntimeClient
    from mypy_boto3_bedrock_runtime.type_defs import MessageUnionTypeDef, SystemContentBlockTypeDef, ToolTypeDef
    from vcr.cassette import Cassette

    from pydantic_ai.models.bedrock import BedrockConverseModel, BedrockModelName, BedrockModelSettings
    from pydantic_ai.models.openai import OpenAIResponsesModel, OpenAIResponsesModelSettings
    from pydantic_ai.providers.bedrock import BedrockProvider
    from pydantic_ai.providers.openai import OpenAIProvider

pytestmark = [
    pytest.mark.skipif(not imports_successful(), reason='bedrock not installed'),
    pytest.mark.anyio,
    pytest.mark.vcr,
]


class _StubBedrockClient:
    """Minimal Bedrock client that always raises the provided error."""

    def __init__(self, error: ClientError):
        self._error = error
        self.meta = SimpleNamespace(endpoint_url='https://bedrock.stub', events=HierarchicalEmitter())

    def converse(self, **_: Any) -> None:
        raise self._error

    def converse_stream(self, **_: Any) -> None:
        raise self._error

    def count_tokens(self, **_: Any) -> None:
        raise self._error


class _StubBedrockProvider(Provider[Any]):
    """Provider implementation backed by the stub client."""

    def __init__(self, client: _StubBedrockClient):
        self._client = client

    @property
    def name(self) -> str:
        return 'bedrock-stub'

    @property
    def base_url(self) -> str:
        return 'https://bedrock.stub'

    @property
    def client(self) -> _StubBedrockClient:
        return self._client

    @staticmethod
    def model_profile(model_name: str):
        return DEFAULT_PROFILE


async def test_bedrock_extra_headers_are_signed_for_all_operations(
    allow_model_requests: None, env: TestEnv, mocker: MockerFixture
):
    """The real botocore pipeline signs extra headers for every Bedrock operation we use.

    Not a VCR test: requests are aborted at `before-send` to inspect real SigV4 signing across three operations
    without recording three cassettes, and header-blind cassette matchers could not pin the signature anyway.
    """
    env.remove('AWS_BEARER_TOKEN_BEDROCK')
    provider = BedrockProvider(
        region_name='us-east-1',
        aws_access_key_id='AKIA6666666666666666',
        aws_secret_access_key='6666666666666666666666666666666666666666',
    )
    client = cast(BedrockRuntimeClient, provider.client)
    model = BedrockConverseModel('us.anthropic.claude-sonnet-4-20250514-v1:0', provider=provider)
    captured: dict[str, dict[str, str | bytes]] = {}
    recorded_api_params: list[dict[str, Any]] = []

    def record_history(event_type: str, payload: dict[str, Any], source: str = 'BOTOCORE') -> None:
        if event_type == 'API_CALL':
            recorded_api_params.append(payload['params'].copy())

    mocker.patch('botocore.client.history_recorder.record', side_effect=record_history)

    class RequestCaptured(Exception):
        pass

    def capture(request: Any, event_name: str, **_: Any) -> None:
        captured[event_name.rsplit('.', 1)[-1]] = dict(request.headers.items())
        raise RequestCaptured

    for operation in ('Converse', 'ConverseStream', 'CountTokens'):
        client.meta.events.register_last(f'before-send.bedrock-runtime.{operation}', capture)

    messages: list[ModelMessage] = [ModelRequest.user_text_prompt('Hello!')]
    settings = BedrockModelSettings(extra_headers={'Custom-Header': 'secret-header-value'})
    request_parameters = ModelRequestParameters()
    try:
        with pytest.raises(RequestCaptured):
            await model.request(messages, settings, request_parameters)
        with pytest.raises(RequestCaptured):
            async with model.request_stream(messages, settings, request_parameters):
                pass
        with pytest.raises(RequestCaptured):
            await model.count_tokens(messages, settings, request_parameters)
    finally:
        client.close()

    assert set(captured) == {'Converse', 'ConverseStream', 'CountTokens'}
    for headers in captured.values():
        assert _decode_header(headers['Custom-Header']) == 'secret-header-value'
        assert 'custom-header' in _decode_header(headers['Authorization'])
    assert len(recorded_api_params) == 3
    # Header values are carried in a context variable and never enter botocore's `api_params`.
    assert all('secret-header-value' not in repr(params) for params in recorded_api_params)


