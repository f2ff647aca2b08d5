"""The one place that builds a chat model, and the structured call every LLM chain goes through.

`chat_model(settings)` builds `ChatOpenAI` for any OpenAI-compatible endpoint (DeepSeek, Qwen in
DashScope's compatible mode, vLLM, a llama.cpp server) or `ChatOllama`, from settings only.
`invoke_structured` asks for a pydantic object: through the model's structured output (tool
calling) when it has one, else by JSON in the text parsed with LangChain's PydanticOutputParser.
A reply that does not validate goes back to the model with the error for a bounded number of
retries (`settings.llm_max_retries`, as instructor does); an endpoint that rejects tool calling
is asked again in JSON mode.

Must not: read the environment (settings do), know indicators, or trust a reply — it returns
what parsed and how; grounding is the caller's job (`assistant.values.grounding`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from langchain_core.exceptions import OutputParserException
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.output_parsers import PydanticOutputParser
from pydantic import BaseModel, SecretStr, ValidationError

from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings

StructuredMode = Literal["tools", "json"]
DEFAULT_TIMEOUT_S = 120.0
OLLAMA_URL = "http://127.0.0.1:11434"


class LlmError(ShenbaoError):
    """The model could not be reached or kept failing (not: it answered something wrong)."""


def chat_model(settings: Settings, *, timeout_s: float = DEFAULT_TIMEOUT_S) -> BaseChatModel:
    if settings.llm == "openai":
        if not settings.llm_base_url:
            raise ShenbaoError(
                "使用 OpenAI 兼容接口时须设置 SHENBAO_LLM_BASE_URL（如 https://api.deepseek.com/v1）"
            )
        from langchain_openai import ChatOpenAI

        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else ""
        return ChatOpenAI(
            model=settings.llm_model,
            base_url=settings.llm_base_url,
            # vLLM and llama.cpp accept any key, the OpenAI client insists on one; passing it
            # explicitly also keeps the client from reading OPENAI_API_KEY behind settings' back.
            api_key=SecretStr(key or "EMPTY"),
            temperature=settings.llm_temperature,
            timeout=timeout_s,
            max_retries=settings.llm_max_retries,  # transport retries; validation retries are ours
            use_responses_api=False,  # /v1/responses is OpenAI's own; the compatible servers lack it
        )
    if settings.llm == "ollama":
        from langchain_ollama import ChatOllama

        return ChatOllama(
            model=settings.llm_model,
            base_url=settings.llm_base_url or OLLAMA_URL,
            temperature=settings.llm_temperature,
            client_kwargs={"timeout": timeout_s},
        )
    raise ShenbaoError("未配置大模型（SHENBAO_LLM=none）：请设置 SHENBAO_LLM=openai 或 ollama")


def describe_model(settings: Settings) -> str:
    """For traces and reports: provider, model and endpoint, never the key."""
    where = settings.llm_base_url or (OLLAMA_URL if settings.llm == "ollama" else "")
    return f"{settings.llm}:{settings.llm_model}" + (f"@{where}" if where else "")


# ---------------------------------------------------------------------------- structured calls


@dataclass(frozen=True)
class Attempt:
    mode: StructuredMode
    error: str = ""  # "" for the attempt that parsed


@dataclass
class StructuredReply:
    parsed: BaseModel | None
    attempts: list[Attempt] = field(default_factory=list)

    @property
    def mode(self) -> StructuredMode | None:
        return self.attempts[-1].mode if self.attempts else None


def format_instructions(schema: type[BaseModel]) -> str:
    """Chinese output instructions with the JSON Schema, for the prompt's {output_format}."""
    spec = json.dumps(schema.model_json_schema(), ensure_ascii=False, separators=(",", ":"))
    return (
        "只输出一个 JSON 对象，不要输出任何解释或其他文字（可放在 ```json 代码块中）。"
        f"该对象须符合以下 JSON Schema：\n{spec}"
    )


