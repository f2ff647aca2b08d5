"""The columns of a 申报表's tables and the readings of a label cell.

Owns: which column of an indicator table is the label, the answer and the proof, by the words of
its header row (`header_columns`; 「内容及平台实际情况」 names the label and its answer in one column),
whether a table is a proof table alone (`proof_table`), and the texts a label cell may be matched
by (`label_candidates`: the cell, without the template's guidance, its first line, the words after
a 二级指标, and — for a cell that holds its answer after a colon — the words before it).

Must not: match labels to fields or read answers (`assistant.forms.reader`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.core.text_keys import label_key
from assistant.forms.grid import Grid


@dataclass(frozen=True)
class Columns:
    label: int | None
    value: int | None
    proof: int | None
    width: int


# Column headers as the template prints them and as applicants rename them.
HEADER_CUES = {"label": ("内容", "指标名称", "指标内容", "填报项目", "填报项", "项目"),
                "value": ("平台实际情况", "实际情况", "填报内容", "填报情况", "填写内容", "申报内容", "填报数据", "指标值",
                          "数值", "填报值", "填报数值"),
                "proof": ("证明资料", "证明材料", "佐证材料", "支撑材料", "证明文件", "佐证资料")}

def label_candidates(text: str, answered: bool = False) -> list[str]:
    """The template prints guidance inside some label cells ("平台名称\n（原则上应与附件6…）",
    "平台基本情况介绍\n（500字以内…）"): try the cell, then without long parentheticals, then its
    first line, then what follows a 「二级指标｜」 before the item's words."""
    candidates = [text]
    # 「(台/套) 按省市区域统计工业设备数量」, 「(%) 平台利润率」: the unit retyped before the label
    unit_first = re.match(r"\s*[（(]([^（）()]{1,6})[）)]\s*(\S[^\n]*)", text)
    if unit_first:
        candidates.insert(0, f"{unit_first.group(2).strip()}（{unit_first.group(1)}）")
    stripped = re.sub(r"[（(][^（）()]{6,}[）)]?", "", text).strip()
    if stripped and stripped != text:
        candidates.append(stripped)
    # 「平台订单数量（个）（近一年总量）」: a short note after the unit, no unit itself
    noted = re.sub(r"(?<=[）)])\s*[（(][^（）()\d]{2,8}[）)]\s*$", "", text.strip())
    if noted != text.strip() and noted not in candidates:
        candidates.append(noted)
    # 「平台团队人员总数（人）」, 「其中：运维人员（人）」 (h75): the template's head counts worded with 人员
    people = re.sub(r"人员总数", "总人数", re.sub(r"人员(?=\s*[（(]人[）)])", "人数", text.strip()))
    if people != text.strip() and people not in candidates:
        candidates.append(people)
    first = text.strip().split("\n", 1)[0].strip()
    if first and first not in candidates:
        candidates.append(first)
    # 「战略定位｜平台定位是否明确」: the 二级指标 printed before the item's own words
    tail = re.split(r"\s*[｜|＞>]\s*", first)[-1]
    if tail and tail not in candidates:
        candidates.append(tail)
    # 「平台团队总人数（人）：132」: the label with its answer typed after a colon (the label may hold one)
    candidates += [head for colon in re.finditer(r"[:：]", first[:90]) if answered
                   and (head := first[:colon.start()].strip()) and head not in candidates]
    return candidates


def header_columns(row) -> Columns | None:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        if cell is None:
            continue
        for role in _cue_roles(label_key(cell.text)):
            found.setdefault(role, i)
    if "label" not in found:  # no 内容 column: the 三级指标 column names the rows (序号 | 三级指标 | 数值 | 单位)
        found.update({"label": i for i, cell in enumerate(row) if cell is not None
                      and label_key(cell.text) in ("三级指标", "指标", "指标项")})
    if "value" not in found or ("label" not in found and "proof" not in found):
        return None
    return Columns(found.get("label"), found["value"], found.get("proof"), len(row))


def proof_table(grid: Grid) -> bool:
    """A table of proofs alone (指标 | 证明资料, no answer column), such as applicants add after the
    indicator table: its second column is a reference, never an answer."""
    for row in grid.rows[:2]:
        keys = [label_key(c.text) for c in row if c is not None and c.text.strip()]
        roles = set().union(*map(_cue_roles, keys))
        if "proof" in roles and "value" not in roles and len(keys) <= 3:
            return True
    return False


def _cue_roles(key: str) -> set[str]:
    """The columns a header cell names: its words are a cue, or a cue and at most two more (证明材料编号);
    a header of two names (「数值/情况」, 「评价指标(内容)」) by either of them, a year before it aside."""
    # 「内容及平台实际情况」: one column for the label and its answer typed after it (h73)
    parts = {key, *(p for p in re.split(r"[/／、|()]|及|和|与", key) if p)}
    parts |= {re.sub(r"^20\d{2}年度?", "", p) for p in parts}  # 「2024年填报值」
    return {role for role, cues in HEADER_CUES.items()
            if any(part == c or (part.startswith(c) and len(part) <= len(c) + 2) for c in cues for part in parts)}
