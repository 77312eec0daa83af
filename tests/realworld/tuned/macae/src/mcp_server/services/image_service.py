"""
Image generation MCP tools service.

Generates images via Azure OpenAI's images/generations endpoint (gpt-image-1.5),
uploads the resulting PNG to Azure Blob Storage, and returns a public URL that
Foundry-hosted agents can embed in their markdown responses.
"""

import base64
import logging
import os
import uuid


import httpx
from azure.identity import DefaultAzureCredential, ManagedIdentityCredential, get_bearer_token_provider
from azure.storage.blob import (
   BlobServiceClient,
   ContentSettings,
)

from config.settings import config
from core.factory import Domain, MCPToolBase

logger = logging.getLogger(__name__)

_IMAGE_API_VERSION = "2025-04-01-preview"



def _get_credential():
    """Return a credential based on environment (dev vs deployed)."""
    app_env = os.environ.get("APP_ENV", "prod").lower()
    if app_env == "dev":
        return DefaultAzureCredential(require_envvar=True)
    return ManagedIdentityCredential(client_id=config.azure_client_id)


def _ensure_container(blob_service: BlobServiceClient, container_name: str) -> None:
    """Create the container if it does not already exist."""
    container_client = blob_service.get_container_client(container_name)
    try:
        container_client.create_container()
        logger.info("Created blob container '%s'", container_name)
    except Exception:
        # Container already exists — ignore.
        pass


def _upload_png_and_get_url(png_bytes: bytes) -> str:
    """Upload PNG bytes to blob storage, return a relative backend-proxy path.


    Returns "/api/v4/images/{blob}" — a relative path the browser resolves
    against the SPA's configured API origin. The backend proxy reads the blob
    with its own credential, so the browser never needs direct blob access (no
    SAS or public blob access required), and it works in both the standard and
    WAF/private-networking deployments.
    """
    if not config.azure_storage_blob_url:
        raise RuntimeError("AZURE_STORAGE_BLOB_URL is not configured on the MCP server")

    account_url = config.azure_storage_blob_url.rstrip("/")
    container_name = config.azure_storage_images_container
    blob_name = f"{uuid.uuid4()}.png"

    credential = _get_credential()
    blob_service = BlobServiceClient(account_url=account_url, credential=credential)
    _ensure_container(blob_service, container_name)

    blob_client = blob_service.get_blob_client(container=container_name, blob=blob_name)
    blob_client.upload_blob(
        png_bytes,
        overwrite=True,
        content_settings=ContentSettings(content_type="image/png"),
    )


    # Return a relative backend proxy path. The browser resolves it against the
    # SPA's configured API origin, so it works in both the standard deployment
    # (resolves to the public backend) and the WAF/private deployment (resolves
    # to the frontend's same-origin reverse proxy, which forwards to the internal
    # backend over the VNet). The backend proxy reads the blob with its own
    # credential, so no SAS or public blob access is needed.
    return f"/api/v4/images/{blob_name}"




class ImageService(MCPToolBase):
    """Image-generation tools backed by Azure OpenAI gpt-image-1.5."""

    def __init__(self):
        super().__init__(Domain.IMAGE)

    def register_tools(self, mcp) -> None:
        @mcp.tool(tags={self.domain.value})
        async def generate_marketing_image(prompt: str, size: str = "1024x1024") -> str:
            """Generate a marketing image from a text prompt.

            Use this tool whenever the user asks for an image, picture, photo, banner,
            or visual asset. Pass a detailed description of the scene, subject, style,
            lighting, and composition. The tool returns a markdown image tag that
            embeds the generated PNG (e.g. ``![Generated marketing image](https://...)``).
            Include the returned string verbatim in your reply so the user sees the
            image inline.

            Args:
                prompt: A detailed description of the image to generate.
                size: One of "1024x1024", "1536x1024", or "1024x1536". Defaults to square.

            Returns:
                A markdown image tag pointing to the generated PNG.
            """
            if not config.azure_openai_endpoint:
                raise RuntimeError("AZURE_OPENAI_ENDPOINT is not configured on the MCP server")

            deployment = config.azure_openai_image_deployment
            endpoint = config.azure_openai_endpoint.rstrip("/")
            url = (
                f"{endpoint}/openai/deployments/{deployment}"
                f"/images/generations?api-version={_IMAGE_API_VERSION}"
            )

            token_provider = get_bearer_token_provider(
                _get_credential(), "https://cognitiveservices.azure.com/.default"
            )
            headers = {
                "Authorization": f"Bearer {token_provider()}",
                "Content-Type": "application/json",
            }
            body = {"prompt": prompt, "n": 1, "size": size, "quality": config.azure_openai_image_quality}

            logger.info(
                "Generating image (deployment=%s, size=%s, quality=%s, prompt_len=%d)",
                deployment,
                size,
                config.azure_openai_image_quality,
                len(prompt),
            )
            async with httpx.AsyncClient(timeout=120.0) as client:
                resp = await client.post(url, json=body, headers=headers)
                if resp.status_code >= 400:
                    raise RuntimeError(f"Image generation failed: {resp.status_code} {resp.text}")
                result_json = resp.json()

            data = result_json.get("data") or []
            if not data:
                raise RuntimeError(f"Image generation returned no data: {result_json}")
            b64_data = data[0].get("b64_json") or data[0].get("b64")
            if not b64_data:
                raise RuntimeError(f"Image generation returned no b64 data: {result_json}")

            png_bytes = base64.b64decode(b64_data)
            public_url = _upload_png_and_get_url(png_bytes)
            logger.info("Image uploaded: %s", public_url)
            return f"![Generated marketing image]({public_url})"

    @property
    def tool_count(self) -> int:
        return 1
