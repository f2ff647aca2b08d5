"""Blind set h55 (periods): builds packages/<id>/ and truth/<id>.json.  python -m eval_sets.blind.h55.build [--out DIR]"""
from __future__ import annotations

import argparse
import copy
import json
import random
from pathlib import Path

from . import docs
from .model import f2, r2
from .render import Pdf, dashboard_png, write_image_pdf
from .texts import form_texts, report_texts
from .values import declare

HERE = Path(__file__).resolve().parent
REL = "eval_sets/blind/h55"


def money(x: float) -> str:
    return f"{x:,.2f}"


def cnt(n: int) -> str:
    return f"{n:,}"


class Pkg:
    def __init__(self, out: Path, pid: str):
        self.pid = pid
        self.root = out / "packages" / pid
        self.scratch = out / "_scratch" / pid
        self.files: dict[str, str] = {}
        self.facts: list[dict] = []
        self.problems: list[dict] = []

    def path(self, rel: str, role: str) -> Path:
        self.files[rel] = role
        p = self.root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def fact(self, label, value, unit, norm, file, page, quote, row="", col="", comp="", image_only=False):
        self.facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                               row_label=row, column_label=col, component=comp, image_only=image_only))

    def problem(self, family, fields, files, severity, description):
        n = len(self.problems) + 1
        self.problems.append(dict(id=f"{self.pid}-{n:02d}-{family}", family=family, fields=fields, files=files,
                                  severity=severity, description=description))


# ---------------------------------------------------------------- shared base config
def base_cfg(**kw) -> dict:
    c = dict(
        way="自建", mode="自运营", iaas="☑ 自建  □ 租用", deploy="私有云、公有云、混合云", deploy_form="□ 边缘侧 ☑ 私有云 ☑ 公有云 ☑ 混合云",
        other_sw=36, app_mau=0, sec=("是，《平台网络安全管理制度》（AQ-2022-01，2022年3月）；《平台数据安全管理办法》（AQ-2022-02，2022年3月）", "是，每年一次", "是，每月一次"),
        yes3=("是，自研设备接入网关与时序数据引擎，关键指标达到国内先进水平。", "是，提供碳计算/核算、碳排放监测与碳效评价服务。", "是，接入国家标识解析二级节点，实现设备与零部件标识注册与解析。"),
        listed=(False, "否"), speed=("秒级（单TB数据聚合分析约4秒）", "秒级"), res=(126, 5400, 380), edge=(46, 12, 6), cpu=2560, gpu=24, stds=3,
        account=("pingshen2024", "Ev@l#2024"), proof={}, proof_default="附件3-9 平台后台统计（无单独证明材料，数据取自平台运营后台）",
    )
    c.update(kw)
    return c


def finish_cfg(c: dict) -> dict:
    c["texts"] = form_texts(c)
    c["rep"] = report_texts(c, c.get("rep_extra", {}))
    V = declare(c)
    return V


def ip_lists(pkg: Pkg, c: dict, rel: str, role="evidence:patent_list", date_caption="截至2024年6月30日") -> None:
    p = Pdf(pkg.path(rel, role))
    p.text(f"{c['company']} 平台核心软硬件技术知识产权清单", 13, gap=8)
    p.text(f"（统计口径：{date_caption}，权利人为{c['company']}）", 9.5, gap=10)
    p.text(f"一、专利清单（共{len(c['patents'])}项）", 11)
    rows = [["序号", "专利名称", "专利号", "授权公告日"]] + [[str(i + 1), n, f"ZL{2019 + i % 5}1{1000000 + i * 7919:07d}.{i % 10}", f"{2020 + i % 4}-0{1 + i % 9}-1{i % 10}"] for i, n in enumerate(c["patents"])]
    p.table(rows, [30, 250, 130, 80], size=8.5, row_h=16, align_right_from=9)
    p.new_page()
    p.text(f"二、软件著作权清单（共{len(c['copyrights'])}项）", 11)
    rows = [["序号", "软件名称", "登记号", "登记日期"]] + [[str(i + 1), n, f"{2020 + i % 4}SR{1200000 + i * 3571:07d}", f"{2020 + i % 4}-1{i % 3}-0{1 + i % 9}"] for i, n in enumerate(c["copyrights"])]
    p.table(rows, [30, 250, 130, 80], size=8.5, row_h=16, align_right_from=9)
    p.close()
    pkg.fact("平台核心软硬件技术获得的专利数量（项）", str(len(c["patents"])), "项", len(c["patents"]), rel, 1, f"一、专利清单（共{len(c['patents'])}项）", "专利清单")
    pkg.fact("平台核心软硬件技术获得的软著数量（个）", str(len(c["copyrights"])), "项", len(c["copyrights"]), rel, 2, f"二、软件著作权清单（共{len(c['copyrights'])}项）", "软件著作权清单")


