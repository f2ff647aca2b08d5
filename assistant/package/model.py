"""An application package as data: its files (path, parsed document, role by content) and the
roles a file can have. Types only; `assistant.package.loader` makes them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from extractors.model import Document, FileError


class FileRole(str, Enum):
    contact_form = "contact_form"  # 附件1 联系人信息反馈表
    application_form = "application_form"  # 附件2 申报表 (Word/Excel)
    application_form_scan = "application_form_scan"  # 附件2 盖章扫描版
    proposal = "proposal"  # 附件3 申报书
    summary_table = "summary_table"  # 附件4 平台基本情况汇总表
    commitment = "commitment"  # 附件5 真实性承诺
    audit_report = "audit_report"
    financial_statement = "financial_statement"
    device_list = "device_list"
    screenshot = "screenshot"
    certificate_list = "certificate_list"  # 专利 / 软著
    award_list = "award_list"
    business_license = "business_license"
    test_report = "test_report"  # 第三方检测/测评/扫描报告
    policy_document = "policy_document"  # 规划/管理制度文件
    other_evidence = "other_evidence"
    unreadable = "unreadable"


ROLE_LABELS = {
    FileRole.contact_form: "附件1 联系人信息反馈表",
    FileRole.application_form: "附件2 申报表",
    FileRole.application_form_scan: "附件2 申报表（盖章扫描件）",
    FileRole.proposal: "附件3 申报书",
    FileRole.summary_table: "附件4 平台基本情况汇总表",
    FileRole.commitment: "附件5 真实性承诺",
    FileRole.audit_report: "证明材料：审计报告",
    FileRole.financial_statement: "证明材料：财务报表",
    FileRole.device_list: "证明材料：设备清单",
    FileRole.screenshot: "证明材料：系统截图",
    FileRole.certificate_list: "证明材料：专利/软著清单",
    FileRole.award_list: "证明材料：获奖清单",
    FileRole.business_license: "证明材料：营业执照",
    FileRole.test_report: "证明材料：检测/测评报告",
    FileRole.policy_document: "证明材料：规划/制度文件",
    FileRole.other_evidence: "证明材料：其他",
    FileRole.unreadable: "无法读取",
}

EVIDENCE_ROLES = frozenset(
    {
        FileRole.audit_report,
        FileRole.financial_statement,
        FileRole.device_list,
        FileRole.screenshot,
        FileRole.certificate_list,
        FileRole.award_list,
        FileRole.business_license,
        FileRole.test_report,
        FileRole.policy_document,
        FileRole.other_evidence,
    }
)


class Classification(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    role: FileRole
    confidence: float
    reasons: tuple[str, ...]


class PackageFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    path: str  # relative to the package root, POSIX separators
    document: Document
    classification: Classification
    cached: bool
    parse_seconds: float
    # A compiled binder's parts (`assistant.package.binder`): each of the binder's path and some of its
    # pages, with its own role; () for any other file.
    parts: tuple[PackageFile, ...] = ()
    part_title: str = ""  # a binder's part: the heading it begins with (「附件6：平台服务企业名录」)

    @property
    def role(self) -> FileRole:
        return self.classification.role


class Package(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str  # sha256 over the sorted (path, file sha256) pairs
    source: str  # what the user pointed at
    root: str  # the folder the relative paths are relative to
    files: tuple[PackageFile, ...]
    errors: tuple[tuple[str, FileError], ...] = ()  # archive-level problems (skipped members)
    seconds: float = 0.0
    locations: dict[str, str] = {}  # path → file on disk, for members of a zip inside the package

    def location(self, path: str) -> Path:
        """Where a member's bytes are: under the root, or where its nested zip was unpacked."""
        return Path(self.locations.get(path) or Path(self.root) / path)

    def members(self) -> list[PackageFile]:
        """What the package holds to be read: its files, a binder as its parts (a reader of 申报表s
        gets the binder's 申报表 pages). `files` stays what was delivered, file by file."""
        return [part for f in self.files for part in (f.parts or (f,))]

    def by_role(self, *roles: FileRole) -> list[PackageFile]:
        return [f for f in self.members() if f.role in roles]

    def file(self, path: str) -> PackageFile | None:
        return next((f for f in self.files if f.path == path), None)

    def by_content(self) -> dict[str, list[PackageFile]]:
        """The files by their bytes (`Document.id`), each group in package order: a file held twice
        (a copy in 「备份/」) is one group of two."""
        groups: dict[str, list[PackageFile]] = {}
        for member in self.files:
            groups.setdefault(member.document.id, []).append(member)
        return groups
