from .llm import LLM
from .factory import get_llm
from .mistral import Mistral
from .count_calls import count_calls
from .mock import MockLLM
from .openai import OpenAI
from .openai_client import OpenAIClient

__all__ = ["count_calls", "get_llm", "LLM", "Mistral", "MockLLM", "OpenAI", "OpenAIClient"]
