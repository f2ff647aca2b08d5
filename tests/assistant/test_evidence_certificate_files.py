"""Certificates delivered one by one (`evidence.certificate_files`, h77): a folder of 软著 certificate
scans, patent certificates a page each in a compiled PDF, award certificates — counted where no list
counts them, always doubted. Fixtures are OCR'd pages shaped here, never by the generator."""

from __future__ import annotations

from fixtures.make_list_fixtures import ocr_document

from assistant.catalog.notice import load_catalog
from assistant.core.evidence import EvidenceFact
from assistant.evidence.certificate_files import read_certificate_files


def _software(number: int, serial: str) -> list[list[tuple[str, float]]]:
    return [[("中华人民共和国国家版权局", 200)], [("计算机软件著作权登记证书", 150)],
            [(f"证书号：软著登字第70123{number:02d}号", 210)], [(f"软件名称：某某平台子系统{number}V1.0", 80)],
            [("著作权人：上海某某科技有限公司", 80)], [(f"登记号：{serial}", 80)],
            [("根据《计算机软件保护条例》的规定，经中国版权保护中心审核，对以上事项予以登记。", 80)]]


def _patent(number: str) -> list[list[tuple[str, float]]]:
    return [[("发明专利证书", 200)], [("发明名称：一种设备远程运维方法", 80)], [(f"专利号：ZL {number}", 80)],
            [("专利权人：上海某某科技有限公司", 80)], [("授权公告日：2023年05月12日", 80)]]


def test_certificates_one_per_file_are_counted_by_their_numbers():
    folder = [ocr_document(f"附件3-5/{k:02d}.pdf", [_software(k, f"2020SR20345{k:02d}")]) for k in range(1, 13)]
    folder.append(ocr_document("附件3-5/12（复印）.pdf", [_software(12, "2020SR2034512")]))  # the same one again
    compiled = ocr_document("证明材料汇编.pdf", [_patent(f"2021 1 012345{k}.7") for k in range(1, 10)])
    facts = {f.field_id: f for f in read_certificate_files([*folder, compiled], [], load_catalog())}
    software, patents = facts["software_copyrights"], facts["patents"]
    assert (software.normalized, patents.normalized) == (12, 9)
    assert software.confidence < 0.9 and any("部分证书" in r for r in software.reasons)
    assert software.citations[0].quote == "2020SR2034512" and patents.citations[0].page == 9


def test_no_count_where_a_list_counts_them_or_one_certificate_stands_alone():
    folder = [ocr_document(f"{k}.pdf", [_software(k, f"2020SR20345{k:02d}")]) for k in range(1, 4)]
    listed = EvidenceFact(field_id="software_copyrights", label="软著", value="3", unit="个", normalized=3, scope="platform",
                          method="list_count", citations=())
    assert read_certificate_files(folder, [listed], load_catalog()) == []
    assert read_certificate_files(folder[:1], [], load_catalog()) == []
    # a page listing several certificates is a list, no certificate
    table = ocr_document("清单.pdf", [[[("序号", 60), ("软件名称", 120), ("登记号", 300)], [("1", 60), ("某某系统", 120),
                                      ("2020SR2034501", 300)], [("计算机软件著作权登记证书复印件见后", 60)]]])
    assert read_certificate_files([table, table], [], load_catalog()) == []


def test_an_index_of_the_proofs_states_how_many_certificates_it_holds():
    """h77: a 证明材料目录 row 「附件3-4 | 计算机软件著作权登记证书（共12份）」 and 「专利证书扫描件（6件）」: the
    applicant's own count of the certificates attached, read and cited; a bare title says nothing."""
    from assistant.evidence.certificate_files import read_stated_certificates

    index = ocr_document("证明材料目录.pdf", [[[("附件3-4", 60), ("计算机软件著作权登记证书（共12份）", 140)],
                                               [("附件3-5", 60), ("专利证书扫描件（6件）", 140)],
                                               [("附件3-6", 60), ("荣誉证书", 140)]]])
    facts = {f.field_id: f for f in read_stated_certificates(index, load_catalog())}
    assert {k: f.normalized for k, f in facts.items()} == {"software_copyrights": 12, "patents": 6}
    assert facts["patents"].citations[0].quote == "专利证书扫描件（6件）"


def test_certificates_attached_for_most_of_a_list_say_which_items_have_none():
    """h61: a 软著 list of 17 (its 合计 backs the form) and a PDF of 14 certificates, one a page, each a list item:
    the certificates are counted and name the three listed numbers without one. Samples beside a list (a few of
    its items, or a file that says 节选) and certificates that are not the list's items say nothing."""
    from assistant.core.citations import Citation
    from extractors.model import Span

    serials = [f"2021SR10{k:03d}7" for k in range(1, 18)]
    rows = [[("序号", 60), ("软件名称", 120), ("登记号", 300)]] + [[(str(k), 60), (f"某某系统{k}", 120), (s, 300)]
                                                              for k, s in enumerate(serials, 1)]
    register = ocr_document("知识产权清单.pdf", [rows])
    quote = "合计：17项"
    listed = EvidenceFact(field_id="software_copyrights", label="软著", value="17", unit="个", normalized=17,
                          scope="platform", method="list_count",
                          citations=(Citation(file="知识产权清单.pdf", page=1, quote=quote, span=Span(start=0, end=5)),))

    def certificates(name: str, count: int, numbers=serials):
        return ocr_document(name, [_software(k, numbers[k - 1]) for k in range(1, count + 1)])

    [fact] = read_certificate_files([register, certificates("登记证书.pdf", 14)], [listed], load_catalog())
    assert fact.normalized == 14 and fact.method == "list_count"
    assert any("3项未附证书" in r and serials[16] in r for r in fact.reasons)
    assert read_certificate_files([register, certificates("登记证书.pdf", 5)], [listed], load_catalog()) == []
    assert read_certificate_files([register, certificates("登记证书（节选）.pdf", 14)], [listed], load_catalog()) == []
    others = [f"2022SR20{k:03d}1" for k in range(1, 18)]
    assert read_certificate_files([register, certificates("登记证书.pdf", 14, others)], [listed], load_catalog()) == []
    assert read_certificate_files([register, certificates("登记证书.pdf", 17)], [listed], load_catalog()) == []
