"""Shared package logic: default answers, 申报书 outline, truth assembly, page lookup."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pypdfium2 as pdfium

from labels import A4_LABELS


def base_texts(p, S) -> dict:
    d = p["dom"]
    sec = p["security"]
    t = {
        "平台定位是否明确": d["position"],
        "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势": d["policy"],
        "平台是否被纳入企业战略规划中": f"是，已纳入《{d['strategy']}》",
        "是否制定了平台专项规划": f"是，《{d['plan']}》",
        "其他资源汇聚情况": d["other_res"],
        "边缘数据处理能力": d["edge"],
        "其他数据采集能力": d["collect"],
        "是否支持可拓展云计算能力": "是",
        "云化服务器算力": d["compute"],
        "数据基础管理能力": "建立数据标准目录与主数据管理规范，设立数据质量规则，对采集数据进行完整性、及时性、一致性校验，按数据分级分类实施权限管理和全生命周期管理。",
        "是否提供通用建模分析算法": "是",
        "智能分析算法类型": d["algos"],
        "是否建立开发者社区及相关功能": "是",
        "平台支持开发语言类型": d["langs"],
        "平台应用开发框架": d["framework"],
        "平台应用开发工具": d["tools"],
        "平台是否建立安全管理体系": "是。" + "；".join(sec["docs"]),
        "建立的安全制度保护了平台的哪些方面": "1.数据安全（分级分类、加密存储、脱敏）；2.传输安全（TLS加密、专线）；3.访问登录（统一身份认证、双因素认证）；4.代码安全（代码审计、漏洞管理）；5.应用安全（上架审核、权限隔离）；6.网络安全（边界防护、入侵检测）。",
        "有否定期开展第三方安全测试/测评": sec["third"],
        "有否定期进行安全扫描": sec["scan"],
        "采用何种安全技术情况": "采用下一代防火墙、Web应用防火墙、网络分区隔离、国密SM2/SM4加密、统一身份认证与多因素认证、零信任访问控制、日志审计与态势感知等安全技术，实现平台边界、主机、应用和数据多层防护。",
        "核心数据安全保护手段": "核心数据每日增量备份、每周全量备份，关键库采用双机热备，备份数据同步至异地灾备机房并定期离线备份到磁带，每季度开展一次恢复演练。",
        "企业是否已上市或已获得VC/PE投资": p.get("listed_text", "否"),
        "关键技术自主可控": d["key_tech"],
        "解决方案累计对企业/用户新增效益": d["benefit"],
        "解决方案累计对企业/用户降低成本": d["cost"],
        "平台数据价值挖掘应用能力": d["data_value"],
        "工业互联网平台+供应链协同应用情况": d["supply"],
        "平台有否与新技术的融合应用": d["newtech"],
        "平台是否有自研形成的核心技术突破": "是。" + d["breakthrough"],
        "平台是否具备碳管理服务能力": ("是。" + d["carbon"]) if p.get("carbon", True) else "否",
        "平台是否融合使用国家标识解析系统": ("是。" + d["idres"]) if p.get("idres", True) else "否",
        "平台牵头/参与标准制定情况（国家标准、行业标准）": d["standards"],
        "平台对关键行业/领域、本市及其他重点区域等贡献及支撑": d["contribution"],
        "是否建立供应链产业链开放共享机制": "是。" + d["open_mech"],
        "跨平台调用功能建设情况": d["cross"],
        "新产业、新模式培育情况": d["newmode"],
        "平台是否服务上海智能工厂，数量": f"是，{len(p['factories'])}家：" + "；".join(p["factories"]),
        "平台现有特色指数（个）": f"{len(p['indices'])}（" + "、".join(p["indices"][:5]) + "）",
        "平台获得省部级及以上奖项/荣誉数量（个）": f"{len(p['awards'])}（" + "；".join(a[0] for a in p["awards"]) + "）",
        "平台核心软硬件技术获得的专利数量（项）": str(len(p["patents"])),
        "平台核心软硬件技术获得的软著数量（个）": str(len(p["copyrights"])),
    }
    return t


def cases_items(p, S):
    items = []
    rates = p["cases_rates"]
    for i, cs in enumerate(p["cases"]):
        items.append(("h2", f"案例{i + 1}：{p['short']}平台——{cs['title']}"))
        items.append("企业简介：" + cs["ent"])
        items.append("平台简介：" + cs["platform"])
        items.append(f"案例实际内容简介：{cs['content']}项目实施后，接入设备运维成本下降{rates['om'][i]:.2f}%，"
                     f"单位产品能耗下降{rates['energy'][i]:.2f}%，安全生产持续时间提升{rates['safety'][i]:.2f}%。")
        items.append(f"（配图：{cs['fig']}）")
    return items


def bench_table(p, S):
    b = p["bench"]
    return [["三级指标", "本平台数据", "对标数据"],
            ["1.2.1 创新投入情况", f"研发投入{S['平台相关研发投入（万元）'][0]}万元，强度{S['平台相关研发投入强度（%）'][0]}%",
             b["rd"]],
            ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{p['dev']['total']:,}台/套，兼容工业协议{p['protocols']}个", b["dev"]],
            ["2.1.2 工业软件/APP", f"工业APP {p['app']['apps']}个，月活{p['app']['mau']}个", b["app"]],
            ["2.2.2 数据处理（存储计算能力）", f"存储容量{S['存储容量（TB）'][0]}TB，利用率{S['存储资源利用率（%）'][0]}%", b["store"]],
            ["2.2.3 数据建模和分析", f"工业机理模型{p['model']['total']}个", b["model"]],
            ["2.3.1 平台微服务情况", f"微服务{p['ms'][0]}个，活跃{p['ms'][1]}个", b["ms"]],
            ["3.1.1 平台应用规模", f"注册企业{p['registered']:,}家，实际服务{p['served']:,}家", b["scale"]]]


def book_sections(p, S, attach_list, *, with_7=True, drop=(), overrides=None):
    o = overrides or {}
    d = p["dom"]
    secs = []
    secs.append(("一、申报单位简介", p["book"]["unit"]))
    two = [("h2", "（一）平台基本信息")] + p["book"]["basic"] + [("h2", "（二）平台技术架构")] + p["book"]["arch"] + \
          [("h2", "（三）技术路线先进性")] + p["book"]["adv"] + [("h2", "（四）平台运营情况")] + \
          o.get("ops", p["book"]["ops"]) + ["表X 平台对标同行业或相似平台的部分量化数据对比表", ("table", bench_table(p, S))] + \
          ["技术创新点总结：" + p["book"]["innov"]]
    secs.append(("二、平台建设及运营情况", two))
    secs.append(("三、平台应用成效", o.get("effect", p["book"]["effect"]) + ["应用创新点总结：" + p["book"]["app_innov"]]))
    secs.append(("四、平台下一步发展计划", p["book"]["next"]))
    secs.append(("五、平台应用案例", cases_items(p, S)))
    rows = [["序号", "附件名称", "对应页码"]] + [[str(i + 1), a, pg] for i, (a, pg) in enumerate(attach_list)]
    secs.append(("六、附件及其他说明材料", ["本申报书所附证明材料清单如下：", ("table", rows)]))
    if with_7:
        secs.append(("七、平台相较上年度对比情况", p["book"]["sec7"]))
    return [s for s in secs if s[0] not in drop]


# ---------------------------------------------------------------- PDF text
def pdf_pages_text(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return out


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def find_page(path: Path, locate: str, last=False) -> int:
    pages = pdf_pages_text(path)
    hits = [i + 1 for i, t in enumerate(pages) if squash(locate) in squash(t)]
    assert hits, f"{locate!r} not in {path}"
    return hits[-1] if last else hits[0]


# ---------------------------------------------------------------- truth
def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    return dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page, quote=quote,
                row_label=row_label, column_label=column_label, component=component, image_only=image_only)


def problem(pid, family, fields, files, severity, description):
    return dict(id=pid, family=family, fields=fields, files=files, severity=severity, description=description)


def summary_rows(S, overrides=None):
    o = overrides or {}
    rows = []
    for lab in A4_LABELS:
        v, n = o.get(lab, S[lab])
        rows.append(dict(label=lab, value=v, normalized=n))
    return rows


def write_truth(root: Path, pkg_id, p, S, files, facts, problems, layout, description, summary_override=None,
                secrets=()):
    truth = dict(
        schema_version=1, package_id=pkg_id, description=description, path=f"packages/{pkg_id}", delivery="folder",
        platform=dict(list_no=p["no"], listed_name=p["listed"], company=p["company"], declared_name=p["declared_name"],
                      participated_2023=p["part2023"]),
        layout=layout, files=files, secrets=list(secrets), summary_rows=summary_rows(S, summary_override),
        evidence_facts=facts, problems=problems)
    out = root / "truth" / f"{pkg_id}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(truth, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return truth


def nw(rows: dict, cols: dict) -> list:
    """North-west corner fill: integer matrix with the given row and column sums, as [(r, c, n)]."""
    assert sum(rows.values()) == sum(cols.values()), (sum(rows.values()), sum(cols.values()))
    assert all(v >= 0 for v in rows.values()) and all(v >= 0 for v in cols.values())
    need = dict(cols)
    out = []
    for r, left in rows.items():
        for c in need:
            if left == 0:
                break
            take = min(left, need[c])
            if take:
                out.append((r, c, take))
                need[c] -= take
                left -= take
    return out


def device_cells(dv):
    """[(region, category, mode, n, daily)] consistent with the synth breakdowns in dv (p['_dev'])."""
    from model import split
    pub = nw(dv["pub_region"], dv["pub_cat"])
    cells = []
    by_r = {}
    for r, c, n in pub:
        by_r.setdefault(r, []).append((c, n))
    for r, lst in by_r.items():
        d = split(dv["daily_region"][r], {c: n for c, n in lst}) if lst else {}
        for c, n in lst:
            cells.append((r, c, "公有云", n, d[c]))
    rest_r = {r: dv["region"][r] - dv["pub_region"].get(r, 0) for r in dv["region"]}
    rest_c = {c: dv["cat"][c] - dv["pub_cat"].get(c, 0) for c in dv["cat"]}
    for r, c, n in nw(rest_r, rest_c):
        cells.append((r, c, "私有云", n, 0))
    return cells
