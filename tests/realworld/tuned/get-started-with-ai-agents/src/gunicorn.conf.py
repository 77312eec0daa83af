from typing import Dict, List, Optional

import asyncio
import multiprocessing
import os
import tempfile

from azure.ai.projects.aio import AIProjectClient
from azure.identity.aio import DefaultAzureCredential
from azure.core.credentials_async import AsyncTokenCredential
from azure.ai.projects.models import PromptAgentDefinition
from azure.ai.projects.models import FileSearchTool, AzureAISearchTool, Tool, AzureAISearchToolResource, AISearchIndexResource, AgentVersionDetails, ConnectionType

from azure.ai.projects.models import (
    PromptAgentDefinition,
    EvaluationRule,
    ContinuousEvaluationRuleAction,
    EvaluationRuleFilter,
    EvaluationRuleEventType,
    EvaluationRuleActionType
)

from openai import AsyncOpenAI
from dotenv import load_dotenv
from logging_config import configure_logging
from util import get_env_file_path

env_file = get_env_file_path()
load_dotenv(env_file)

logger = configure_logging(os.getenv("APP_LOG_FILE", ""))
if env_file:
    logger.info(f"Loaded environment variables from {env_file}")
else:
    logger.info("Loaded environment variables from default location")

def list_files_in_files_directory() -> List[str]:    
    # Get the absolute path of the 'files' directory
    files_directory = os.path.abspath(os.path.join(os.path.dirname(__file__), 'files'))
    
    # List all files in the 'files' directory
    files = [f for f in os.listdir(files_directory) if os.path.isfile(os.path.join(files_directory, f))]
    
    return files

FILES_NAMES = list_files_in_files_directory()

async def execute_step(
    step_name: str,
    step_func,
    resources: Dict,
    steps_order: List[str]
) -> None:
    """
    Execute a step and check that the prior step succeeded.
    
    :param step_name: Name of the step to execute
    :param step_func: Async function to execute for this step
    :param resources: Dictionary to track resource status
    :param steps_order: List of step names in execution order
    """
    from api.search_index_manager import ResourceStatus
    
    # Check if this step has a prior step
    step_index = steps_order.index(step_name)
    if step_index > 0:
        prior_step = steps_order[step_index - 1]
        prior_status = resources.get(prior_step)
        if prior_status == ResourceStatus.FAILED:
            logger.error(f"Skipping step '{step_name}' because prior step '{prior_step}' failed.")
            resources[step_name] = ResourceStatus.FAILED
            return
    
    # Execute the step
    try:
        status = await step_func()
        resources[step_name] = status
    except Exception as e:
        logger.error(f"Step '{step_name}' raised exception: {e}")
        resources[step_name] = ResourceStatus.FAILED

def _print_summary(resources: Dict, steps_order: List[str]) -> None:
    """
    Print a summary of all steps and their status.
    
    :param resources: Dictionary with step names and their ResourceStatus
    :param steps_order: List of step names in execution order
    """
    logger.info("=" * 80)
    logger.info("Azure AI Search Setup Summary")
    logger.info("=" * 80)
    
    for i, step_name in enumerate(steps_order, 1):
        status = resources.get(step_name)
        if status:
            status_symbol = "✓" if status.value == "created" else "ℹ" if status.value == "existing" else "✗"
            logger.info(f"{i}. {step_name}: {status_symbol} {status.value}")
        else:
            logger.info(f"{i}. {step_name}: ✗ failed")
    
    logger.info("=" * 80)

