"""A compiled binder (h59, first met 2026-12-06): one PDF holding the package as printed for the paper copy,
split into its parts by the pages that begin them; each part has its role and keeps the binder's path and
its physical page numbers; a list running from one volume into the next is doubted where it is cut; a
PDF that is one document, or a Word file, is never split. Fixtures are drawn here."""

from __future__ import annotations

from pathlib import Path

from fixtures.make_unseen_fixtures import Grid, Line, flow_pdf, read_pdf

from assistant.package.binder import CONTINUED, link_volumes, with_parts
from assistant.package.classify import classify
from assistant.package.model import FileRole, Package, PackageFile

FORM_ROWS = [["一级指标", "二级指标", "三级指标", "内容", "平台实际情况", "证明资料"],
             ["资源汇聚", "设备连接", "2.1.1", "连接的工业设备/产品/产线种类及数量（台/套）", "26480", "附件4 设备统计表"],
             ["资源汇聚", "设备连接", "2.1.1", "平台团队总人数（人）", "143", "—"]]


def _binder(tmp_path: Path, name: str = "示例_申报材料汇编.pdf", evidence: tuple[int, ...] = (1, 2, 3, 4)) -> Path:
    pages = [[Line("2024年度上海市工业互联网平台应用水平评价", 14), Line("申报材料汇编", 16)],
             [Line("目 录", 14), Line("申报表 1"), Line("申报书 5"), Line("附件1：营业执照 附件1-1")],
             [Line("上海市工业互联网平台应用水平评价申报表", 14), Line("一、企业基本情况"), Line("三、指标明细表"),
              Grid(FORM_ROWS, widths=[60, 60, 40, 160, 70, 90])],
             [Line("平台基本情况"), Grid(FORM_ROWS, widths=[60, 60, 40, 160, 70, 90])],
             [Line("上海市工业互联网平台应用水平评价申报书", 14), Line("一、申报单位简介"), Line("二、平台建设及运营情况")],
             [Line("附件4 平台基本情况汇总表", 14), Line("平台性质 行业型"), Line("平台名称 示例平台")]]
    titles = {1: ("营业执照", [Line("营业执照"), Line("统一社会信用代码：91310000MA1K4J5T2X")]),
              2: ("平台接入设备统计表", [Line("平台接入设备统计表"), Line("设备名称 设备类型 接入数量")]),
              3: ("平台核心知识产权清单", [Line("专利清单"), Line("序号 专利名称 专利号 专利权人")]),
              4: ("省部级及以上奖项/荣誉清单", [Line("获奖荣誉清单"), Line("序号 奖项名称 颁发单位")])}
    for number in evidence:
        title, body = titles[number]
        pages += [[Line(f"附件{number}：{title}", 18)], body]
    return flow_pdf(tmp_path / name, pages)


def _member(path: Path) -> PackageFile:
    document = read_pdf(path)
    return with_parts(PackageFile(path=path.name, document=document, classification=classify(document),
                                  cached=False, parse_seconds=0.0))


def test_a_binder_is_read_as_its_parts(tmp_path: Path):
    member = _member(_binder(tmp_path))
    assert [(p.role, p.document.pages[0].number, p.document.pages[-1].number) for p in member.parts] == [
        (FileRole.other_evidence, 1, 2), (FileRole.application_form, 3, 4), (FileRole.proposal, 5, 5),
        (FileRole.summary_table, 6, 6), (FileRole.business_license, 7, 8), (FileRole.device_list, 9, 10),
        (FileRole.certificate_list, 11, 12), (FileRole.award_list, 13, 14)]
    assert {p.path for p in member.parts} == {member.path}  # every citation names the binder
    assert member.parts[4].part_title == "附件1：营业执照"
    assert "汇编第7–8页（附件1：营业执照）" in member.parts[4].classification.reasons
    assert member.role is FileRole.application_form and "申报材料汇编" in member.classification.reasons[0]
    package = Package(id="p", source="t", root=str(tmp_path), files=(member,))
    assert [f.document.pages[0].number for f in package.by_role(FileRole.application_form)] == [3]
    assert package.files == (member,) and len(package.members()) == 8


def test_one_document_or_a_word_file_is_never_split(tmp_path: Path):
    """A 申报书 whose running head repeats its title on every page starts nothing new on each; a list whose
    pages all begin alike is one list."""
    head = "示例公司 · 上海市工业互联网平台应用水平评价申报书"
    proposal = flow_pdf(tmp_path / "申报书.pdf", [[Line(head), Line(f"第{n}章 平台建设及运营情况")] for n in range(1, 9)])
    assert _member(proposal).parts == ()
    listing = flow_pdf(tmp_path / "设备清单.pdf", [[Line("序号 设备名称 设备类型"), Line(f"{n} 数控机床 机床")] for n in range(8)])
    assert _member(listing).parts == ()
    document = read_pdf(_binder(tmp_path)).model_copy(update={"format": "docx"})
    assert with_parts(PackageFile(path="汇编.docx", document=document, classification=classify(document),
                                  cached=False, parse_seconds=0.0)).parts == ()


