"""附件3 申报书 (DOCX or text PDF) from a list of sections."""
from __future__ import annotations

from pathlib import Path

from .docs import Pkg, dpara, dtable, new_docx, save_docx
from .render import build_pdf, write


def benchmark_table(rows: list[list[str]]) -> list[list[str]]:
    return [["三级指标", "本平台数据", "对标数据"]] + rows


def shenbaoshu(p: Pkg, sections: list[tuple[str, list]], path: Path, fmt: str = "docx", date: str = "2024年7月") -> Path:
    """sections: (heading, items); item = str | ("h2", str) | ("table", rows, widths_mm)."""
    if fmt == "docx":
        d = new_docx("仿宋", 12)
        dpara(d, "附件3", bold=True)
        for _ in range(3):
            dpara(d, "")
        dpara(d, "上海市工业互联网平台应用水平评价", bold=True, size=20, align="c")
        dpara(d, "申报书", bold=True, size=26, align="c")
        for _ in range(4):
            dpara(d, "")
        for k, v in [("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                     ("联 系 人", p.contact), ("联系人电话", p.phone)]:
            dpara(d, f"{k}：{v}", size=14)
        dpara(d, "")
        dpara(d, "上海市经济和信息化委员会制", align="c")
        dpara(d, date, align="c")
        d.add_page_break()
        for heading, items in sections:
            d.add_heading(heading, level=1)
            for it in items:
                if isinstance(it, str):
                    dpara(d, it, indent=True)
                elif it[0] == "h2":
                    d.add_heading(it[1], level=2)
                elif it[0] == "table":
                    dtable(d, it[1])
                    dpara(d, "")
        save_docx(d, path)
        return path
    blocks = [("sp", 40), ("title", "上海市工业互联网平台应用水平评价"), ("title", "申 报 书"), ("sp", 30)]
    for k, v in [("申报年度", "2024年度"), ("平台名称", p.declared_name), ("申报单位", f"{p.company}（公章）"),
                 ("联 系 人", p.contact), ("联系人电话", p.phone)]:
        blocks.append(("subtitle", f"{k}：{v}"))
    blocks += [("sp", 40), ("center", "上海市经济和信息化委员会制"), ("center", date), ("pb",)]
    for heading, items in sections:
        blocks.append(("h1", heading))
        for it in items:
            if isinstance(it, str):
                blocks.append(("p", it))
            elif it[0] == "h2":
                blocks.append(("h2", it[1]))
            elif it[0] == "table":
                widths = it[2] if len(it) > 2 else None
                ncol = len(it[1][0])
                widths = widths or [166 / ncol] * ncol
                blocks.append(("table", it[1], widths, {"repeat": 1}))
                blocks.append(("sp", 3))
    write(path, build_pdf(blocks, fontname="STSong-Light", base=11, header=f"{p.declared_name}　申报书", footer="- {page} -"))
    return path
