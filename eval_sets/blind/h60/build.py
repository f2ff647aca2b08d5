"""Build the h60 blind set: listed groups (annual reports, parent vs subsidiary, segment notes).

    cd /work/main && .venv/bin/python eval_sets/blind/h60/build.py [--out DIR]

Writes DIR/packages/<id>/… and DIR/truth/<id>.json (DIR defaults to this folder)."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[2]))

from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402
import evidence as ev  # noqa: E402
import forms  # noqa: E402
from labels import SUMMARY_LABELS  # noqa: E402
from office import images_to_pdf, rasterize, scanify, seal  # noqa: E402
from specs import PACKAGES  # noqa: E402
from values import fmt_breakdown, tech  # noqa: E402


def f2(x: float) -> str:
    return f"{x:.2f}"


def r2(x: float) -> float:
    return float(f"{x:.2f}")


def growth(a: float, b: float) -> float:
    return r2((a / b - 1) * 100)


def derive(pk: dict) -> None:
    """Fill the declared rows (pk['S']: label → (value, normalized)) and the form texts pk['F']."""
    v = pk["v"] = tech(pk["seed"], pk["tech"])
    d = pk["decl"]
    r21, r22, r23 = d["rev3"]
    g21, g22, g23 = d["g3"]
    three = (f"2021年平台营收{f2(r21)}万元/增长率{f2(g21)}%；2022年平台营收{f2(r22)}万元/增长率{f2(g22)}%；"
             f"2023年平台营收{f2(r23)}万元/增长率{f2(g23)}%")
    three_n = {"2021年平台营收（万元）": r21, "2021年增长率（%）": g21, "2022年平台营收（万元）": r22,
               "2022年增长率（%）": g22, "2023年平台营收（万元）": r23, "2023年增长率（%）": g23}
    S: dict[str, tuple[str, object]] = {}

    def put(label, value, norm):
        S[label] = (value, norm)

    def num(label, x, dec=False):
        put(label, f2(x) if dec else str(x), r2(x) if dec else x)

    def brk(label, dct):
        put(label, fmt_breakdown(dct), dict(dct))

    put("序号", str(pk["list_no"]), pk["list_no"])
    put("企业名称", pk["company"], pk["company"])
    put("平台名称", pk["declared_name"], pk["declared_name"])
    put("平台性质", pk["nature"], pk["nature"])
    put("联系人姓名", pk["contact"][0], pk["contact"][0])
    put("联系人手机号", pk["contact"][1], pk["contact"][1])
    put("联系人电子邮箱", pk["contact"][2], pk["contact"][2])
    put("评审会现场地址信息", pk["review_address"], pk["review_address"])
    put("平台网址", pk["url"], pk["url"])
    put("建设时间", pk["period"], pk["period"])
    num("平台建设金额（万元）", pk["build_amount"], True)
    put("平台近三年经营指标情况", three, three_n)
    put("平台建设方式", pk["method"], pk["method"])
    put("平台运营模式", pk["op"], pk["op"])
    put("部署方式", pk["deploy"], pk["deploy"])
    num("平台团队总人数（人）", d["team"][0] + d["team"][1])
    num("运维人数（人）", d["team"][0])
    num("运营人数（人）", d["team"][1])
    num("有相关技术职称/从业资格的人数（人）", d["qualified"])
    num("平台相关研发投入（万元）", d["rd"], True)
    num("平台相关研发投入强度（%）", d["rd_int"], True)
    num("平台相关营业收入（万元）", d["rev"], True)
    num("平台利润率（%）", d["profit_rate"], True)
    num("付费用户占比（%）", v["paid_ratio"], True)
    num("连接的工业设备/产品/产线种类及数量（台/套）", v["dev_total"])
    brk("按二级分类统计工业设备数量（台/套）", v["dev_cat"])
    brk("按省市区域统计工业设备数量（台/套）", v["dev_reg"])
    num("公有云工业设备连接数量（台/套）", v["pub"])
    brk("按二级分类统计公有云工业设备数量（台/套）", v["pub_cat"])
    brk("按省市区域统计公有云工业设备数量（台/套）", v["pub_reg"])
    num("公有云工业设备平均日运行数量（台/套）", v["daily"])
    brk("按二级分类统计公有云工业设备平均日运行数量（台/套）", v["day_cat"])
    brk("按省市区域统计公有云工业设备平均日运行数量（台/套）", v["day_reg"])
    num("海外设备连接数量（台/套）", v["overseas"])
    brk("按海外国家分类统计海外设备连接数量（台/套）", v["overseas_by"])
    num("工业协议兼容适配数量（个）", v["protocols"])
    num("工业软件总量（个）", v["software"])
    num("工业APP数量（个）", v["apps"])
    num("基于平台开发的工业APP数量（个）", v["native"])
    num("云化工业软件数量（个）", v["cloudified"])
    brk("按分类统计工业APP数量（个）", v["app_cls"])
    brk("按行业统计工业APP数量（个）", v["app_ind"])
    num("工业APP平均月活跃数量（个）", v["app_mau"])
    num("杀手锏APP数量（个）", v["killer"])
    num("公有云杀手锏APP平均日在线用户数（个）", v["killer_dau"])
    num("杀手锏APP日活次数（次）", v["killer_hits"])
    num("杀手锏APP月平均收入（万元）", v["killer_rev"], True)
    num("公有云工业APP数量（个）", v["pub_apps"])
    num("公有云工业APP平均日活跃数量（个）", v["pub_act"])
    brk("按分类统计公有云工业APP平均日活跃数量（个）", v["pub_act_cls"])
    brk("按行业统计公有云工业APP平均日活跃数量（个）", v["pub_act_ind"])
    num("平台实际用云量（台）", v["servers"], True)
    num("平台公有云实际使用数量（台）", v["pub_servers"])
    num("存储容量（TB）", v["storage"], True)
    num("存储工业数据量（TB）", v["data_tb"], True)
    num("公有云数据总量（TB）", v["pub_tb"], True)
    num("存储资源利用率（%）", v["util"], True)
    num("工业机理模型数量（个）", v["models"])
    num("活跃机理模型数量（一周调用5次以上）（个）", v["active_models"])
    num("核心工业模型平均月调用用户数量（个）", v["model_users"])
    brk("按分类统计工业模型数量（个）", v["model_cls"])
    put("数据分析平台均速度（每TB分级/秒级/毫秒级）", v["speed_text"], v["speed"])
    num("微服务数量（个）", v["ms"])
    num("活跃微服务数量（一周调用5次以上）（个）", v["ms_active"])
    num("开发者注册总数（个）", v["devs"])
    num("活跃开发者数（个）", v["devs_active"])
    put("平台是否建立安全管理体系", "是", True)
    put("有否定期开展第三方安全测试/测评", "是", True)
    put("有否定期进行安全扫描", "是", True)
    num("注册企业用户数（个）", v["reg_users"])
    num("实际服务企业数（个）", v["served"])
    brk("按行业统计服务企业数（个）", v["svc_ind"])
    brk("按省市区域统计服务企业数（个）", v["svc_reg"])
    num("付费企业数（个）", v["paying"])
    num("服务本市企业数量（个）", v["local"])
    num("服务中小企业数量（个）", v["sme"])
    o1, o2 = v["orders"]
    put("平台订单数量(近一年总量)（个）", f"2023年自然年：{o1}个；截至填表日前一年：{o2}个",
        {"2023年自然年": o1, "截至填表日前一年": o2})
    num("平台交易规模年增长率（%）", v["trade_growth"], True)
    num("工业APP订阅总数量（个）", v["subs"])
    num("杀手锏工业APP订阅数量（个）", v["killer_subs"])
    num("工业APP订阅总金额（万元）", v["subs_amount"], True)
    num("平台连接工业设备利用率（%）", v["dev_util"], True)
    num("平台国产化率（%）", v["localization"], True)
    put("平台是否服务上海智能工厂，数量", f"是，{v['smart_factories']}家", v["smart_factories"])
    num("平台服务园区总数（个）", v["parks"])
    num("平台提供的解决方案总数（个）", v["solutions"])
    brk("按新模式统计解决方案数量（个）", v["modes"])
    num("投资回报率（%）", d["roi"], True)
    put("企业是否已上市或已获得VC/PE投资", "是" if d["listed"] else "否", d["listed"])
    num("平台连接工业设备运维成本平均下降率（%）", v["om_down"], True)
    num("平台连接工业设备能耗平均下降率（%）", v["energy_down"], True)
    num("平台连接工业设备安全生产持续时间平均提升率（%）", v["safety_up"], True)
    num("平台现有特色指数（个）", v["indices"])
    num("平台核心软硬件技术获得的专利数量（项）", v["patents"])
    num("平台核心软硬件技术获得的软著数量（个）", v["copyrights"])
    put("平台是否有自研形成的核心技术突破", "是", True)
    put("平台是否具备碳管理服务能力", "是", True)
    put("平台是否融合使用国家标识解析系统", "是", True)
    num("平台获得省部级及以上奖项/荣誉数量（个）", v["awards"])
    num("平台建设与运营带动新增就业人数（人）", v["jobs"])
    num("平台社会贡献率（%）", v["social"], True)
    put("平台开放共享数据的形式及数量", v["open_data"], v["open_data"])
    num("合作平台数量（个）", v["partners"])
    assert list(S) == SUMMARY_LABELS, [x for x in SUMMARY_LABELS if x not in S]
    pk["S"] = S

    # form texts: the declared value, with fuller wording where the 填报指引 asks for it
    F = {label: val for label, (val, _) in S.items()}
    t = pk["texts"]
    F.update(t)
    F["平台是否建立安全管理体系"] = t["sec_rules"]
    F["有否定期开展第三方安全测试/测评"] = "是，每年一次（每年第四季度委托第三方测评机构开展渗透测试与等级保护测评）"
    F["有否定期进行安全扫描"] = "是，每月一次全量漏洞扫描，重大版本上线前专项扫描"
    F["企业是否已上市或已获得VC/PE投资"] = d["listed_text"]
    F["平台是否服务上海智能工厂，数量"] = f"是，{v['smart_factories']}家：{t['factories']}"
    F["平台是否有自研形成的核心技术突破"] = "是，" + t["breakthrough"]
    F["平台是否具备碳管理服务能力"] = "是，具备碳核算、碳排放监测和碳效评价服务，已服务用户企业的能源与碳管理场景"
    F["平台是否融合使用国家标识解析系统"] = "是，接入国家工业互联网标识解析二级节点，实现设备与零部件一物一码追溯"
    F["平台获得省部级及以上奖项/荣誉数量（个）"] = f"{v['awards']}个：{t['awards_list']}"
    F["平台现有特色指数（个）"] = f"{v['indices']}个：{t['indices_list']}"
    F["three_years_form"] = three
    F.update(pk.get("form_overrides", {}))
    pk["F"] = F


def summary_table_rows(pk: dict) -> list[tuple[str, str]]:
    rows = [(label, val) for label, (val, _) in pk["S"].items()]
    over = pk.get("summary_overrides", {})
    return [(label, over.get(label, val)) for label, val in rows]


def stamped_scan(src_pdf: Path, dst: Path, company: str, seed: int, seal_pages: set[int] | None = None) -> None:
    imgs = rasterize(src_pdf, scale=1.3)
    sl = seal(company)
    out = []
    for i, im in enumerate(imgs):
        stamp = seal_pages is None or i in seal_pages or i == len(imgs) - 1
        out.append(scanify(im, seed + i, sl if stamp else None, seal_pos=(0.58, 0.70 if i else 0.60)))
    images_to_pdf(dst, out)


def build_package(pk: dict, root: Path) -> PackageTruth:
    derive(pk)
    pdir = root / "packages" / pk["id"]
    if pdir.exists():
        shutil.rmtree(pdir)
    pdir.mkdir(parents=True)
    files: dict[str, str] = {}
    facts: list[dict] = []
    tmp = root / "_tmp" / pk["id"]
    tmp.mkdir(parents=True, exist_ok=True)
    fn = pk["files"]

    def fact(label, value, unit, norm, file, page, quote=None, row="", col="", comp="", image=False):
        facts.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page,
                          quote=quote or value, row_label=row, column_label=col, component=comp, image_only=image))

    # evidence: annual report
    ar = pk["ar"]
    marks = ev.annual_report(pdir / fn["ar"], ar)
    files[fn["ar"]] = "evidence:audit_report"
    for f in pk["ar_facts"](marks):
        fact(file=fn["ar"], **f)
    amarks = {}
    if pk.get("au"):
        au = pk["au"]
        amarks = ev.audit_report(pdir / fn["au"], au)
        files[fn["au"]] = "evidence:audit_report"
        for f in pk["au_facts"](amarks):
            fact(file=fn["au"], image=bool(au.get("scan")), **f)
    pk["P"] = pk["proofs_fn"](marks, amarks)
    pk["book"] = pk["book_fn"](pk)
    # 附件1
    if fn.get("contact"):
        forms.contact_docx(pdir / fn["contact"], pk)
        files[fn["contact"]] = "联系人表"
    # 附件2
    if fn.get("form_docx"):
        forms.form_docx(pdir / fn["form_docx"], pk)
        files[fn["form_docx"]] = "申报表"
    if fn.get("form_xlsx"):
        forms.form_xlsx(pdir / fn["form_xlsx"], pk)
        files[fn["form_xlsx"]] = "申报表"
    forms.form_pdf(tmp / "form.pdf", pk)
    stamped_scan(tmp / "form.pdf", pdir / fn["form_scan"], pk["company"], pk["seed"] + 100, seal_pages={0})
    files[fn["form_scan"]] = "申报表扫描件"
    # 附件3
    if fn["book"].endswith(".docx"):
        forms.shenbaoshu_docx(pdir / fn["book"], pk)
    else:
        forms.shenbaoshu_pdf(pdir / fn["book"], pk)
    files[fn["book"]] = "申报书"
    # 附件4
    rows = summary_table_rows(pk)
    if fn["summary"].endswith(".xlsx"):
        forms.summary_xlsx(pdir / fn["summary"], pk, rows, horizontal=pk.get("summary_horizontal", False))
    else:
        forms.summary_docx(pdir / fn["summary"], pk, rows)
    files[fn["summary"]] = "汇总表"
    # 附件5
    if fn["commit"].endswith(".pdf"):
        forms.commitment_pdf(tmp / "commit.pdf", pk)
        stamped_scan(tmp / "commit.pdf", pdir / fn["commit"], pk["company"], pk["seed"] + 200)
    else:
        forms.commitment_docx(pdir / fn["commit"], pk)
    files[fn["commit"]] = "承诺"

    v = pk["v"]
    # IP list
    im = ev.ip_list_pdf(pdir / fn["ip"], pk["company"], v["patents"] + pk.get("ip_delta", (0, 0))[0],
                        v["copyrights"] + pk.get("ip_delta", (0, 0))[1], pk["seed"] + 300)
    files[fn["ip"]] = "evidence:patent_list"
    np_, nc = v["patents"] + pk.get("ip_delta", (0, 0))[0], v["copyrights"] + pk.get("ip_delta", (0, 0))[1]
    fact("平台核心软硬件技术获得的专利数量（项）", str(np_), "项", np_, fn["ip"], im["patents"], f"专利清单（共{np_}项）", "专利清单")
    fact("平台核心软硬件技术获得的软著数量（个）", str(nc), "项", nc, fn["ip"], im["copyrights"], f"软件著作权清单（共{nc}项）",
         "软件著作权清单")
    # devices
    if fn["dev"].endswith(".pdf"):
        dm = ev.device_pdf(pdir / fn["dev"], v, pk["dev_title"])
        pg = dm["devices"]
        fmt = lambda n: f"{n:,}"  # noqa: E731
    else:
        ev.device_xlsx(pdir / fn["dev"], v)
        pg = 1
        fmt = str
    files[fn["dev"]] = "evidence:device_list"
    fact("连接的工业设备/产品/产线种类及数量（台/套）", fmt(v["dev_total"]), "台/套", v["dev_total"], fn["dev"], pg, row="合计",
         col="接入数量（台/套）")
    fact("公有云工业设备连接数量（台/套）", fmt(v["pub"]), "台/套", v["pub"], fn["dev"], pg, row="合计", col="其中：公有云接入（台/套）")
    fact("公有云工业设备平均日运行数量（台/套）", fmt(v["daily"]), "台/套", v["daily"], fn["dev"], pg, row="合计",
         col="公有云日均运行（台/套）")
    if fn["dev"].endswith(".xlsx"):
        fact("海外设备连接数量（台/套）", str(v["overseas"]), "台/套", v["overseas"], fn["dev"], 2, row="其中：海外合计")
    else:
        fact("海外设备连接数量（台/套）", fmt(v["overseas"]), "台/套", v["overseas"], fn["dev"], pg, row="海外合计")
    # screenshots
    for shot in pk["shots_fn"](v):
        tiles = []
        for cap, label, unit, n, shown in shot["tiles"]:
            tiles.append((cap, shown))
            fact(label, shown, unit, n, shot["file"], 1, row=cap, image=True)
        ev.dashboard_png(pdir / shot["file"], shot["title"], tiles, pk["seed"] + len(shot["file"]))
        files[shot["file"]] = "evidence:screenshot"
    for extra in pk.get("extras", []):
        extra(pdir, files)

    truth = PackageTruth.model_validate(dict(
        package_id=pk["id"], description=pk["description"], path=f"eval_sets/blind/h60/packages/{pk['id']}",
        delivery="folder",
        platform=dict(list_no=pk["list_no"], listed_name=pk["listed_name"], company=pk["company"],
                      declared_name=pk["declared_name"], participated_2023=pk["p2023"]),
        layout=pk["layout"], files=dict(sorted(files.items())), secrets=[pk["account"][1]],
        summary_rows=[dict(label=k, value=val, normalized=n) for k, (val, n) in pk["S"].items()],
        evidence_facts=facts, problems=pk["problems"]))
    return truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(HERE))
    args = ap.parse_args()
    root = Path(args.out)
    (root / "truth").mkdir(parents=True, exist_ok=True)
    for pk in PACKAGES():
        truth = build_package(pk, root)
        (root / "truth" / f"{pk['id']}.json").write_text(dump_truth(truth), encoding="utf-8")
        print(pk["id"], len(truth.files), "files,", len(truth.evidence_facts), "facts,", len(truth.problems), "problems")
    shutil.rmtree(root / "_tmp", ignore_errors=True)


if __name__ == "__main__":
    main()
