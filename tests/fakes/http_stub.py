"""A local HTTP stub standing in for an LLM server (OpenAI-compatible or Ollama) on 127.0.0.1.

The test gives a `respond(request) -> Reply` function; every request is recorded with its path,
headers and JSON body, so a test can assert what went over the wire (model name, prompt version,
fenced evidence, the key from settings) without any network.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]  # names lower-cased
    body: Any


@dataclass
class Reply:
    status: int = 200
    body: Any = field(default_factory=dict)  # dict → JSON; list of dicts → NDJSON (Ollama stream)


class StubServer:
    def __init__(self, respond: Callable[[Request], Reply]) -> None:
        self.respond = respond
        self.requests: list[Request] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def _handle(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except json.JSONDecodeError:
                    body = raw.decode("utf-8", "replace")
                request = Request(self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body)
                stub.requests.append(request)
                reply = stub.respond(request)
                if isinstance(reply.body, list):
                    payload = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in reply.body)
                    content_type = "application/x-ndjson"
                else:
                    payload = json.dumps(reply.body, ensure_ascii=False)
                    content_type = "application/json"
                data = payload.encode("utf-8")
                self.send_response(reply.status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_POST = _handle  # noqa: N815 - http.server's naming
            do_GET = _handle  # noqa: N815

            def log_message(self, *args) -> None:  # keep pytest output clean
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> StubServer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def openai_completion(model: str, *, content: str | None = None, tool: str | None = None, arguments: Any = None) -> dict:
    """A /v1/chat/completions response: plain content, or one tool call with JSON arguments."""
    message: dict[str, Any] = {"role": "assistant", "content": content}
    finish = "stop"
    if tool is not None:
        message["tool_calls"] = [{"id": "call_1", "type": "function",
                                  "function": {"name": tool, "arguments": json.dumps(arguments, ensure_ascii=False)}}]
        finish = "tool_calls"
    return {"id": "chatcmpl-stub", "object": "chat.completion", "created": 1700000000, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}


def ollama_chat(model: str, content: str) -> list[dict]:
    """An /api/chat streamed response (NDJSON): the content, then the closing `done` line."""
    base = {"model": model, "created_at": "2024-06-30T10:00:00Z"}
    return [
        {**base, "message": {"role": "assistant", "content": content}, "done": False},
        {**base, "message": {"role": "assistant", "content": ""}, "done": True, "done_reason": "stop",
         "total_duration": 1, "load_duration": 1, "prompt_eval_count": 1, "prompt_eval_duration": 1,
         "eval_count": 1, "eval_duration": 1},
    ]
