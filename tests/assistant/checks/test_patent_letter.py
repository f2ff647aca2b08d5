"""A letter of proof that states the patents as one kind (h63: 「…核心软硬件技术共获得授权发明专利47项」 in a
专利情况说明函, the only proof of a declared 52): read as the patents' count, doubted — the notice's 专利数量 may
also hold 实用新型 and 外观设计 — and filed as a figure the letter states, though the file sits among the lists.
A page that names another kind, a 「其中发明专利」 part, or a list elsewhere stating the declared count leave it."""

from __future__ import annotations

from fakes.documents import document
from fixtures.make_list_fixtures import ocr_document

from assistant.catalog.notice import load_catalog
from assistant.checks.evidence_family import family_of
from assistant.checks.evidence_judgement import compare_fact
from assistant.core.citations import Citation
from assistant.core.evidence import ONE_KIND_OF_PATENTS, EvidenceValue
from assistant.evidence.prose import read_prose_figures
from assistant.package.model import Classification, FileRole, Package, PackageFile
from extractors.model import Span

LETTER = [[[("关于平台核心技术专利情况的说明", 160)], [("上海市经济和信息化委员会：", 60)],
           [("截至2024年6月30日，某某工业互联网平台核心软硬件技术共拥有授权发明专利36", 60)],
           [("项，专利权人均为我公司。特此说明。", 60)]]]


def _patents(lines) -> list[EvidenceValue]:
    return [f for f in read_prose_figures(ocr_document("专利说明.pdf", lines), load_catalog()) if f.field_id == "patents"]


def test_a_letters_invention_patents_are_its_patents_count_with_a_doubt():
    [fact] = _patents(LETTER)
    assert fact.normalized == 36 and ONE_KIND_OF_PATENTS in fact.reasons
    other_kind = [[*LETTER[0][:2], [("平台共拥有授权发明专利36项、实用新型专利9项。特此说明。", 60)]]]
    assert _patents(other_kind) == []  # two kinds: neither is the patents' count
    part = [[*LETTER[0][:2], [("平台拥有专利45项，其中发明专利36项。特此说明。", 60)]]]
    assert [f.normalized for f in _patents(part)] == [45]


def test_the_letter_is_judged_as_a_stated_figure_and_yields_to_a_list_of_the_declared_count(make_review):
    [fact] = _patents(LETTER)
    fact = fact.model_copy(update={"citations": (Citation(file="专利说明.pdf", page=1, quote="36", span=Span(start=0, end=2)),)})
    member = PackageFile(path="专利说明.pdf", document=document("专利说明.pdf", [["特此说明"]]), cached=False,
                         parse_seconds=0.0,
                         classification=Classification(role=FileRole.certificate_list, confidence=0.9, reasons=()))
    review = make_review(patents="41")
    review.package = Package(id="p", source="t", root="/tmp/p", files=(member,))
    review.evidence = [fact]
    assert family_of(review, fact) == "declared_vs_evidence"
    comparison = compare_fact(review, fact)
    assert not comparison.consistent and ONE_KIND_OF_PATENTS.removeprefix("存疑：") in "".join(comparison.doubts)
    listed = EvidenceValue(field_id="patents", label=fact.label, value="41", unit="项", normalized=41, scope="platform",
                           method="list_count", citations=(Citation(file="专利清单.xlsx", page=1, quote="41",
                                                                    span=Span(start=0, end=2)),))
    review.evidence = [fact, listed]
    assert compare_fact(review, fact).consistent  # the list proves all 41: the letter's 36 are a part