def test_a_list_cut_at_the_end_of_a_volume_says_it_goes_on(tmp_path: Path):
    upper = _member(_binder(tmp_path, "示例_申报材料汇编（上册）.pdf", evidence=(1, 2, 3)))
    rows = [[Line("序号 专利名称 专利号 专利权人")] + [Line(f"{n} 一种示例方法 ZL2023{n:07d}.1 示例公司") for n in range(28, 41)],
            [Line("专利合计：40项")]]
    lower_pages = rows + [[Line("附件4：省部级及以上奖项/荣誉清单", 18)], [Line("获奖荣誉清单"), Line("序号 奖项名称 颁发单位")],
                          [Line("附件5：第三方网络安全测评报告", 18)], [Line("测评报告"), Line("等级保护测评结论")]]
    lower = _member(flow_pdf(tmp_path / "示例_申报材料汇编（下册）.pdf", lower_pages))
    assert lower.parts and lower.parts[0].part_title == ""
    linked = dict((f.path, f) for f in link_volumes((lower, upper)))
    cut = linked[upper.path].parts[-1]
    assert cut.role is FileRole.certificate_list
    assert any(r.startswith(f"{CONTINUED}《示例_申报材料汇编（下册）.pdf》第1–2页") for r in cut.classification.reasons)
    assert linked[lower.path] == lower
    alone = dict((f.path, f) for f in link_volumes((upper,)))  # no next volume: nothing goes on
    assert not any(CONTINUED in r for r in alone[upper.path].parts[-1].classification.reasons)


def test_a_running_head_over_pages_of_every_kind_begins_one_part(tmp_path: Path):
    """h35: 「公司 平台 · 申报书」 atop every page of a 申报书 whose pages hold a device table, a statement, a
    list: one document, however its pages would be classified alone."""
    head = "示例公司 示例工业互联网平台 · 申报书"
    bodies = [["一、申报单位简介"], ["设备清单", "设备名称 设备类型 接入数量"], ["利润表", "营业收入 1,000.00"],
              ["专利清单", "序号 专利名称 专利号 专利权人"], ["获奖荣誉清单", "序号 奖项名称 颁发单位"], ["五、平台应用案例"],
              ["六、附件及其他说明材料"], ["七、平台相较上年度对比情况"]]
    proposal = flow_pdf(tmp_path / "申报书.pdf", [[Line(head), *(Line(t) for t in body)] for body in bodies])
    assert _member(proposal).parts == ()


def test_a_proposal_with_its_contents_and_its_annexes(tmp_path: Path):
    """h14: 「申报书（含附件）」 — cover, 目录, chapters, then 附件1 … 附件3 each headed on its page: the 申报书 is its
    cover, 目录 and chapters; each 附件 a proof of its own."""
    pages = [[Line("上海市工业互联网平台应用水平评价", 14), Line("申 报 书", 16)],
             [Line("目 录"), Line("一、申报单位简介 . 1"), Line("二、平台建设及运营情况 . 2")],
             [Line("一、申报单位简介"), Line("示例公司成立于2001年。")],
             [Line("二、平台建设及运营情况"), Line("平台名称：示例平台")],
             [Line("附件1 平台业务财务专项说明"), Line("利润表"), Line("营业收入 1,000.00")],
             [Line("附件2 平台接入设备统计"), Line("设备名称 设备类型 接入数量")],
             [Line("附件3 知识产权清单"), Line("专利清单"), Line("序号 专利名称 专利号 专利权人")]]
    member = _member(flow_pdf(tmp_path / "申报书（含附件）.pdf", pages))
    assert [(p.role, p.document.pages[0].number) for p in member.parts] == [
        (FileRole.proposal, 1), (FileRole.financial_statement, 5), (FileRole.device_list, 6), (FileRole.certificate_list, 7)]


