"""Orchestration manager (agent_framework version) handling multi-agent Magentic workflow creation and execution."""

import asyncio
import json
import logging
import uuid
import re
from typing import List, Optional

import models.messages as messages
from agent_framework import (Agent, AgentResponseUpdate,
                             InMemoryCheckpointStorage, Message,
                             WorkflowRunState)
from agent_framework_foundry import FoundryChatClient
from agent_framework_orchestrations import (MagenticBuilder,
                                            MagenticOrchestratorEvent,
                                            MagenticPlanReviewRequest)
from agents.agent_factory import AgentFactory
from callbacks.response_handlers import (agent_response_callback,
                                         format_agent_display_name,
                                         streaming_agent_response_callback)
from common.config.app_config import config
from common.database.database_base import DatabaseBase
from common.models.messages import TeamConfiguration
from common.utils.markdown_utils import \
    normalize_markdown_tables as _normalize_markdown_tables
from models.messages import AgentMessageStreaming, WebsocketMessageType
from orchestration.connection_config import (connection_config,
                                             orchestration_config)
from orchestration.plan_review_helpers import (convert_plan_review_to_mplan,
                                               get_magentic_prompt_kwargs,
                                               wait_for_plan_approval)
from patches.tool_history_leak import apply_tool_history_leak_patch
from services.team_service import TeamService

apply_tool_history_leak_patch()

_BARE_IMAGE_URL_RE = re.compile(
    r"(?<![\(\]])"
    r"(?<!\]\()"
    r"("
    # Absolute image URL (any host, or a backend /api/v4/images path)
    r"https?://[^\s)]+?(?:/api/v4/images/[^\s)]+?|[^\s)]+?\.(?:png|jpe?g|gif|webp))"
    # Bare relative backend image path (emitted by the MCP/backend image tools).
    # The (?<![^\s]) guard requires the path to start at whitespace/string-start so
    # it never matches the same substring inside an absolute URL.
    r"|(?<![^\s])/api/v4/images/[^\s)]+?\.(?:png|jpe?g|gif|webp)"
    r")"
    r"(?=[\s)\]]|$)",
    re.IGNORECASE,
)

def _embed_bare_image_urls(text: str) -> str:
    """Wrap bare image URLs in markdown image syntax so the UI renders them inline.

    Skips URLs already inside ``![alt](url)`` or ``[text](url)`` (handled by the
    negative lookbehinds), so it never double-wraps an existing markdown embed.
    """
    if not text:
        return text
    return _BARE_IMAGE_URL_RE.sub(r"![Generated image](\1)", text)

class OrchestrationManager:
    """Manager for handling orchestration logic using agent_framework Magentic workflow."""

    logger = logging.getLogger(f"{__name__}.OrchestrationManager")

    def __init__(self):
        self.user_id: Optional[str] = None
        self.logger = self.__class__.logger

    @classmethod
    async def init_orchestration(
        cls,
        agents: List,
        team_config: TeamConfiguration,
        memory_store: DatabaseBase,
        user_id: str | None = None,
    ):
        """
        Initialize a Magentic workflow using MagenticBuilder with:
          - enable_plan_review=True for framework-native plan approval
          - Prompt customizations from get_magentic_prompt_kwargs()
          - FoundryChatClient as the underlying chat client
          - Event-based callbacks for streaming and final responses
        """
        if not user_id:
            raise ValueError("user_id is required to initialize orchestration")

        # Get credential from config
        credential = config.get_azure_credential(client_id=config.AZURE_CLIENT_ID)

        # Create Foundry chat client for orchestration
        try:
            chat_client = FoundryChatClient(
                project_endpoint=config.AZURE_AI_PROJECT_ENDPOINT,
                model=team_config.deployment_name,
                credential=credential,
            )

            cls.logger.info(
                "Created FoundryChatClient for orchestration with model '%s' at endpoint '%s'",
                team_config.deployment_name,
                config.AZURE_AI_PROJECT_ENDPOINT,
            )
        except Exception as e:
            cls.logger.error("Failed to create FoundryChatClient: %s", e)
            raise

        # Create a separate client for the orchestrator manager using a
        # dedicated orchestrator model (gpt-5.4-mini) — much more reliable at
        # structured JSON output and multi-step routing decisions.
        orchestrator_model = config.ORCHESTRATOR_MODEL_NAME
        try:
            manager_chat_client = FoundryChatClient(
                project_endpoint=config.AZURE_AI_PROJECT_ENDPOINT,
                model=orchestrator_model,
                credential=credential,
            )
            cls.logger.warning(
                "Manager model: '%s' (participants use '%s')",
                orchestrator_model, team_config.deployment_name,
            )
        except Exception as e:
            cls.logger.warning(
                "Failed to create manager client with '%s', falling back to '%s': %s",
                orchestrator_model, team_config.deployment_name, e,
            )
            manager_chat_client = chat_client

        # Detect whether any agent supports user interaction
        has_user_responses = any(
            getattr(ag, "user_responses", False) for ag in agents
        ) or any(
            getattr(ag, "user_responses", False)
            for ag in getattr(team_config, "agents", [])
        )

        manager_agent = Agent(manager_chat_client, name="MagenticManager")

        # Collect participant agent names so the orchestrator plan prompt can
        # enforce mandatory inclusion of every team agent (e.g. TriageAgent,
        # ComplianceAgent) — otherwise the manager silently drops them.
        participant_agent_names = []
        for ag in agents:
            nm = getattr(ag, "agent_name", None) or getattr(ag, "name", None)
            if nm:
                participant_agent_names.append(nm)

        # Get prompt customization kwargs
        prompt_kwargs = get_magentic_prompt_kwargs(
            has_user_responses=has_user_responses,
            participant_names=participant_agent_names,
        )

        cls.logger.info(
            "Building MagenticBuilder for user '%s' with max_rounds=%d, "
            "enable_plan_review=True, has_user_responses=%s",
            user_id, orchestration_config.max_rounds, has_user_responses,
        )

        # Build participant list (unwrap AgentTemplate._agent)
        participant_list = []
        for ag in agents:
            name = getattr(ag, "agent_name", None) or getattr(ag, "name", None)
            if not name:
                name = f"agent_{len(participant_list) + 1}"
            inner = getattr(ag, "_agent", None) or ag
            participant_list.append(inner)
            cls.logger.debug("Added participant '%s'", name)

        # MagenticBuilder config:
        #   enable_plan_review=True  → emits request_info events with MagenticPlanReviewRequest
        #   intermediate_outputs=True → streams AgentResponseUpdate per token
        #   Both request_info event types (plan review + function_approval_request)
        #   pause the workflow in IDLE_WITH_PENDING_REQUESTS until responses are provided.
        storage = InMemoryCheckpointStorage()
        workflow = MagenticBuilder(
            participants=participant_list,
            manager_agent=manager_agent,
            max_round_count=orchestration_config.max_rounds,
            max_stall_count=5,
            checkpoint_storage=storage,
            output_from="all",
            enable_plan_review=True,
            **prompt_kwargs,
        ).build()

        cls.logger.info(
            "Built Magentic workflow with %d participants (plan review enabled)",
            len(participant_list),
        )

        # Attach context needed for the pre-planning team-scope gate
        # (see run_orchestration → _evaluate_team_scope). Stored on the workflow
        # so the gate can classify a request against this team's agents/data
        # without rebuilding a chat client.
        workflow._team_config = team_config
        workflow._manager_chat_client = manager_chat_client

        return workflow
