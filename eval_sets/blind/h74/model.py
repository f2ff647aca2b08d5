"""One package: what it declares (V), what it contains (files), what its evidence says (facts), what is wrong.

The declared values live in `Pkg.V`, keyed by the 附件4 label when the indicator has one and by a
short name otherwise. Every document of the package is written from V (and from the evidence figures
of the spec), and the truth's summary rows are derived from V here, so the truth and the documents
cannot drift apart.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from notice import LIST6, SUMMARY_LABELS


def r2(x: float) -> float:
    """Round half up to 2 decimals (the notice's 保留2位小数)."""
    from decimal import ROUND_HALF_UP, Decimal
    return float(Decimal(repr(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def pct(a: float, b: float) -> float:
    return r2(a / b * 100.0)


def f2(x: float) -> str:
    return f"{x:.2f}"


def f2c(x: float) -> str:
    return f"{x:,.2f}"


def ic(n: int) -> str:
    return f"{n:,}"


def yes(text: str) -> bool:
    return str(text).strip().startswith("是")


@dataclass
class Pkg:
    pid: str
    description: str
    list_no: int
    declared_name: str
    delivery: str = "folder"
    root: str = ""  # top folder inside the zip
    layout: list[str] = field(default_factory=list)
    co: dict = field(default_factory=dict)
    V: dict = field(default_factory=dict)
    E: dict = field(default_factory=dict)  # figures the evidence prints (may differ from V in problem packages)
    cases: list[dict] = field(default_factory=list)
    summary_override: dict = field(default_factory=dict)  # 附件4 label -> value the applicant's 汇总表 shows
    secrets: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    facts: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    pictures: list[dict] = field(default_factory=list)
    scans: list[dict] = field(default_factory=list)
    docx_pages: dict[str, int] = field(default_factory=dict)

    # -- identity ------------------------------------------------------------------------------
    @property
    def listed_name(self) -> str:
        return LIST6[self.list_no][0]

    @property
    def company(self) -> str:
        return LIST6[self.list_no][1]

    @property
    def participated(self) -> bool:
        return LIST6[self.list_no][2]

    # -- files ---------------------------------------------------------------------------------
    def add(self, name: str, data: bytes, role: str):
        assert name not in self.files, name
        self.files[name] = data
        self.roles[name] = role

    def fact(self, label: str, value: str, unit: str, normalized, file: str, page: int, quote: str,
             row_label: str = "", column_label: str = "", component: str = "", image_only: bool = False):
        assert label in SUMMARY_LABELS, label
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote, row_label=row_label, column_label=column_label, component=component,
                               image_only=image_only))

    def problem(self, family: str, fields: list[str], files: list[str], severity: str, description: str):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))

    def placed(self, file: str, container: str, page: int, pic, caption: str = ""):
        self.pictures.append(dict(file=file, container=container, page=page, pid=pic.pid,
                                  sha256=hashlib.sha256(pic.data).hexdigest(), fmt=pic.fmt, size=list(pic.size),
                                  texts=pic.texts, caption=caption))

    def scanned(self, file: str, pages: list[list[str]], jpegs: list[bytes]):
        for i, (texts, data) in enumerate(zip(pages, jpegs)):
            self.scans.append(dict(file=file, page=i + 1, texts=texts, sha256=hashlib.sha256(data).hexdigest()))

    # -- 附件4 rows ----------------------------------------------------------------------------
    def summary_rows(self) -> list[dict]:
        return [dict(label=label, value=v, normalized=n) for label in SUMMARY_LABELS
                for v, n in [summary_value(self, label)]]


def fmt_breakdown(d: dict | None, sep: str = "、", colon: str = "：") -> str:
    if not d:
        return ""
    return sep.join(f"{k}{colon}{v}" for k, v in d.items())


def speed_level(text: str) -> str:
    for lvl in ("毫秒级", "秒级", "分级"):
        if text.startswith(lvl):
            return lvl
    raise ValueError(text)


