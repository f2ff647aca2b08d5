"""Ground truth of a labelled application package: what it declares, what its proofs say, what is wrong.

Owns the truth schema (frozen pydantic models, extra="forbid", schema_version 1) and loading of
`eval_sets/truth/<package_id>.json`. The scorer and the tests read truth through this module only.
Labels are the notice's labels (附件4 rows, 指标明细表 内容); pages are 1-based physical pages.
Must not import `assistant` (truth is derived independently of the code it scores).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
TRUTH_DIR = Path(__file__).resolve().parent / "truth"
# The labelled sets `shenbao eval` scores side by side: the packages our generator made, and the
# ones written independently of it (eval_sets/independent/README.md).
LABELLED_SETS: tuple[tuple[str, Path], ...] = (
    ("generated", TRUTH_DIR),
    ("independent", Path(__file__).resolve().parent / "independent" / "truth"),
)

FileRole = Literal[
    "联系人表", "申报表", "申报表扫描件", "申报书", "汇总表", "承诺",
    "evidence:audit_report", "evidence:device_list", "evidence:screenshot",
    "evidence:patent_list", "evidence:award_list", "evidence:other",
]
Family = Literal[
    "identity", "formula", "subset", "breakdown_sum", "invalid_category", "declared_vs_evidence",
    "count_vs_list", "screenshot_vs_form", "narrative_vs_form", "growth_rate", "summary_vs_form",
    "blank", "missing_proof", "char_limit", "answer_format", "missing_section", "section7",
    "missing_file", "platform_name", "conditional",
]
FAMILIES: tuple[str, ...] = Family.__args__  # type: ignore[attr-defined]

# number in the row's unit | yes/no | {category: number} | free text | null when blank
Normalized = bool | int | float | dict[str, int | float] | str | None


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PlatformRef(_Frozen):
    list_no: int = Field(description="附件6 序号")
    listed_name: str = Field(description="平台名称 as in 附件6")
    company: str = Field(description="单位名称 as in 附件6")
    declared_name: str = Field(description="平台名称 as written in the 申报表")
    participated_2023: bool = Field(description="附件6: 2023 年度是否参评 = 是")


class SummaryRow(_Frozen):
    label: str = Field(description="附件4 row label exactly as printed, line wraps joined")
    value: str = Field(description="what a reviewer writes in the cell; '' when the 申报表 leaves it blank")
    normalized: Normalized


class EvidenceFact(_Frozen):
    label: str = Field(description="notice label of the indicator this fact supports")
    value: str = Field(description="as printed in the evidence")
    unit: str = Field(description="unit as printed: 元, 万元, 台/套, 家, 个, 项")
    normalized: int | float | None = Field(description="value converted to the unit of the indicator row")
    file: str
    page: int = Field(ge=1)
    quote: str = Field(description="exact text on that page; for an image-only page, the text drawn")
    row_label: str = Field(default="", description="the caption printed next to the value (营业收入, 资产总计, 接入设备)")
    column_label: str = Field(default="", description="the column printed above the value, if any")
    component: str = Field(default="", description=(
        "when the fact is an input of the indicator's formula rather than the indicator itself "
        "(利润总额 for 平台利润率), its name and unit; normalized is then in that unit"))
    image_only: bool = False


class Problem(_Frozen):
    id: str
    family: Family
    fields: list[str] = Field(min_length=1, description="notice labels involved")
    files: list[str] = Field(description="files involved, relative to the package root")
    severity: Literal["error", "warning"]
    description: str


class PackageTruth(_Frozen):
    schema_version: Literal[1] = SCHEMA_VERSION
    package_id: str
    description: str
    path: str = Field(description="the package (folder or .zip) relative to the repository root")
    delivery: Literal["folder", "zip"]
    platform: PlatformRef
    layout: list[str] = Field(description="layout variant tags of this package")
    files: dict[str, FileRole] = Field(description="relative path inside the package → role")
    secrets: list[str] = Field(default_factory=list, description="strings that must be masked in any output")
    summary_rows: list[SummaryRow]
    evidence_facts: list[EvidenceFact]
    problems: list[Problem]

    @model_validator(mode="after")
    def _consistent(self) -> PackageTruth:
        ids = [p.id for p in self.problems]
        if len(ids) != len(set(ids)):
            raise ValueError("problem ids must be unique")
        for fact in self.evidence_facts:
            if fact.file not in self.files:
                raise ValueError(f"evidence fact cites unknown file {fact.file}")
        for problem in self.problems:
            for name in problem.files:
                if name not in self.files and not problem.family == "missing_file":
                    raise ValueError(f"problem {problem.id} cites unknown file {name}")
        return self


def load_truth(path: Path) -> PackageTruth:
    return PackageTruth.model_validate_json(Path(path).read_text(encoding="utf-8"))


def load_all(directory: Path = TRUTH_DIR) -> list[PackageTruth]:
    """Every truth file of the directory, sorted by package id."""
    return sorted((load_truth(p) for p in Path(directory).glob("*.json")), key=lambda t: t.package_id)


def dump_truth(truth: PackageTruth) -> str:
    return truth.model_dump_json(indent=2) + "\n"
