# Copyright (c) Microsoft Corporation.
# Licensed under the MIT License.

import argparse
import sys
import os
import warnings
import mimetypes
mimetypes.add_type('application/javascript', '.js')
mimetypes.add_type('application/javascript', '.mjs')

# Suppress a noisy pydantic serializer warning emitted by litellm/openai
# when a Chat Completions ``usage`` dict (prompt_tokens / completion_tokens)
# gets serialized through a model whose field is typed as the Responses
# API ``ResponseAPIUsage``. The response itself is correct (HTTP 200);
# only the serializer's "may not be as expected" notice is misleading.
warnings.filterwarnings(
    "ignore",
    message=r"Pydantic serializer warnings",
    category=UserWarning,
    module=r"pydantic\..*",
)

import flask
from flask import Flask, request, send_from_directory
from flask import stream_with_context, Response

import webbrowser
import threading
import numpy as np
import time

import logging

import json
from pathlib import Path

from dotenv import load_dotenv
import secrets
import base64

APP_ROOT = Path(Path(__file__).parent).absolute()

# Load env files early so FLASK_SECRET_KEY is available before app setup.
load_dotenv(os.path.join(APP_ROOT, "..", "..", '.env'))
load_dotenv(os.path.join(APP_ROOT, '.env'))

# Create Flask app (lightweight, no heavy imports yet)
app = Flask(__name__, static_url_path='', static_folder=os.path.join(APP_ROOT, "dist"))
app.secret_key = os.environ.get("FLASK_SECRET_KEY") or secrets.token_hex(16)
