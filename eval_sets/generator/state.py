"""One package while it is being generated: its spec, its numbers, its cells, its planted problems.

Owns the data shared by the generator's stages — `PackageSpec` (what to build), `PackageState`
(true values, declared values, evidence figures, the 申报表 cells, narrative options, file names)
and `Plant` (a planted problem: a phase and a transformation). Stages read and write the state in
a fixed order (build.py); this module holds no logic beyond construction.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Literal

from eval_sets.generator.layout import ROLE_TITLES, Layout, document_name, evidence_name
from eval_sets.generator.notice import PLATFORM_BY_NO, ListedPlatform
from eval_sets.generator.profiles import PROFILES, Profile
from eval_sets.generator.values import Values, make_values
from eval_sets.truth import Problem

Phase = Literal["values", "outputs", "cells", "documents"]
PHASES: tuple[Phase, ...] = ("values", "outputs", "cells", "documents")


@dataclass(frozen=True)
class Plant:
    """A planted problem: applied at `phase`, it changes the state and says what it did."""

    phase: Phase
    apply: Callable[[PackageState], Problem]


@dataclass(frozen=True)
class PackageSpec:
    package_id: str
    description: str
    list_no: int
    seed: int
    scale: float
    layout: Layout
    evidence: tuple[str, ...]  # evidence roles in 附件3-N order
    plants: tuple[Plant, ...] = ()
    exact_yuan: bool = False
    devices: int | None = None  # pin the device count (the negative control's 32,000 / 约3.2万台)
    target: Literal["eval", "sample"] = "eval"
    documents: tuple[str, ...] = ("联系人表", "申报表", "申报书", "汇总表", "承诺")


@dataclass
class EvidenceDoc:
    role: str
    number: int
    path: str
    short: str  # how the 证明资料 column names it: 附件3-1 审计报告
    pages: dict[str, int]  # named page → 1-based physical page
    page_count: int

    def cite(self, page_key: str) -> str:
        page = self.pages[page_key]
        return f"附件3-{self.number} {self.short} 第{page}页"


@dataclass
class Cell:
    """A row of 三、指标明细表 as filled in: 平台实际情况 and 证明资料."""

    key: str
    actual: str
    proof: str
    summary_value: str = ""
    summary_normalized: object = None


@dataclass
class BasicInfo:
    """二、平台基本情况 and the cover page, as filled in."""

    platform_name: str  # the cell text
    platform_current: str  # the name a reviewer copies to 附件4
    build_period: str
    build_amount: Decimal
    revenue_lines: list[str]
    build_mode: str  # 自建 | 合作共建
    partner: str
    ops_mode: str
    iaas_mode: str  # 自建 | 租用
    iaas_provider: str
    deployments: tuple[str, ...]
    other_deployment: bool
    other_deployment_text: str
    url: str
    account: str
    password: str
    intro: str
    effects: str


@dataclass
class EvidenceFigures:
    """What the proofs print; equal to the true values unless a problem says otherwise."""

    audit_revenue_yuan: Decimal
    audit_rd_yuan: Decimal
    screen_devices: int
    screen_registered: int
    screen_apps: int
    screen_models: int


@dataclass
class NarrativeOptions:
    device_claim: str | None = None  # replaces the 约3.2万台 phrase
    revenue_claim: str | None = None  # replaces the 营业收入 phrase
    omit_sections: set[str] = field(default_factory=set)  # 五, 七
    omit_closing: set[str] = field(default_factory=set)  # 二, 三: the 最后一段（必写）
    case_title: dict[int, str] = field(default_factory=dict)
    long_case: int | None = None


@dataclass
class PackageState:
    spec: PackageSpec
    profile: Profile
    platform: ListedPlatform
    true: Values
    declared: Values
    evidence: EvidenceFigures
    names: dict[str, str]
    docs: list[EvidenceDoc] = field(default_factory=list)
    cells: dict[str, Cell] = field(default_factory=dict)
    basic: BasicInfo | None = None
    narrative: NarrativeOptions = field(default_factory=NarrativeOptions)
    summary_overrides: dict[str, str] = field(default_factory=dict)
    omitted: set[str] = field(default_factory=set)
    declared_name: str = ""
    problems: list[Problem] = field(default_factory=list)

    @property
    def layout(self) -> Layout:
        return self.spec.layout

    def doc(self, role: str) -> EvidenceDoc | None:
        return next((d for d in self.docs if d.role == role), None)

    def problem_id(self, family: str) -> str:
        return f"{self.spec.package_id}-{len(self.problems) + 1:02d}-{family}"


def new_state(spec: PackageSpec) -> PackageState:
    profile = PROFILES[spec.list_no]
    platform = PLATFORM_BY_NO[spec.list_no]
    true = make_values(profile, spec.seed, spec.scale, spec.exact_yuan, spec.devices)
    ext = {"联系人表": "docx", "申报表": "docx", "申报表扫描件": "pdf", "申报书": "docx",
           "汇总表": spec.layout.summary_format, "承诺": "pdf" if spec.layout.commitment == "scan" else "docx"}
    names = {role: document_name(spec.layout, role, profile.short, platform.name, ext[role]) for role in ext}
    docs = [EvidenceDoc(role, k, evidence_name(spec.layout, k, role), ROLE_TITLES[role][1], {}, 0)
            for k, role in enumerate(spec.evidence, start=1)]
    evidence = EvidenceFigures(true.revenue_yuan[2023], true.rd_yuan, true.devices, true.registered,
                               true.apps, true.models)
    return PackageState(spec=spec, profile=profile, platform=platform, true=true,
                        declared=copy.deepcopy(true), evidence=evidence, names=names, docs=docs,
                        declared_name=platform.name)
