# Copyright (c) Microsoft. All rights reserved.

from textwrap import dedent
from typing import Annotated

from assistant_extensions.ai_clients.config import AzureOpenAIClientConfigModel, OpenAIClientConfigModel
from assistant_extensions.mcp import HostedMCPServerConfig, MCPClientRoot, MCPServerConfig
from content_safety.evaluators import CombinedContentSafetyEvaluatorConfig
from openai_client import (
    AzureOpenAIServiceConfig,
    OpenAIRequestConfig,
    azure_openai_service_config_reasoning_construct,
)
from pydantic import BaseModel, Field
from semantic_workbench_assistant.config import UISchema, first_env_var

from assistant.guidance.guidance_config import GuidanceConfigModel
from assistant.response.prompts import GUARDRAILS_POSTFIX, ORCHESTRATION_SYSTEM_PROMPT


def _azure_openai_service_config_with_deployment(deployment_name: str) -> AzureOpenAIServiceConfig:
    """
    Create Azure OpenAI service config with specific deployment name.
    This avoids environment variable overrides that would affect the deployment.
    """

    endpoint = first_env_var("azure_openai_endpoint", "assistant__azure_openai_endpoint")
    return AzureOpenAIServiceConfig.model_construct(
        azure_openai_endpoint=endpoint,
        azure_openai_deployment=deployment_name,
    )


# The semantic workbench app uses react-jsonschema-form for rendering
# dynamic configuration forms based on the configuration model and UI schema
# See: https://rjsf-team.github.io/react-jsonschema-form/docs/
# Playground / examples: https://rjsf-team.github.io/react-jsonschema-form/

# The UI schema can be used to customize the appearance of the form. Use
# the UISchema class to define the UI schema for specific fields in the
