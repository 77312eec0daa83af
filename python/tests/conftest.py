"""Shared parts of the Python tests: a local HTTP server that answers like the providers, and fake
keys of the catalogued shapes (no real key is ever used or committed)."""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Dict, Iterator, List, Tuple

import pytest

import credcheck

# LiteLLM would otherwise fetch its model cost map from GitHub at import: tests stay offline.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")


def key_of(provider: str, seed: int = 1) -> str:
    """A fake key of the provider's first api-key shape."""
    for k in credcheck.sample_keys(seed):
        if k["provider"] == provider and k["slot"] == "api_key":
            return k["key"]
    raise LookupError(provider)


class Provider(BaseHTTPRequestHandler):
    """Answers every request as the provider would answer a rejected key: OpenAI echoes the key
    masked as `sk-proj-` + stars + its last four characters (keeping its length); Anthropic says
    `invalid x-api-key`. Records the auth headers it received."""

    seen: List[Dict[str, str]] = []

    def log_message(self, *args: object) -> None:
        pass

    def do_POST(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        self.rfile.read(length)
        Provider.seen.append({k.lower(): v for k, v in self.headers.items()})
        if self.headers.get("x-api-key") is not None or self.path.startswith("/v1/messages"):
            body = {"type": "error", "error": {"type": "authentication_error", "message": "invalid x-api-key"}}
        else:
            token = (self.headers.get("authorization") or "").removeprefix("Bearer ")
            echo = token[:8] + "*" * max(len(token) - 12, 0) + token[-4:]
            body = {
                "error": {
                    "message": f"Incorrect API key provided: {echo}. You can find your API key at https://platform.openai.com/account/api-keys.",
                    "type": "invalid_request_error",
                    "param": None,
                    "code": "invalid_api_key",
                }
            }
        data = json.dumps(body).encode()
        self.send_response(401)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST


@pytest.fixture()
def provider() -> Iterator[str]:
    """The base URL of a provider-like server on 127.0.0.1 that rejects every key with 401."""
    Provider.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Provider)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
