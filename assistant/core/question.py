"""An answer to a reviewer's question, as `shenbao ask`, the workspace chat and the LLM answer
chain give it: Chinese text whose "[n]" marks refer to citations, and for a model's answer every
sentence with its grounding. Types only.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.core.citations import Citation


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Source(_Frozen):
    """A passage the answer was drawn from (offline: shown; LLM: shown to the model as `key`)."""

    key: str
    citation: Citation
    score: float | None = None


class AnswerSentence(_Frozen):
    text: str
    citations: tuple[Citation, ...] = ()
    status: Literal["grounded", "ungrounded"] = "grounded"
    reason: str = ""


class Answer(_Frozen):
    question: str
    text: str  # Chinese; "[n]" refers to citations[n-1]
    citations: tuple[Citation, ...]
    mode: Literal["offline", "llm"]
    sources: tuple[Source, ...] = ()
    field_id: str | None = None
    field_label: str | None = None
    sentences: tuple[AnswerSentence, ...] = ()  # LLM mode: every sentence with its grounding
    prompt: str = ""  # "ask_answer.v1" in LLM mode
    model: str = ""
    notes: tuple[str, ...] = ()
