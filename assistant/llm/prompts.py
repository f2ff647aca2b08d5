"""Versioned prompt templates (the files in `prompts/`) loaded into LangChain chat prompts.

The templates are package data (`assistant.core.resources.prompts_dir`, read with importlib.resources),
so an installed shenbao finds them without a checkout.

A template is data: `prompts/<name>.v<version>.md` with a front matter and `# system` / `# human`
sections (format in prompts/README.md). The version is put on the wire as the first line of the
system message and handed to the caller for its traces, so every model request and every value
it produced can be traced back to the exact text that asked for it.

This module loads and renders templates; it does not build models or call them.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from importlib.resources.abc import Traversable

from langchain_core.messages import BaseMessage
from langchain_core.prompts import ChatPromptTemplate
from pydantic import BaseModel, ConfigDict

from assistant.core.errors import ShenbaoError
from assistant.core.resources import prompts_dir

PROMPTS_DIR = prompts_dir()
_FILE = re.compile(r"^(?P<name>[a-z][a-z0-9_]*)\.v(?P<version>[0-9]+)\.md$")
_SECTION = re.compile(r"^# (system|human)\s*$", re.M)


class Prompt(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    version: int
    description: str
    variables: tuple[str, ...]
    system: str
    human: str
    sha256: str  # of the file's bytes: a trace names the exact text, not only its version

    @property
    def id(self) -> str:
        return f"{self.name}.v{self.version}"

    @property
    def template(self) -> ChatPromptTemplate:
        header = f"提示词版本：{self.id}\n\n"
        return ChatPromptTemplate.from_messages(
            [("system", header + self.system), ("human", self.human)], template_format="f-string"
        )

    def messages(self, **values: str) -> list[BaseMessage]:
        missing = set(self.variables) - set(values)
        if missing:
            raise ShenbaoError(f"提示词 {self.id} 缺少变量：{'、'.join(sorted(missing))}")
        return self.template.format_messages(**{k: values[k] for k in self.variables})

    @property
    def metadata(self) -> dict[str, str]:
        """For a LangChain RunnableConfig: the prompt shows up in every callback and trace."""
        return {"prompt": self.id, "prompt_sha256": self.sha256[:16]}


def _front_matter(text: str, path: Traversable) -> tuple[dict[str, str], str]:
    if not text.startswith("---\n"):
        raise ShenbaoError(f"提示词文件缺少头部：{path.name}")
    head, sep, body = text[4:].partition("\n---\n")
    if not sep:
        raise ShenbaoError(f"提示词文件头部未结束：{path.name}")
    fields = {}
    for line in head.splitlines():
        key, colon, value = line.partition(":")
        if colon and key.strip():
            fields[key.strip()] = value.strip()
    return fields, body


def parse_prompt(path: Traversable) -> Prompt:
    raw = path.read_bytes()
    fields, body = _front_matter(raw.decode("utf-8"), path)
    match = _FILE.match(path.name)
    if match is None or fields.get("name") != match["name"] or fields.get("version") != match["version"]:
        raise ShenbaoError(f"提示词文件名与头部的 name/version 不一致：{path.name}")
    parts = _SECTION.split(body)
    # split() gives [preamble, "system", text, "human", text]
    sections = dict(zip(parts[1::2], (p.strip("\n") for p in parts[2::2]), strict=True))
    if set(sections) != {"system", "human"}:
        raise ShenbaoError(f"提示词文件应有 # system 与 # human 两节：{path.name}")
    variables = tuple(v.strip() for v in fields.get("variables", "").split(",") if v.strip())
    prompt = Prompt(
        name=match["name"],
        version=int(match["version"]),
        description=fields.get("description", ""),
        variables=variables,
        system=sections["system"],
        human=sections["human"],
        sha256=hashlib.sha256(raw).hexdigest(),
    )
    used = set(prompt.template.input_variables)
    if used != set(variables):
        raise ShenbaoError(
            f"提示词 {prompt.id} 的占位符与声明的 variables 不一致：{sorted(used ^ set(variables))}"
        )
    return prompt


def prompt_versions(name: str, directory: Traversable = PROMPTS_DIR) -> list[int]:
    versions = []
    for path in directory.iterdir() if directory.is_dir() else ():
        match = _FILE.match(path.name)
        if match and match["name"] == name:
            versions.append(int(match["version"]))
    return sorted(versions)


@lru_cache(maxsize=32)
def load_prompt(name: str, version: int | None = None, directory: Traversable = PROMPTS_DIR) -> Prompt:
    """The template `name` at `version`, or its highest version when none is given."""
    if version is None:
        versions = prompt_versions(name, directory)
        if not versions:
            raise ShenbaoError(f"找不到提示词：{name}（{directory}）")
        version = versions[-1]
    path = directory / f"{name}.v{version}.md"
    if not path.is_file():
        raise ShenbaoError(f"找不到提示词：{name}.v{version}（{directory}）")
    return parse_prompt(path)
