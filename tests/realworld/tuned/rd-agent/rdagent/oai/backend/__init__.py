from .deprec import DeprecBackend  # type: ignore[attr-defined]
from .litellm import LiteLLMAPIBackend
