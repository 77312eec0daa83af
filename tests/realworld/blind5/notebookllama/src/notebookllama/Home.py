import streamlit as st
import io
import os
import asyncio
import tempfile as temp
from dotenv import load_dotenv
import sys
import time
import randomname
import streamlit.components.v1 as components

from pathlib import Path
from documents import ManagedDocument, DocumentManager
from audio import PODCAST_GEN, PodcastConfig
from typing import Tuple
from workflow import NotebookLMWorkflow, FileInputEvent, NotebookOutputEvent
from instrumentation import OtelTracesSqlEngine
from llama_index.observability.otel import LlamaIndexOpenTelemetry
from opentelemetry.exporter.otlp.proto.http.trace_exporter import (
    OTLPSpanExporter,
)

load_dotenv()

# define a custom span exporter
span_exporter = OTLPSpanExporter("http://localhost:4318/v1/traces")

# initialize the instrumentation object
instrumentor = LlamaIndexOpenTelemetry(
    service_name_or_resource="agent.traces",
    span_exporter=span_exporter,
    debug=True,
)
engine_url = f"postgresql+psycopg2://{os.getenv('pgql_user')}:{os.getenv('pgql_psw')}@localhost:5432/{os.getenv('pgql_db')}"
sql_engine = OtelTracesSqlEngine(
    engine_url=engine_url,
