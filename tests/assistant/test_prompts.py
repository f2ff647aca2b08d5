"""Prompt templates are versioned data: loading, pinning, and refusing templates that drifted."""

from __future__ import annotations

import pytest

from assistant.core.errors import ShenbaoError
from assistant.llm.prompts import (
    PROMPTS_DIR,
    load_prompt,
    parse_prompt,
    prompt_versions,
)

# A released prompt is never edited (prompts/README.md): a trace names it by version and hash.
# Changing the wording means a new file with the next version, and a new line here.
RELEASED = {
    "evidence_extract.v1": "d8ab88ea965d7840a927719fb9834dc659e0ed2afff7b023aefed4de4707dd65",
    "ask_answer.v1": "0bd05237e30efb21bcb55bd65ee3d2cb025b1cfebc136bb87bbd2731e3c50d88",
}

TEMPLATE = """---
name: demo
version: {version}
description: 测试
variables: {variables}
---

# system

规则 {{fence}}

# human

问题：{{question}} {{{{字面量}}}}
"""


def _write(directory, version: int, variables: str = "fence, question"):
    path = directory / f"demo.v{version}.md"
    path.write_text(TEMPLATE.format(version=version, variables=variables), encoding="utf-8")
    return path


def test_shipped_prompts_load_and_put_their_version_on_the_wire():
    for name in ("evidence_extract", "ask_answer"):
        prompt = load_prompt(name)
        assert prompt.id == f"{name}.v1" and len(prompt.sha256) == 64
        values = {v: f"<{v}>" for v in prompt.variables}
        system, human = prompt.messages(**values)
        assert system.text.startswith(f"提示词版本：{name}.v1\n")
        assert "<evidence>" in human.text and "<fence>" in system.text
        assert prompt.metadata["prompt"] == prompt.id
    assert prompt_versions("evidence_extract") == [1]
    assert (PROMPTS_DIR / "README.md").is_file()


def test_released_prompts_are_unchanged():
    for prompt_id, sha256 in RELEASED.items():
        name, version = prompt_id.rsplit(".v", 1)
        assert load_prompt(name, int(version)).sha256 == sha256, f"{prompt_id} was edited: add v{int(version) + 1}"


def test_highest_version_by_default_and_pinning(tmp_path):
    _write(tmp_path, 1)
    _write(tmp_path, 2)
    assert load_prompt("demo", directory=tmp_path).version == 2
    assert load_prompt("demo", 1, directory=tmp_path).version == 1
    system, human = load_prompt("demo", 1, directory=tmp_path).messages(fence="F", question="Q{x}")
    assert human.text == "问题：Q{x} {字面量}"  # values are not re-formatted; {{ }} is a literal brace
    with pytest.raises(ShenbaoError):
        load_prompt("demo", 3, directory=tmp_path)


def test_template_whose_placeholders_drifted_from_its_variables_is_refused(tmp_path):
    with pytest.raises(ShenbaoError, match="占位符"):
        parse_prompt(_write(tmp_path, 1, variables="fence"))


def test_file_name_must_match_front_matter(tmp_path):
    path = _write(tmp_path, 1)
    path.rename(tmp_path / "demo.v7.md")
    with pytest.raises(ShenbaoError, match="不一致"):
        parse_prompt(tmp_path / "demo.v7.md")


def test_missing_variable_is_an_error_not_an_empty_prompt(tmp_path):
    with pytest.raises(ShenbaoError, match="缺少变量"):
        load_prompt("demo", 1, directory=_write(tmp_path, 1).parent).messages(fence="F")
