"""A cloud-server list converted to standard units (h31, first met 2026-12-06): the 折合标准台
column's 合计 is 平台实际用云量, the 「其中公有云」 line its public part; rows of physical servers
are not counted, a total the rows do not make is doubted, a list without a standard-unit column
gives nothing. Fixtures are drawn here, not by the generator."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from fixtures.make_unseen_fixtures import Line, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.cloud_servers import read_cloud_servers

HEADER = "资源池 部署类型 实例规格 vCPU/台 数量（台） 折合标准台"


def _facts(document) -> dict:
    facts = read_cloud_servers(document, load_catalog())
    for fact in facts:
        citation = fact.citations[0]
        page = next(p for p in document.pages if p.number == citation.page)
        assert page.text[citation.span.start:citation.span.end] == citation.quote
        assert fact.value in citation.quote
    return {f.field_id: f for f in facts}


def _pdf(path: Path, rows: list[str], tail: list[str]) -> Path:
    lines = [Line("平台云服务器资源清单及用云量折算说明", size=12),
             Line("折算口径：以8vCPU云服务器为1标准台，折合标准台＝vCPU数×数量÷8；未云化的物理服务器不计入。", size=8),
             Line(HEADER, gap=3), *[Line(r, gap=3) for r in rows], *[Line(t) for t in tail]]
    return flow_pdf(path, [lines])


ROWS = ["华为云 公有云 s6.2xlarge.4（8vCPU 32GiB） 8 22 22.00", "华为云 公有云 c7.xlarge.2（4vCPU 8GiB） 4 16 8.00",
        "徐汇机房 私有云 VMware 8C/16G 8 20 20.00", "徐汇机房 私有云 VMware 4C/8G 4 12 6.00"]


def test_the_standard_column_total_and_the_public_line(tmp_path: Path):
    facts = _facts(read_pdf(_pdf(tmp_path / "云资源.pdf", ROWS, ["合计 70 56.00", "其中公有云折合标准台：30.00台。"])))
    used, public = facts["cloud_servers_used"], facts["cloud_servers_public"]
    assert (used.normalized, used.value, used.confident) == (56.0, "56.00", True)
    assert (public.normalized, public.value, public.confident) == (30.0, "30.00", True)


def test_a_total_the_rows_do_not_make_is_doubted_and_physical_rows_are_left_out(tmp_path: Path):
    rows = [*ROWS, "徐汇机房 物理服务器 Dell R740 32 2 8.00"]  # 未云化: not counted, the total leaves it out
    facts = _facts(read_pdf(_pdf(tmp_path / "a.pdf", rows, ["合计 72 56.00", "其中公有云折合标准台：31.00台"])))
    assert facts["cloud_servers_used"].confident and facts["cloud_servers_used"].normalized == 56.0
    assert not facts["cloud_servers_public"].confident  # 22 + 8 is not 31: said, not trusted
    wrong = _facts(read_pdf(_pdf(tmp_path / "b.pdf", ROWS, ["合计 70 58.00"])))
    assert not wrong["cloud_servers_used"].confident and any("56.00" in r for r in wrong["cloud_servers_used"].reasons)
    assert "cloud_servers_public" not in wrong  # public and private rows, no public line: not said


def test_a_workbook_with_a_public_row_and_one_all_public(tmp_path: Path):
    from extractors.options import ReadOptions
    from extractors.reader import read_file

    def book(name, rows, tail):
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.append(["资源池", "部署类型", "实例规格", "vCPU/台", "数量（台）", "折合标准台（8vCPU=1台）"])
        for r in rows + tail:
            ws.append(r)
        path = tmp_path / name
        wb.save(path)
        return read_file(path, display_path=name, options=ReadOptions(ocr=False, render_docx=False))

    mixed = _facts(book("m.xlsx", [["阿里云", "公有云", "ecs.g7.2xlarge", 8, 12, "12.00"],
                                   ["嘉定机房", "私有云", "OpenStack 8C/32G", 8, 38, "38.00"]],
                        [["合计", None, None, None, None, "50.00"], ["其中：公有云", None, None, None, None, "12.00"]]))
    assert mixed["cloud_servers_used"].normalized == 50.0 and mixed["cloud_servers_public"].normalized == 12.0
    public = _facts(book("p.xlsx", [["阿里云", "公有云", "ecs.g7.2xlarge", 8, 96, "96.00"],
                                    ["阿里云", "公有云", "ecs.c7.xlarge", 4, 58, "29.00"]],
                         [["合计", None, None, None, 154, "125.00"]]))
    assert public["cloud_servers_public"].normalized == public["cloud_servers_used"].normalized == 125.0


def test_a_list_of_instances_without_standard_units_gives_nothing(tmp_path: Path):
    lines = [Line("资源池 部署类型 实例规格 vCPU/台 数量（台）", gap=3), Line("华为云 公有云 s6.2xlarge 8 22", gap=3),
             Line("徐汇机房 私有云 VMware 8 20", gap=3), Line("合计 42")]
    assert _facts(read_pdf(flow_pdf(tmp_path / "c.pdf", [lines]))) == {}
