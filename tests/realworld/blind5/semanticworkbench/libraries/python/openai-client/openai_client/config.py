from enum import StrEnum
from textwrap import dedent
from typing import Annotated, Literal

from llm_client.model import RequestConfigBaseModel
from pydantic import BaseModel, ConfigDict, Field, HttpUrl
from semantic_workbench_assistant.config import ConfigSecretStr, UISchema, first_env_var


class ServiceType(StrEnum):
    AzureOpenAI = "azure_openai"
    OpenAI = "openai"


class AuthMethodType(StrEnum):
    AzureIdentity = "azure-identity"
    APIKey = "api-key"


class AzureOpenAIAzureIdentityAuthConfig(BaseModel):
    model_config = ConfigDict(title="Azure identity based authentication")

    auth_method: Annotated[Literal[AuthMethodType.AzureIdentity], UISchema(widget="hidden")] = (
        AuthMethodType.AzureIdentity
    )


class AzureOpenAIApiKeyAuthConfig(BaseModel):
    model_config = ConfigDict(
        title="API key based authentication",
        json_schema_extra={
            "required": ["azure_openai_api_key"],
        },
    )

    auth_method: Annotated[Literal[AuthMethodType.APIKey], UISchema(widget="hidden")] = AuthMethodType.APIKey

    azure_openai_api_key: Annotated[
        # ConfigSecretStr is a custom type that should be used for any secrets.
        # It will hide the value in the UI.
        ConfigSecretStr,
        Field(
            title="Azure OpenAI API Key",
            description="The Azure OpenAI API key for your resource instance.",
        ),
    ]


class AzureOpenAIServiceConfig(BaseModel):
    model_config = ConfigDict(
        title="Azure OpenAI",
        json_schema_extra={
            "required": ["azure_openai_deployment", "azure_openai_endpoint"],
        },
    )

    service_type: Annotated[Literal[ServiceType.AzureOpenAI], UISchema(widget="hidden")] = ServiceType.AzureOpenAI

    auth_config: Annotated[
        AzureOpenAIAzureIdentityAuthConfig | AzureOpenAIApiKeyAuthConfig,
        Field(
            title="Authentication method",
            description="The authentication method to use for the Azure OpenAI API.",
            default=AzureOpenAIAzureIdentityAuthConfig(),
        ),
        UISchema(widget="radio", hide_title=True),
    ]

    azure_openai_endpoint: Annotated[
        HttpUrl,
        Field(
            title="Azure OpenAI Endpoint",
            description=(
                dedent("""
                The Azure OpenAI endpoint for your resource instance. If not provided, the service default will
                be used.
            """).strip()
            ),
            default=first_env_var("azure_openai_endpoint", "assistant__azure_openai_endpoint") or "",
        ),
    ]

    azure_openai_deployment: Annotated[
        str,
        Field(
            title="Azure OpenAI Deployment",
            description="The Azure OpenAI deployment to use.",
            default=first_env_var("azure_openai_deployment", "assistant__azure_openai_deployment") or "gpt-4o",
        ),
    ]


def azure_openai_service_config_construct(default_deployment: str = "gpt-4o") -> AzureOpenAIServiceConfig:
    return AzureOpenAIServiceConfig.model_construct(
        azure_openai_endpoint=first_env_var("azure_openai_endpoint", "assistant__azure_openai_endpoint") or "",
        azure_openai_deployment=first_env_var("azure_openai_deployment", "assistant__azure_openai_deployment")
        or default_deployment,
    )


def azure_openai_service_config_reasoning_construct(default_deployment: str = "o3-mini") -> AzureOpenAIServiceConfig:
    return AzureOpenAIServiceConfig.model_construct(
        azure_openai_endpoint=first_env_var(
            "azure_openai_reasoning_endpoint",
            "assistant__azure_openai_reasoning_endpoint",
            "azure_openai_endpoint",
            "assistant__azure_openai_endpoint",
        )
        or "",
        azure_openai_deployment=first_env_var(
            "azure_openai_reasoning_deployment",
            "assistant__azure_openai_reasoning_deployment",
            "azure_openai_deployment",
            "assistant__azure_openai_deployment",
        )
        or default_deployment,
    )


class OpenAIServiceConfig(BaseModel):
    model_config = ConfigDict(title="OpenAI", json_schema_extra={"required": ["openai_api_key"]})

    service_type: Annotated[Literal[ServiceType.OpenAI], UISchema(widget="hidden")] = ServiceType.OpenAI

    openai_api_key: Annotated[
        # ConfigSecretStr is a custom type that should be used for any secrets.
        # It will hide the value in the UI.
        ConfigSecretStr,
        Field(
            title="OpenAI API Key",
            description="The API key to use for the OpenAI API.",
        ),
    ]

    # spell-checker: ignore rocrupyvzgcl4yf25rqq6d1v
    openai_organization_id: Annotated[
        str,
        Field(
            title="Organization ID [Optional]",
            description=(
                dedent("""
                The ID of the organization to use for the OpenAI API.  NOTE, this is not the same as the organization
                name. If you do not specify an organization ID, the default organization will be used. Example:
                org-rocrupyvzgcl4yf25rqq6d1v
            """).strip()
            ),
            default="",
        ),
        UISchema(placeholder="[optional]"),
    ]


ServiceConfig = Annotated[
    AzureOpenAIServiceConfig | OpenAIServiceConfig,
    Field(
        title="Service Configuration",
        discriminator="service_type",
        default=AzureOpenAIServiceConfig.model_construct(),
    ),
    UISchema(widget="radio", hide_title=True),
]

