"""Standards' covers and their list (h83, first met 2026-12-07): each cover's code, cited on its own line under the
「…标准」 heading, with the name and the 起草单位 as reasons — not a code the 前言 quotes — and a list's 「共N项」.
Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Line, cited_facts, flow_pdf, read_pdf

from assistant.catalog.notice import load_catalog
from assistant.evidence.standards import read_standards


def test_a_standards_list_and_its_covers(tmp_path: Path):
    listing = [Line("平台牵头/参与标准制定情况清单"), Line("序号 标准编号 标准名称 类别 本单位角色"),
               Line("1 YD/T 4521—2023 设备上云接入技术要求 行业标准 牵头"), Line("共1项。以下附标准封面及前言（起草单位）页。")]
    cover = [Line("中华人民共和国通信行业标准"), Line("YD/T 4521—2023"), Line("5G工业互联网 企业内网络 设备上云接入技术要求"),
             Line("前 言"), Line("本文件按照GB/T 1.1—2020《标准化工作导则》的规定起草。"),
             Line("本文件起草单位：中移（上海）信息通信科技有限公司、华东信息通信研究院。")]
    document = read_pdf(flow_pdf(tmp_path / "标准.pdf", [listing, cover]))
    facts = read_standards(document, load_catalog())
    assert [(f.value, f.normalized, f.citations[0].page) for f in facts] == [("共1项", 1, 1), ("YD/T 4521—2023", None, 2)]
    assert any("中移（上海）信息通信科技有限公司" in r for r in facts[1].reasons)
    assert cited_facts(document, read_standards)  # every citation quotes its page
    # a 前言 that only quotes a standard, under no standard's heading, is no cover
    quoted = [Line("关于平台建设的说明"), Line("本平台按照GB/T 1.1—2020的规定编写文档。")]
    assert read_standards(read_pdf(flow_pdf(tmp_path / "说明.pdf", [quoted])), load_catalog()) == []
