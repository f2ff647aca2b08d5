"""Evidence writers shared by p2–p4 (each returns its evidence facts)."""

from __future__ import annotations

from pathlib import Path

from . import common as C
from .base import fact
from .model import Spec, thousands

TOPICS = ["设备数据采集", "能耗监测分析", "故障诊断", "工艺参数优化", "质量追溯", "边缘计算网关", "时序数据存储", "设备健康评估",
          "生产排程", "碳排放核算"]


def _patents(s: Spec, seed: int):
    r = C.rng(seed)
    out = []
    for i in range(s.patents):
        kind = "发明专利" if i % 3 == 0 else "实用新型"
        out.append([str(i + 1), f"一种{TOPICS[i % len(TOPICS)]}{['方法', '装置', '系统'][i % 3]}", kind,
                    f"ZL20{19 + i % 5}{r.randint(10000000, 99999999)}.{r.randint(0, 9)}", s.company])
    return out


def _copyrights(s: Spec, prefix: str, seed: int):
    r = C.rng(seed + 1)
    return [[str(i + 1), f"{prefix}{TOPICS[i % len(TOPICS)]}软件V{1 + i % 4}.{i % 3}", f"20{19 + i % 5}SR{r.randint(1000000, 1999999)}",
             s.company] for i in range(s.copyrights)]


def ip_pdf(s: Spec, path: Path, rel: str, prefix: str, seed: int) -> list:
    st = C.styles()
    pat = [["序号", "专利名称", "专利类型", "专利号", "专利权人"]] + _patents(s, seed)
    cop = [["序号", "软件名称", "登记号", "著作权人"]] + _copyrights(s, prefix, seed)
    p1 = [C.P(f"专利清单（共{s.patents}项）", st["title"]), C.pdf_table(pat, (10, 56, 20, 44, 44), font_size=7.5)]
    p2 = [C.P(f"软件著作权清单（共{s.copyrights}项）", st["title"]), C.pdf_table(cop, (10, 70, 40, 54), font_size=7.5)]
    C.build_pdf(path, [p1, p2], header=f"{s.company}　知识产权清单")
    return [
        fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, rel, 1, f"专利清单（共{s.patents}项）", "专利清单"),
        fact("平台核心软硬件技术获得的软著数量（个）", str(s.copyrights), "项", s.copyrights, rel, 2,
             f"软件著作权清单（共{s.copyrights}项）", "软件著作权清单"),
    ]


def ip_xlsx(s: Spec, path: Path, rel: str, prefix: str, seed: int) -> list:
    wb = C.xlsx_new()
    ws = wb.active
    ws.title = "专利"
    ws.append(["序号", "专利名称", "专利类型", "专利号", "专利权人"])
    for row in _patents(s, seed):
        ws.append(row)
    ws.append(["", f"专利合计{s.patents}项"])
    ws2 = wb.create_sheet("软件著作权")
    ws2.append(["序号", "软件名称", "登记号", "著作权人"])
    for row in _copyrights(s, prefix, seed):
        ws2.append(row)
    ws2.append(["", f"软件著作权合计{s.copyrights}项"])
    C.xlsx_save(wb, path)
    return [
        fact("平台核心软硬件技术获得的专利数量（项）", str(s.patents), "项", s.patents, rel, 1, f"专利合计{s.patents}项", "专利合计"),
        fact("平台核心软硬件技术获得的软著数量（个）", str(s.copyrights), "项", s.copyrights, rel, 2,
             f"软件著作权合计{s.copyrights}项", "软件著作权合计"),
    ]


def dashboard_tiles(s: Spec) -> list[tuple[str, str, str, int, str]]:
    """(caption, printed, label, normalized, unit)"""
    nm = sum(v for _, v in s.model_cat)
    return [("注册企业（家）", thousands(s.reg_users), "注册企业用户数（个）", s.reg_users, "家"),
            ("工业APP（个）", thousands(s.app_total), "工业APP数量（个）", s.app_total, "个"),
            ("机理模型（个）", thousands(nm), "工业机理模型数量（个）", nm, "个"),
            ("微服务（个）", thousands(s.microservices), "微服务数量（个）", s.microservices, "个"),
            ("注册开发者", thousands(s.developers), "开发者注册总数（个）", s.developers, "个"),
            ("APP累计订阅", thousands(s.app_subs), "工业APP订阅总数量（个）", s.app_subs, "个")]


def dashboard_facts(s: Spec, rel: str, page: int, tiles) -> list:
    return [fact(label, printed, unit, n, rel, page, printed, cap, image_only=True) for cap, printed, label, n, unit in tiles]


def finance_rows(s: Spec, unit: str):
    """2023, 2022, 2021 platform figures as printed (unit 元 or 万元)."""
    def show(x):
        return thousands(round(x * 10000, 2)) if unit == "元" else thousands(x)
    return show


def finance_facts(s: Spec, rel: str, page: int, unit: str, image_only=False) -> list:
    show = finance_rows(s, unit)
    out = [
        fact("平台相关营业收入（万元）", show(s.rev[2023]), unit, s.rev[2023], rel, page, show(s.rev[2023]), "平台营业收入", "2023年度", image_only=image_only),
        fact("平台近三年经营指标情况", show(s.rev[2021]), unit, s.rev[2021], rel, page, show(s.rev[2021]), "平台营业收入", "2021年度", "2021年平台营收（万元）", image_only=image_only),
        fact("平台近三年经营指标情况", show(s.rev[2022]), unit, s.rev[2022], rel, page, show(s.rev[2022]), "平台营业收入", "2022年度", "2022年平台营收（万元）", image_only=image_only),
        fact("平台相关研发投入（万元）", show(s.rd), unit, s.rd, rel, page, show(s.rd), "平台研发投入", "2023年度", image_only=image_only),
        fact("平台利润率（%）", show(s.profit), unit, s.profit, rel, page, show(s.profit), "平台利润总额", "2023年度", "平台利润总额（万元）", image_only=image_only),
        fact("投资回报率（%）", show(s.profit), unit, s.profit, rel, page, show(s.profit), "平台利润总额", "2023年度", "平台年利润（万元）", image_only=image_only),
    ]
    return out
