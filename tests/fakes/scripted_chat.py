"""Scripted chat models: queued replies, every prompt recorded (simonw/llm's MockModel, for LangChain).

`ScriptedChatModel` has no tool calling, so the chains under test take their JSON-in-text path.
`ScriptedToolChatModel` implements `bind_tools`, so `with_structured_output` works on it: a reply
that is valid JSON comes back as a tool call of the bound schema (as a function-calling endpoint
would return it), anything else as plain text content (a model that did not call the tool).

A queued reply is a string (the model's text), a dict (serialised to JSON), an `AIMessage`, an
exception instance (raised, as a failing endpoint would), or a callable that gets the messages
and returns one of these (a model that "reads" the prompt). When the queue is empty, `default`
answers if set; otherwise the call is a test error.
"""

from __future__ import annotations

import json
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.utils.function_calling import convert_to_openai_tool
from pydantic import Field


class ScriptedChatModel(BaseChatModel):
    replies: list[Any] = Field(default_factory=list)
    calls: list[list[BaseMessage]] = Field(default_factory=list)
    call_kwargs: list[dict[str, Any]] = Field(default_factory=list)
    default: Any = None
    model_name: str = "scripted"

    @property
    def _llm_type(self) -> str:
        return "scripted-chat"

    def enqueue(self, *replies: Any) -> ScriptedChatModel:
        self.replies.extend(replies)
        return self

    @property
    def prompts(self) -> list[str]:
        """Each call's messages joined, for asserting on what the model was shown."""
        return ["\n".join(m.text for m in call) for call in self.calls]

    def _next(self, messages: list[BaseMessage]) -> Any:
        if self.replies:
            reply = self.replies.pop(0)
        elif self.default is not None:
            reply = self.default
        else:
            raise AssertionError(f"scripted model called {len(self.calls)} times; too few replies queued")
        if callable(reply) and not isinstance(reply, BaseException):
            reply = reply(messages)
        if isinstance(reply, BaseException):
            raise reply
        return reply

    def _message(self, reply: Any, kwargs: dict[str, Any]) -> AIMessage:
        if isinstance(reply, AIMessage):
            return reply
        text = json.dumps(reply, ensure_ascii=False) if isinstance(reply, (dict, list)) else str(reply)
        return AIMessage(content=text)

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        self.calls.append(list(messages))
        self.call_kwargs.append(dict(kwargs))
        return ChatResult(generations=[ChatGeneration(message=self._message(self._next(messages), kwargs))])


class ScriptedToolChatModel(ScriptedChatModel):
    model_name: str = "scripted-tools"

    def bind_tools(self, tools, *, tool_choice: str | None = None, **kwargs: Any):
        formatted = [convert_to_openai_tool(t) for t in tools]
        return self.bind(tools=formatted, tool_choice=tool_choice, **kwargs)

    def _message(self, reply: Any, kwargs: dict[str, Any]) -> AIMessage:
        tools = kwargs.get("tools") or []
        if isinstance(reply, AIMessage) or not tools:
            return super()._message(reply, kwargs)
        text = json.dumps(reply, ensure_ascii=False) if isinstance(reply, (dict, list)) else str(reply)
        try:
            args = json.loads(text)
        except json.JSONDecodeError:
            return AIMessage(content=text)  # a model that answered in prose instead of the tool
        if not isinstance(args, dict):
            return AIMessage(content=text)
        name = tools[0]["function"]["name"]
        call_id = f"call_{len(self.calls)}"
        return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": call_id, "type": "tool_call"}])
