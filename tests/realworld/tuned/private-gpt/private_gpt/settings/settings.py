import inspect
import json
from typing import Annotated, Any, Literal

from pydantic import (
    AnyUrl,
    BaseModel,
    ConfigDict,
    Field,
    field_validator,
    model_validator,
)

from private_gpt.settings.settings_loader import load_active_settings

class CorsSettings(BaseModel):
    """CORS configuration.

    For more details on the CORS configuration, see:
    # * https://fastapi.tiangolo.com/tutorial/cors/
    # * https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS
    """

    enabled: bool = Field(
        description="Flag indicating if CORS headers are set or not."
        "If set to True, the CORS headers will be set to allow all origins, methods and headers.",
        default=False,
    )
    allow_credentials: bool = Field(
        description="Indicate that cookies should be supported for cross-origin requests",
        default=False,
    )

class OpenAISettings(BaseModel):
    api_base: str = Field(
        "https://api.openai.com/v1",
        description="Base URL of OpenAI API. Example: 'https://api.openai.com/v1'.",
        repr=False,
    )
    api_key: str = Field(
        description="API key for OpenAI API.",
        repr=False,
    )
    request_timeout: float = Field(
        7200.0,
        description=(
            "Time elapsed until the OpenAI-compatible server times out the request. "
            "Default is 120s. Format is float. "
        ),
    )
    embedding_api_base: str | None = Field(
        None,
        description="Base URL of OpenAI API. Example: 'https://api.openai.com/v1'.",
    )
    embedding_api_key: str | None = Field(
        None,
        description="API key for OpenAI API. Required if `embedding_api_base` is set.",
        repr=False,
    )

class ObservabilitySettings(BaseModel):
    mode: Literal["simple", "arize_phoenix", "opik", "none"]

class QdrantSettings(BaseModel):
    location: str | None = Field(
        None,
        description=(
            "If `:memory:` - use in-memory Qdrant instance.\n"
            "If `str` - use it as a `url` parameter.\n"
        ),
    )
    url: str | None = Field(
        None,
        description=(
            "Either host or str of 'Optional[scheme], host, Optional[port], Optional[prefix]'."
        ),
    )