def _structured_runnable(model: BaseChatModel, schema: type[BaseModel]):
    if type(model).bind_tools is BaseChatModel.bind_tools:
        return None  # no tool calling: JSON in the text
    method = "json_schema" if type(model).__name__ == "ChatOllama" else "function_calling"
    # function_calling, not OpenAI's json_schema response format: DeepSeek and DashScope reject
    # `response_format={"type": "json_schema"}`, and all the compatible servers speak tools.
    return model.with_structured_output(schema, method=method, include_raw=True)


def _text_of(message: BaseMessage) -> str:
    if isinstance(message, AIMessage) and message.tool_calls:
        return json.dumps(message.tool_calls[0]["args"], ensure_ascii=False)
    return message.text


def _rejects_tools(exc: Exception) -> bool:
    # An endpoint without tool support answers 400/422 (vLLM without a tool parser, llama.cpp
    # without --jinja); a timeout or a refused connection is no reason to change the protocol.
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in (400, 404, 422) or "BadRequest" in type(exc).__name__:
        return True
    # llama.cpp's server answers a tools request without --jinja with a 5xx naming the tools.
    return isinstance(status, int) and status >= 500 and "tool" in str(exc).lower()


def _short(exc: BaseException) -> str:
    if isinstance(exc, OutputParserException) and isinstance(exc.__cause__, ValidationError):
        exc = exc.__cause__  # the field-level errors are what the model can act on
    if isinstance(exc, ValidationError):
        parts = [f"{'.'.join(str(p) for p in e['loc']) or '根'}: {e['msg']}" for e in exc.errors()[:5]]
        return "；".join(parts)
    return str(exc).strip().splitlines()[0][:300] if str(exc).strip() else type(exc).__name__


def invoke_structured(
    model: BaseChatModel,
    messages: list[BaseMessage],
    schema: type[BaseModel],
    *,
    max_retries: int,
    config: dict[str, Any] | None = None,
) -> StructuredReply:
    """Ask `model` for a `schema` object; on a reply that does not parse or validate, tell it why
    and ask again, at most `max_retries` more times. Raises `LlmError` when the endpoint fails."""
    parser = PydanticOutputParser(pydantic_object=schema)
    runnable = _structured_runnable(model, schema)
    mode: StructuredMode = "tools" if runnable is not None else "json"
    history = list(messages)
    reply = StructuredReply(parsed=None)
    budget = 1 + max(0, max_retries)
    while len(reply.attempts) < budget:
        raw: BaseMessage | None = None
        try:
            if mode == "tools":
                out = runnable.invoke(history, config=config)
                raw = out["raw"]
                parsed = out["parsed"]
                if parsed is None and out["parsing_error"] is not None:
                    raise out["parsing_error"]
                if parsed is None:  # answered in text instead of calling the tool
                    parsed = parser.parse(_text_of(raw))
            else:
                raw = model.invoke(history, config=config)
                parsed = parser.parse(_text_of(raw))
        except (OutputParserException, ValidationError) as exc:
            error = _short(exc)
            reply.attempts.append(Attempt(mode=mode, error=error))
            shown = _text_of(raw) if raw is not None else ""
            history += [
                AIMessage(content=shown[:4000]),
                HumanMessage(content=f"你上一次的输出未通过校验：{error}\n请更正后重新输出。{format_instructions(schema)}"),
            ]
            continue
        except Exception as exc:  # noqa: BLE001 - the endpoint itself failed
            if mode == "tools" and _rejects_tools(exc):
                reply.attempts.append(Attempt(mode=mode, error=f"接口不支持工具调用：{_short(exc)}"))
                mode = "json"
                continue
            raise LlmError(f"大模型调用失败：{type(exc).__name__}: {_short(exc)}") from exc
        reply.parsed = parsed
        reply.attempts.append(Attempt(mode=mode))
        return reply
    return reply