def device_stats(pkg: Pkg, c: dict, V: dict, rel: str, caption: str) -> None:
    p = Pdf(pkg.path(rel, "evidence:device_list"))
    p.text(f"{c['declared_name']} 接入设备统计表", 13, gap=8)
    p.text(caption, 10, gap=12)
    cats = V["按二级分类统计工业设备数量（台/套）"][1]
    pubs = V["按二级分类统计公有云工业设备数量（台/套）"][1]
    days = V["按二级分类统计公有云工业设备平均日运行数量（台/套）"][1]
    rows = [["设备二级分类", "接入数量（台/套）", "其中：公有云（台/套）", "公有云日均运行（近一年日均）"]]
    rows += [[k, cnt(cats[k]), cnt(pubs[k]), cnt(days[k])] for k in cats]
    dev, pub, day = (V[x][1] for x in ("连接的工业设备/产品/产线种类及数量（台/套）", "公有云工业设备连接数量（台/套）", "公有云工业设备平均日运行数量（台/套）"))
    rows.append(["合计", cnt(dev), cnt(pub), cnt(day)])
    p.table(rows, [120, 110, 120, 140])
    os_ = V["按海外国家分类统计海外设备连接数量（台/套）"][1]
    n_os = V["海外设备连接数量（台/套）"][1]
    p.text("海外接入设备（按国家）", 11)
    p.table([["国家", "接入数量（台/套）"]] + [[k, cnt(v)] for k, v in os_.items()] + [["海外合计", cnt(n_os)]], [200, 120])
    p.close()
    pkg.fact("连接的工业设备/产品/产线种类及数量（台/套）", cnt(dev), "台/套", dev, rel, 1, cnt(dev), "合计", "接入数量（台/套）")
    pkg.fact("公有云工业设备连接数量（台/套）", cnt(pub), "台/套", pub, rel, 1, cnt(pub), "合计", "其中：公有云（台/套）")
    pkg.fact("公有云工业设备平均日运行数量（台/套）", cnt(day), "台/套", day, rel, 1, cnt(day), "合计", "公有云日均运行（近一年日均）")
    pkg.fact("海外设备连接数量（台/套）", cnt(n_os), "台/套", n_os, rel, 1, cnt(n_os), "海外合计", "接入数量（台/套）")


def common_docs(pkg: Pkg, c: dict, V: dict, form="docx", report_pdf=False, summary="xlsx-v", commit="scan", summary_over=None, seed=0):
    s = c["short"]
    docs.contact_docx(c, pkg.path(f"附件1 联系人信息反馈表（{s}）.docx", "联系人表"))
    if form == "docx":
        docs.form_docx(c, V, pkg.path(f"附件2 申报表（{s}）.docx", "申报表"))
    else:
        docs.form_xlsx(c, V, pkg.path(f"附件2 申报表（{s}）.xlsx", "申报表"))
    docs.form_scan(c, V, pkg.path(f"附件2 申报表（{s}）盖章扫描版.pdf", "申报表扫描件"), pkg.scratch, seed)
    if report_pdf:
        docs.report(c, V, pkg.path(f"附件3 申报书（{s}）.pdf", "申报书"), as_pdf=True)
    else:
        docs.report(c, V, pkg.path(f"附件3 申报书（{s}）.docx", "申报书"))
    if summary == "xlsx-v":
        docs.summary_xlsx_vertical(c, V, pkg.path(f"附件4 平台基本情况汇总表（{s}）.xlsx", "汇总表"), summary_over)
    elif summary == "xlsx-h":
        docs.summary_xlsx_horizontal(c, V, pkg.path(f"附件4 平台基本情况汇总表（{s}）.xlsx", "汇总表"), summary_over)
    else:
        docs.summary_docx(c, V, pkg.path(f"附件4 平台基本情况汇总表（{s}）.docx", "汇总表"), summary_over)
    if commit == "scan":
        docs.commitment_scan(c, pkg.path("附件5 真实性承诺（盖章）.pdf", "承诺"), pkg.scratch, seed + 1)
    else:
        docs.commitment_docx(c, pkg.path("附件5 真实性承诺.docx", "承诺"))


def write_truth(out: Path, pkg: Pkg, c: dict, V: dict, description: str, layout: list[str]) -> None:
    from eval_sets.truth import PackageTruth, dump_truth
    from .model import LABELS
    t = PackageTruth(
        package_id=pkg.pid, description=description, path=f"{REL}/packages/{pkg.pid}", delivery="folder",
        platform=dict(list_no=c["no"], listed_name=c["listed_name"], company=c["company"], declared_name=c["declared_name"],
                      participated_2023=c["part2023"]),
        layout=layout, files=dict(sorted(pkg.files.items())), secrets=[c["account"][1]],
        summary_rows=[dict(label=lab, value=V[lab][0], normalized=V[lab][1]) for lab in LABELS],
        evidence_facts=pkg.facts, problems=pkg.problems)
    (out / "truth").mkdir(parents=True, exist_ok=True)
    (out / "truth" / f"{pkg.pid}.json").write_text(dump_truth(t), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    out = Path(ap.parse_args().out)
    from .packages import ALL
    for build in ALL:
        build(out)


if __name__ == "__main__":
    main()