async def create_ai_search_tool_maybe(
        ai_client: AIProjectClient, creds: AsyncTokenCredential) -> Optional[Tool]:
    """
    Create AI Search tool with all required resources (index, datasource, skillset, indexers).
    Returns the tool only if all steps succeed.

    :param ai_client: The project client to be used to create resources.
    :param creds: The credentials, used for the resources.
    :return: AzureAISearchAgentTool if successful, None otherwise
    """
    from api.search_index_manager import SearchIndexManager, ResourceStatus
    from api.blob_store_manager import BlobStoreManager
    from openai import AsyncAzureOpenAI
    
    endpoint = os.environ.get('AZURE_AI_SEARCH_ENDPOINT')
    embedding = os.getenv('AZURE_AI_EMBED_DEPLOYMENT_NAME')
    container_name = os.getenv('AZURE_BLOB_CONTAINER_NAME', 'documents')
    search_index_name = os.getenv('AZURE_AI_SEARCH_INDEX_NAME', 'index-sample')
    
    if not endpoint or not embedding:
        logger.warning("AI Search endpoint or embedding deployment not configured. Skipping AI Search setup.")
        return None
    
    try:
        aoai_connection = await ai_client.connections.get_default(
            connection_type=ConnectionType.AZURE_OPEN_AI, include_credentials=True)
    except ValueError as e:
        logger.error(f"Failed to get Azure OpenAI connection: {e}")
        return None
    
    # Create embedding client with AAD authentication
    embedding_client = AsyncAzureOpenAI(
        api_version=os.getenv('AZURE_OPENAI_API_VERSION', '2024-02-15-preview'),
        azure_endpoint=aoai_connection.target,
        azure_ad_token_provider=creds.get_token
    )

    # Initialize SearchIndexManager
    search_mgr = SearchIndexManager(
        endpoint=endpoint,
        credential=creds,
        index_name=search_index_name,
        dimensions=int(os.getenv('AZURE_AI_EMBED_DIMENSIONS', '1536')),
        model=embedding,
        deployment_name=embedding,
        embedding_endpoint=aoai_connection.target,
        embed_api_key=None,
        embedding_client=embedding_client
    )
    
    # Get blob storage connection
    try:
        storage_connection = await ai_client.connections.get_default(
            connection_type=ConnectionType.AZURE_STORAGE_ACCOUNT,
            include_credentials=True)
        storage_account_endpoint = storage_connection.target
    except ValueError as e:
        logger.error(f"Failed to get Blob Storage connection: {e}")
        return None
    
    # Get connection string from STORAGE_ACCOUNT_RESOURCE_ID
    storage_account_resource_id = os.getenv("STORAGE_ACCOUNT_RESOURCE_ID")
    if not storage_account_resource_id:
        logger.error("Missing required environment variable: STORAGE_ACCOUNT_RESOURCE_ID")
        return None
    
    connection_string = f"ResourceId={storage_account_resource_id};"
    
    # Sanitize index name for resource naming
    sanitized_name = search_index_name.lower().replace("_", "-")
    datasource_name = f"{sanitized_name}-datasource"
    skillset_name = f"{sanitized_name}-skillset"
    # Define steps in execution order
    steps_order = [
        "blob_container",
        "blob_upload",
        "search_index",
        "search_datasource",
        "search_skillset",
        "indexer_markdown",
        "indexer_documents",
    ]
    
    resources = {}
    
    # Step 1: Create blob container
    async def blob_container_step():
        blob_mgr = BlobStoreManager(
            account_url=storage_account_endpoint,
            credential=creds
        )
        return await blob_mgr.create_blob_container_maybe(container_name)
    
    await execute_step("blob_container", blob_container_step, resources, steps_order)
    
    # Step 2: Upload files to blob
    async def blob_upload_step():
        blob_mgr = BlobStoreManager(
            account_url=storage_account_endpoint,
            credential=creds
        )
        files_dir = os.path.join(os.path.dirname(__file__), 'files')
        return await blob_mgr.upload_to_blob_store_maybe(container_name, files_dir)
    
    await execute_step("blob_upload", blob_upload_step, resources, steps_order)
    
    # Step 3: Create search index
    async def search_index_step():
        return await search_mgr.create_index_maybe(
            vector_index_dimensions=int(os.getenv('AZURE_AI_EMBED_DIMENSIONS', '1536'))
        )
    
    await execute_step("search_index", search_index_step, resources, steps_order)
    
    # Step 4: Create datasource
    async def datasource_step():
        return await search_mgr.create_datasource_maybe(
            datasource_name=datasource_name,
            container_name=container_name,
            connection_string=connection_string
        )
    
    await execute_step("search_datasource", datasource_step, resources, steps_order)
    
    # Step 5: Create skillset
    async def skillset_step():
        return await search_mgr.create_skillset_maybe(
            skillset_name=skillset_name,
            target_index_name=search_index_name
        )
    
    await execute_step("search_skillset", skillset_step, resources, steps_order)
    
    # Step 6: Create Markdown indexer
    async def markdown_indexer_step():
        return await search_mgr.create_indexer_maybe(
            indexer_name=f"{sanitized_name}-markdown-indexer",
            datasource_name=datasource_name,
            target_index_name=search_index_name,
            skillset_name=skillset_name,
            file_extensions=".md",
            parsing_mode="markdown"
        )
    
    await execute_step("indexer_markdown", markdown_indexer_step, resources, steps_order)
    
    # Step 7: Create Documents indexer
    async def documents_indexer_step():
        return await search_mgr.create_indexer_maybe(
            indexer_name=f"{sanitized_name}-documents-indexer",
            datasource_name=datasource_name,
            target_index_name=search_index_name,
            skillset_name=skillset_name,
            file_extensions=".pdf,.docx,.pptx,.xlsx,.txt",
            parsing_mode="default"
        )
    
    await execute_step("indexer_documents", documents_indexer_step, resources, steps_order)
    
    # Check if all steps succeeded
    all_succeeded = all(s != ResourceStatus.FAILED for s in resources.values())
    
    # Print summary
    _print_summary(resources, steps_order)
    
    # Return tool only if all steps succeeded
    if all_succeeded:
        logger.info("✓ All AI Search resources created/configured successfully!")
        conn_id = os.environ.get('SEARCH_CONNECTION_ID')
        if conn_id:
            return AzureAISearchTool(
                azure_ai_search=AzureAISearchToolResource(indexes=[AISearchIndexResource(
                    project_connection_id=conn_id,
                    index_name=search_index_name,
                    query_type="simple"
                )])
            )
    else:
        logger.error("✗ Some AI Search resources failed to create/configure. Falling back to File Search.")
        return None
