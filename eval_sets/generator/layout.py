"""Layout variants: how one package differs in form from another, never in content.

Owns `Layout` (column order of the 指标明细表, label spellings, heading styles, units and number
styles of the evidence, file-name style, folder structure, delivery as a zip) and the file
naming of every role. A reader that hard-codes one layout should fail on some package; the truth
stays the same whatever the layout. Must not decide values or problems.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Column = Literal["levels", "index", "content", "actual", "proof"]


@dataclass(frozen=True)
class Layout:
    naming: Literal["paren", "dash", "numbered", "plain"] = "paren"
    evidence_dir: str = "证明材料"  # "" = evidence flat next to the forms
    zip: bool = False
    columns: tuple[Column, ...] = ("levels", "content", "actual", "proof")
    halfwidth_labels: bool = False  # 平台团队总人数(人) instead of （人）
    drop_qizhong: bool = False  # "其中：" removed from sub-indicator labels
    wrap_labels: bool = False  # a newline inside long labels, as applicants re-type them
    header_footnote: bool = False  # "平台实际情况" header carries the template's superscript 1
    headings: Literal["word", "bold"] = "word"
    audit_unit: Literal["元", "万元"] = "元"
    audit_columns: tuple[str, str] = ("本期金额", "上期金额")
    audit_thousands: bool = True
    audit_lead_pages: int = 3  # auditor's opinion pages between the cover and the statements
    prose_money: Literal["plain", "thousands", "yi"] = "plain"
    screenshot_wan: bool = False  # dashboard shows 3.2万 instead of 32,000
    summary_format: Literal["xlsx", "docx"] = "xlsx"
    summary_thousands: bool = False
    commitment: Literal["docx", "scan"] = "docx"
    stamped_scan: bool = False
    private_format: bool = True  # 总数 XX 台/套，其中私有化部署涉及的相关数量 XX 台/套
    name_change: bool = False  # 平台名称 written as 原名称+现名称 (allowed by 附件2)

    def tags(self) -> list[str]:
        """Short descriptions of the variants, recorded in the truth file."""
        tags = [f"naming:{self.naming}", f"evidence_dir:{self.evidence_dir or 'flat'}",
                f"columns:{'+'.join(self.columns)}", f"headings:{self.headings}",
                f"audit_unit:{self.audit_unit}", f"audit_columns:{'/'.join(self.audit_columns)}",
                f"prose_money:{self.prose_money}", f"summary:{self.summary_format}",
                f"commitment:{self.commitment}"]
        flags = {"zip": self.zip, "halfwidth_labels": self.halfwidth_labels,
                 "drop_qizhong": self.drop_qizhong, "wrap_labels": self.wrap_labels,
                 "header_footnote": self.header_footnote, "audit_thousands": self.audit_thousands,
                 "screenshot_wan": self.screenshot_wan, "summary_thousands": self.summary_thousands,
                 "stamped_scan": self.stamped_scan, "private_format": self.private_format,
                 "name_change": self.name_change}
        return tags + [name for name, on in flags.items() if on]

    def content_label(self, label: str) -> str:
        """The 内容 cell as this applicant typed it."""
        text = label
        if self.drop_qizhong:
            text = text.removeprefix("其中：")
        if self.halfwidth_labels:
            text = text.replace("（", "(").replace("）", ")")
        if self.wrap_labels and len(text) > 14:
            cut = _wrap_point(text)
            text = text[:cut] + "\n" + text[cut:]
        return text


def _wrap_point(text: str) -> int:
    """Break before the unit parenthesis, or in the middle, like a hand-wrapped cell."""
    match = re.search(r"[（(][^（(]*[）)]$", text)
    if match and match.start() > 6:
        return match.start()
    return len(text) // 2


ROLE_TITLES = {
    "audit_report": ("2023年度工业互联网平台业务专项审计报告", "审计报告"),
    "device_list": ("平台连接工业设备清单", "设备清单"),
    "screenshot": ("平台运行数据截图", "平台运行截图"),
    "patent_list": ("知识产权清单（专利及软件著作权）", "知识产权清单"),
    "award_list": ("省部级及以上奖项荣誉清单", "获奖清单"),
}


def document_name(layout: Layout, role: str, short: str, platform: str, ext: str) -> str:
    """File name of a 附件 (联系人表/申报表/申报表扫描件/申报书/汇总表/承诺) in this layout's style."""
    styles = {
        "paren": {
            "联系人表": f"附件1 联系人信息反馈表（{short}）", "申报表": f"附件2 申报表（{short}）",
            "申报表扫描件": f"附件2 申报表（{short}）盖章版", "申报书": f"附件3 申报书（{short}）",
            "汇总表": f"附件4 平台基本情况汇总表（{short}）", "承诺": f"附件5 真实性承诺（{short}）",
        },
        "dash": {
            "联系人表": f"附件1-联系人信息反馈表-{short}",
            "申报表": f"附件2-上海市工业互联网平台应用水平评价申报表-{platform}",
            "申报表扫描件": f"附件2-申报表盖章扫描件-{platform}",
            "申报书": f"附件3-上海市工业互联网平台应用水平评价申报书-{platform}",
            "汇总表": f"附件4-平台基本情况汇总表-{platform}", "承诺": f"附件5-真实性承诺-{short}",
        },
        "numbered": {
            "联系人表": "01_联系人信息反馈表", "申报表": "02_申报表", "申报表扫描件": "02_申报表_盖章版",
            "申报书": "03_申报书", "汇总表": "04_平台基本情况汇总表", "承诺": "05_真实性承诺",
        },
        "plain": {
            "联系人表": f"联系人信息反馈表-{short}", "申报表": f"申报表-{short}", "申报表扫描件": "申报表扫描件",
            "申报书": f"申报书-{short}", "汇总表": "平台基本情况汇总表", "承诺": "真实性承诺书",
        },
    }
    return f"{styles[layout.naming][role]}.{ext}"


def evidence_name(layout: Layout, number: int, role: str) -> str:
    title = ROLE_TITLES[role][0]
    base = {
        "paren": f"附件3-{number} {title}",
        "dash": f"附件3-{number}-{title}",
        "numbered": f"03-{number}_{title}",
        "plain": f"3.{number} {title}",
    }[layout.naming]
    name = f"{base}.pdf"
    return f"{layout.evidence_dir}/{name}" if layout.evidence_dir else name
