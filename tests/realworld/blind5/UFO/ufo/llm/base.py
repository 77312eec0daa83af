# Copyright (c) Microsoft Corporation.
# Licensed under the MIT License.

import abc
from importlib import import_module
from typing import Dict
import functools
from ufo.llm.config_helper import get_agent_config
from config.config_loader import get_ufo_config, get_galaxy_config


class BaseService(abc.ABC):
    @abc.abstractmethod
    def __init__(self, *args, **kwargs):
        pass

    @abc.abstractmethod
    def chat_completion(self, *args, **kwargs):
        pass

    @staticmethod
    @functools.cache
    def get_service(
        name: str, agent_type: str, model_name: str = None
    ) -> "BaseService":
        """
        Get the service class based on the name.
        :param name: The name of the service.
        :param agent_type: The agent type (used to get appropriate config).
        :param model_name: The model name (used for custom service routing).
        :return: The service class.
        """
        service_map = {
            "openai": "OpenAIService",
            "aoai": "OpenAIService",
            "azure_ad": "OpenAIService",
            "qwen": "QwenService",
            "deepseek": "DeepSeekService",
            "ollama": "OllamaService",
            "gemini": "GeminiService",
            "claude": "ClaudeService",
            "custom": "CustomService",
            "operator": "OperatorServicePreview",
            "placeholder": "PlaceHolderService",
        }
        custom_service_map = {
            "llava": "LlavaService",
            "cogagent": "CogAgentService",
        }

        # Get agent-specific config using new config system
        agent_config = get_agent_config(agent_type)

        # Get global configs (MAX_RETRY, TIMEOUT, PRICES, etc.) from appropriate source
        # For CONSTELLATION_AGENT, use galaxy config; for others, use ufo config
        from ufo.llm import AgentType

        if agent_type == AgentType.CONSTELLATION:
            global_config = get_galaxy_config()
            system_config = global_config.constellation  # ConstellationRuntimeConfig
        else:
            global_config = get_ufo_config()
            system_config = global_config.system  # SystemConfig

        # Wrap agent config in a dict keyed by agent_type for backward compatibility
        # Services expect: configs[agent_type]["API_TYPE"], configs[agent_type]["API_MODEL"], etc.
        # Convert agent_type enum to its string value if needed
        agent_type_key = (
            agent_type.value if hasattr(agent_type, "value") else agent_type
        )

        # Create configs dict with agent config and global system values
        configs_dict = {
            agent_type_key: agent_config,
            # Global system configs that services expect at top level
            "MAX_RETRY": getattr(
                system_config, "MAX_RETRY", getattr(system_config, "max_retry", 20)
            ),
            "TIMEOUT": getattr(
                system_config, "TIMEOUT", getattr(system_config, "timeout", 60)