def summary_value(p: Pkg, label: str):
    """What a reviewer writes in the 附件4 row from the 申报表 (value, normalized)."""
    V = p.V
    if label == "序号":
        return str(p.list_no), p.list_no
    if label == "企业名称":
        return p.company, p.company
    if label == "平台名称":
        return p.declared_name, p.declared_name
    if label == "联系人姓名":
        return p.co["contact"], p.co["contact"]
    if label == "联系人手机号":
        return p.co["mobile"], p.co["mobile"]
    if label == "联系人电子邮箱":
        return p.co["email"], p.co["email"]
    if label == "评审会现场地址信息":
        return p.co["review_addr"], p.co["review_addr"]
    if label == "平台网址":
        return V["url"], V["url"]
    if label == "建设时间":
        (y0, m0), (y1, m1) = V["建设时间"]
        s = f"{y0}.{m0:02d}-{y1}.{m1:02d}"
        return s, s
    if label == "平台近三年经营指标情况":
        rev, gr = V["rev"], V["growth"]
        parts, norm = [], {}
        for y in (2021, 2022, 2023):
            parts.append(f"{y}年平台营收{f2(rev[y])}万元/增长率{f2(gr[y])}%")
            norm[f"{y}年平台营收（万元）"] = rev[y]
            norm[f"{y}年增长率（%）"] = gr[y]
        return "；".join(parts), norm
    if label == "平台建设方式":
        mode, partner = V["建设方式"]
        s = mode if mode == "自建" or not partner else f"{mode}，{partner}"
        return s, s
    if label == "平台运营模式":
        return V["运营模式"], V["运营模式"]
    if label == "部署方式":
        s = "、".join(V["部署方式"])
        return s, s
    if label == "平台性质":
        return V["平台性质"], V["平台性质"]
    if label in ("平台是否建立安全管理体系", "有否定期开展第三方安全测试/测评", "有否定期进行安全扫描",
                 "企业是否已上市或已获得VC/PE投资", "平台是否有自研形成的核心技术突破", "平台是否具备碳管理服务能力",
                 "平台是否融合使用国家标识解析系统"):
        b = yes(V[label])
        return ("是" if b else "否"), b
    if label == "平台是否服务上海智能工厂，数量":
        n = V[label][0]
        return (f"是，{n}家" if n else "否"), n
    if label == "数据分析平台均速度（每TB分级/秒级/毫秒级）":
        return V[label], speed_level(V[label])
    if label == "平台订单数量(近一年总量)（个）":
        d = V[label]
        s = "；".join(f"{k}：{v}个" for k, v in d.items())
        return s, dict(d)
    if label == "平台开放共享数据的形式及数量":
        return V[label], V[label]
    value = V.get(label)
    if value is None or value == "" or value == {}:
        return "", None
    if isinstance(value, dict):
        return fmt_breakdown(value), dict(value)
    if isinstance(value, float):
        return f2(value), value
    if isinstance(value, int):
        return str(value), value
    raise TypeError(label)


def truth_json(p: Pkg, repo_path: str) -> str:
    from eval_sets.truth import PackageTruth, dump_truth
    prefix = (p.root + "/") if p.root else ""
    t = PackageTruth(
        package_id=p.pid, description=p.description, path=repo_path, delivery=p.delivery,
        platform=dict(list_no=p.list_no, listed_name=p.listed_name, company=p.company,
                      declared_name=p.declared_name, participated_2023=p.participated),
        layout=p.layout, files={prefix + k: v for k, v in sorted(p.roles.items())}, secrets=p.secrets,
        summary_rows=p.summary_rows(),
        evidence_facts=[{**f, "file": prefix + f["file"]} for f in p.facts],
        problems=[{**q, "files": [prefix + x for x in q["files"]]} for q in p.problems],
    )
    return dump_truth(t)


def manifest_entry(p: Pkg) -> dict:
    prefix = (p.root + "/") if p.root else ""
    return dict(package_id=p.pid, delivery=p.delivery, root=p.root,
                pictures=[{**x, "file": prefix + x["file"]} for x in p.pictures],
                scans=[{**x, "file": prefix + x["file"]} for x in p.scans],
                docx_pages={prefix + k: v for k, v in p.docx_pages.items()})


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True)