def test_a_parts_tables_are_found_by_their_index_not_their_place(tmp_path: Path):
    """A part holds only its pages' tables: a row's `table_index` names its table, not a position in the
    part's list (a reader looking up the table over a row in the 汇编's 附件4 found another, or nothing)."""
    from assistant.evidence.rows import document_rows, table_of
    from assistant.package.binder import _sub_document

    document = read_pdf(_binder(tmp_path))
    second = _sub_document(document, [p for p in document.pages if p.number == 4])  # the form's second table only
    rows = [r for r in document_rows(second) if r.source == "table"]
    assert rows and {r.table_index for r in rows} == {1} and len(second.tables) == 1
    assert all(table_of(second, r.table_index).page_number == 4 for r in rows)
    assert table_of(second, None) is None and table_of(second, 0) is None


def test_a_bound_proposals_running_foot_names_no_part_and_two_lists_stay_two_annexes(tmp_path: Path):
    """h86: a 申报书 with 附件1–N bound behind it, 「示例平台　申报书」 and 「— n —」 under every page. The foot is no
    part's words: 附件3 (a page of its title alone) was named 「附件3：…说明示例平台　申报书」 and classified as a
    申报书, and so were 附件5 and 附件7, and the outline was looked for in them; 附件8 专利清单 and 附件9 软著清单, both
    certificate lists, were one part, so the 申报表's 「附件9」 was missing."""
    foot = [Line("示例工业互联网平台　申报书"), Line("— {n} —")]

    def page(n: int, *lines: Line) -> list[Line]:
        return [*lines, foot[0], Line(f"— {n} —")]

    pages = [[Line("上海市工业互联网平台应用水平评价", 14), Line("申 报 书", 16)],
             [Line("目 录"), Line("一、申报单位简介 1"), Line("二、平台建设及运营情况 2")],
             page(1, Line("一、申报单位简介"), Line("示例公司成立于2001年。")),
             page(2, Line("二、平台建设及运营情况"), Line("平台名称：示例平台")),
             page(3, Line("附件3　平台人员及资源专项说明")),
             page(4, Line("人员情况"), Line("平台团队 154 人")),
             page(5, Line("附件8　授权专利清单及证书"), Line("授权专利清单"), Line("序号 专利名称 专利号 专利权人")),
             page(6, Line("附件9　计算机软件著作权登记清单及证书"), Line("序号 软件名称 登记号 著作权人")),
             page(7, Line("附件10　省部级及以上奖项/荣誉清单"), Line("序号 奖项名称 颁发单位"))]
    member = _member(flow_pdf(tmp_path / "附件3 申报书（含附件）.pdf", pages))
    assert [(p.role, p.document.pages[0].number, p.part_title.partition("：")[0]) for p in member.parts] == [
        (FileRole.proposal, 1, ""), (FileRole.other_evidence, 5, "附件3"), (FileRole.certificate_list, 7, "附件8"),
        (FileRole.certificate_list, 8, "附件9"), (FileRole.award_list, 9, "附件10")]
    assert member.parts[1].part_title == "附件3：平台人员及资源专项说明"  # not the foot under it


def test_a_running_head_over_a_forms_pages_is_still_each_pages_first_line(tmp_path: Path):
    """h81: a stamped 申报表 whose every page opens with the same head, then a row of its 证明资料 column
    (「附件3-3《附件3-3-设备接入清单》」): the head is the page's first line, no 附件 begins there, the form is one file."""
    head = "上海市工业互联网平台应用水平评价申报表"
    pages = [[Line(head, 14), Line("一、企业基本情况"), Line("单位名称 示例科技有限公司")]]
    pages += [[Line(head, 14), Line(f"附件3-{n}《附件3-{n}-设备接入清单》"), Line("连接的工业设备 12480 台/套")] for n in range(2, 8)]
    assert _member(flow_pdf(tmp_path / "附件2-申报表（盖章版）.pdf", pages)).parts == ()


def test_a_long_lists_repeated_header_is_no_running_line(tmp_path: Path):
    """A binder mostly one device list: its header under each 「（续表）」 title repeats on most pages, inside them —
    no running foot, so the list's part is still classified by it."""
    header = Line("序号 设备名称 设备类型 接入数量（台/套）")
    pages = [[Line("佐证材料汇编", 16)], [Line("目 录"), Line("附件1 营业执照 3"), Line("附件2 平台接入设备清单 4")],
             [Line("附件1：营业执照", 16), Line("统一社会信用代码：91310000MA1K4J5T2X")],
             [Line("附件2：平台接入情况", 16), header, *(Line(f"{n} 空压机-{n} 动力设备 12") for n in range(1, 7))]]
    pages += [[Line("（续表）"), header, *(Line(f"{n} 空压机-{n} 动力设备 12") for n in range(6 * k + 1, 6 * k + 7))]
              for k in range(1, 8)]
    member = _member(flow_pdf(tmp_path / "佐证材料汇编.pdf", pages))
    assert [p.role for p in member.parts][-1] is FileRole.device_list
