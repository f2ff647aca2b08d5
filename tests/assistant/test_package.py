"""Package loading: classification by content, per-file errors, the parse cache, zips, timeouts."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from assistant.core.citations import Citation
from assistant.core.errors import ShenbaoError
from assistant.core.settings import Settings
from assistant.package.loader import load_package
from assistant.package.model import FileRole
from assistant.reports.thumbnails import Thumbnailer
from extractors.model import ErrorCode


def _settings(tmp_path: Path, **overrides) -> Settings:
    base = {"workspace": tmp_path / "ws", "workers": 0, "render_docx": False}
    return Settings(**{**base, **overrides})


def _roles(package) -> dict[str, FileRole]:
    return {f.path: f.role for f in package.files}


def test_files_classified_by_content_and_junk_ignored(tmp_path, mini_package):
    package = load_package(mini_package, _settings(tmp_path))
    roles = _roles(package)
    assert roles == {
        "02 申报书.docx": FileRole.proposal,
        "empty.pdf": FileRole.unreadable,
        "旧版汇报.ppt": FileRole.unreadable,
        "证明材料/scan0001.pdf": FileRole.audit_report,  # named scan0001: the content decides
        "附件2 申报表（示例）.docx": FileRole.application_form,
    }
    errors = {f.path: f.document.errors[0].code for f in package.files if f.document.errors}
    assert errors == {"empty.pdf": ErrorCode.empty_file, "旧版汇报.ppt": ErrorCode.legacy_format}
    form = package.file("附件2 申报表（示例）.docx")
    assert form.classification.reasons and form.classification.confidence > 0.3


def test_second_run_parses_nothing_and_corrupt_entries_are_rebuilt(tmp_path, mini_package):
    settings = _settings(tmp_path)
    first = load_package(mini_package, settings)
    assert not any(f.cached for f in first.files)
    second = load_package(mini_package, settings)
    assert all(f.cached for f in second.files)
    assert [f.document for f in second.files] == [f.document for f in first.files]

    entries = sorted((settings.cache_dir / "documents").rglob("*.json"))
    assert len(entries) == len(first.files)
    victim = entries[0]
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0x55  # one flipped byte
    victim.write_bytes(bytes(data))
    third = load_package(mini_package, settings)
    assert sum(not f.cached for f in third.files) == 1
    assert [f.document for f in third.files] == [f.document for f in first.files]


def test_zip_package_gives_the_same_files(tmp_path, mini_package):
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in mini_package.rglob("*"):
            if path.is_file():
                zf.write(path, path.relative_to(mini_package).as_posix())
    package = load_package(archive, _settings(tmp_path))
    assert _roles(package) == _roles(load_package(mini_package, _settings(tmp_path)))
    assert Path(package.root).is_relative_to(tmp_path / "ws")


def test_worker_timeout_is_a_per_file_error_not_a_crash(tmp_path, mini_package):
    settings = _settings(tmp_path, workers=1, file_timeout_s=0.01)
    package = load_package(mini_package, settings)
    codes = {f.path: [e.code for e in f.document.errors] for f in package.files}
    assert all(ErrorCode.timed_out in c for c in codes.values()), codes
    # Timeouts are not cached: a normal run afterwards parses everything for real.
    normal = load_package(mini_package, _settings(tmp_path, workers=2))
    assert not any(ErrorCode.timed_out in [e.code for e in f.document.errors] for f in normal.files)
    assert normal.file("证明材料/scan0001.pdf").role == FileRole.audit_report


def test_a_busy_machine_stretches_the_files_time_budget(tmp_path, mini_package, monkeypatch):
    """h10 scored at a load of 12 on 2 cores: stamped scans cut off at 300 s, false warnings after. The
    budget is an idle machine's, stretched by the load (`extractors.budget`): the same 0.01 s that times
    every file out on an idle machine lets them all finish on one a hundred times as busy."""
    import assistant.package.ingest as ingest

    monkeypatch.setattr(ingest, "stretched", lambda seconds: seconds * 100_000)
    package = load_package(mini_package, _settings(tmp_path, workers=1, file_timeout_s=0.01))
    assert not any(ErrorCode.timed_out in [e.code for e in f.document.errors] for f in package.files)
    # SHENBAO_FILE_TIMEOUT_STRETCH=0 holds the budget as set, whatever the load
    held = load_package(mini_package, _settings(tmp_path / "held", workers=1, file_timeout_s=0.01, file_timeout_stretch=False))
    assert all(ErrorCode.timed_out in [e.code for e in f.document.errors] for f in held.files)


def test_a_worker_reads_under_the_budget_the_pool_stretched(monkeypatch):
    """The pool's clock and the reader's own page clock agree: a worker (spawned, with its own reading
    of the load) is handed the budget this process stretched when the file started, held as is."""
    import assistant.package.ingest as ingest
    from extractors.options import ReadOptions

    monkeypatch.setattr(ingest, "stretched", lambda seconds: seconds * 3)
    job = ingest.ParseJob(Path("a.pdf"), "a.pdf", ReadOptions(timeout_s=10))
    started = ingest._as_started(job, 10)
    assert (started.options.timeout_s, started.options.timeout_stretch) == (30, False)
    assert started.options.ocr == job.options.ocr and started.path == job.path
    held = ingest.ParseJob(Path("a.pdf"), "a.pdf", ReadOptions(timeout_s=10, timeout_stretch=False))
    assert ingest._as_started(held, 10).options.timeout_s == 10


def test_missing_package_is_a_run_error(tmp_path):
    with pytest.raises(ShenbaoError):
        load_package(tmp_path / "nope", _settings(tmp_path))


def test_issue_vanished_file_error_is_not_cached(tmp_path, mini_package):
    # Found when the eval packages were regenerated during a run: a file hashed, then gone before
    # its worker read it, was cached as "corrupt" and stayed unreadable after it came back.
    from assistant.package.cache import DocumentCache
    from assistant.package.ingest import ParseJob, parse_files

    settings = _settings(tmp_path)
    path = mini_package / "02 申报书.docx"
    data = path.read_bytes()
    job = ParseJob(path, path.name, settings.read_options())
    cache = DocumentCache(settings.cache_dir)

    import extractors.reader as reader

    real_read = reader.read_file

    def read_after_vanish(p, display_path=None, options=None):
        p.unlink()
        try:
            return real_read(p, display_path, options)
        finally:
            p.write_bytes(data)

    import assistant.package.ingest as ingest

    ingest.read_file = read_after_vanish
    try:
        first = parse_files([job], cache, workers=0)
    finally:
        ingest.read_file = real_read
    assert first[0].document.errors and first[0].document.errors[0].code == ErrorCode.corrupt
    second = parse_files([job], cache, workers=0)
    assert not second[0].cached and not second[0].document.errors


def test_a_module_this_installation_lacks_fails_the_read_but_is_not_cached(tmp_path, mini_package, monkeypatch):
    """A venv without a reader's module (zhconv) read every file as broken, and the cache kept them
    so after the module was installed: such a failure is the installation's, said so, never cached."""
    import extractors.reader as reader

    def missing(*_args, **_kwargs):
        raise ModuleNotFoundError("No module named 'zhconv'", name="zhconv")

    real = reader._dispatch
    monkeypatch.setattr(reader, "_dispatch", missing)
    broken = load_package(mini_package, _settings(tmp_path, workers=0))
    assert all([e.code for e in f.document.errors] == [ErrorCode.internal] for f in broken.files)
    monkeypatch.setattr(reader, "_dispatch", real)
    again = load_package(mini_package, _settings(tmp_path, workers=0))
    assert not any(e.code == ErrorCode.internal for f in again.files for e in f.document.errors)
    assert not any(f.cached for f in again.files)  # nothing of the broken run was kept


class _GbkName(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):  # zipfile would write UTF-8 and set the flag
        return self.filename.encode("gbk"), self.flag_bits


def _gbk_zip(archive: Path, members: dict[str, bytes]) -> None:
    """As Windows' built-in compressor writes it: GBK names, no UTF-8 flag."""
    with zipfile.ZipFile(archive, "w") as zf:
        for name, data in members.items():
            zf.writestr(_GbkName(name, date_time=(2024, 5, 1, 0, 0, 0)), data)


def test_a_zip_inside_the_package_is_unpacked_and_its_files_named_under_it(tmp_path, mini_package):
    package_root = tmp_path / "pkg"
    package_root.mkdir()
    audit = mini_package / "证明材料" / "scan0001.pdf"
    form = mini_package / "附件2 申报表（示例）.docx"
    (package_root / form.name).write_bytes(form.read_bytes())
    inner = tmp_path / "inner.zip"
    _gbk_zip(inner, {"说明.pdf": audit.read_bytes()})
    _gbk_zip(package_root / "证明材料.zip", {"01 财务/审计报告.pdf": audit.read_bytes(), "02 其他/更多.zip": inner.read_bytes(),
                                          "__MACOSX/01 财务/._审计报告.pdf": b"\x00\x05\x16\x07"})
    (package_root / "损坏.zip").write_bytes(b"PK\x03\x04 not really")

    package = load_package(package_root, _settings(tmp_path))
    roles = _roles(package)
    assert roles == {
        "附件2 申报表（示例）.docx": FileRole.application_form,
        "证明材料.zip/01 财务/审计报告.pdf": FileRole.audit_report,
        "证明材料.zip/02 其他/更多.zip/说明.pdf": FileRole.audit_report,
        "损坏.zip": FileRole.unreadable,  # stays a member: its parse says why
    }
    nested = package.location("证明材料.zip/01 财务/审计报告.pdf")
    assert nested.read_bytes() == audit.read_bytes() and nested.is_relative_to(tmp_path / "ws")
    assert package.location("附件2 申报表（示例）.docx") == package_root / form.name
    member = package.file("证明材料.zip/01 财务/审计报告.pdf")
    assert member.document.pages[0].text.strip()
    cited = Citation(file=member.path, page=1, quote="", doc_id=member.document.id)
    assert Thumbnailer(package, tmp_path / "thumbs").png(cited).startswith(b"\x89PNG")  # the page is found


def test_a_stamped_scan_of_the_form_is_the_forms_scan_though_its_rows_name_every_proof():
    """h49: the 申报表's scan, OCR'd, names 规划, 实施方案, 专利, 荣誉, 设备, 截图 in its rows — more cues of
    other kinds than of its own — and was filed as a proof, so 「缺少盖章扫描版」 was raised falsely."""
    from fakes.documents import document

    from assistant.package.classify import classify

    pages = [["上海市工业互联网平台应用水平评价", "申报表", "申报年度：2024年度", "申报单位：某某科技有限公司（公章）"],
             ["1.1.2 规划制定", "是，《某某公司“十四五”发展战略规划》", "《上海市制造业数字化转型实施方案》",
              "1.2.2 平台核心软硬件技术获得的专利数量（项） 39", "软件著作权 64 证书复印件",
              "获奖 省部级及以上荣誉 4 获奖证书", "连接的工业设备 18426 设备接入清单 平台截图 数据看板 在线 实时"]]
    scan = document("附件2 申报表（盖章扫描版）.pdf", pages)
    scan = scan.model_copy(update={"pages": tuple(p.model_copy(update={"source": "ocr"}) for p in scan.pages)})
    assert classify(scan).role == FileRole.application_form_scan
    # h27: a scanned letter correcting the 申报表 names it in its title only — a proof, not the form's scan
    letter = document("补正材料/更正说明（盖章）.pdf", [["关于申报表部分数据的更正说明", "平台基本情况 研发投入强度由10.71%更正为10.56%",
                                                      *pages[1][:4]]])
    letter = letter.model_copy(update={"pages": tuple(p.model_copy(update={"source": "ocr"}) for p in letter.pages)})
    assert classify(letter).role == FileRole.other_evidence


def test_a_photographed_page_of_the_notes_is_a_statement_not_a_screenshot():
    """h12: 「3-2 审计报告分部信息页（拍照）.jpg」, the notes' 分部报告 photographed alone, was filed as a
    screenshot (every page an image), so its platform segment's revenue was never read as a statement."""
    from fakes.documents import document

    from assistant.package.classify import classify

    photo = document("佐证材料/3-2 分部信息页（拍照）.jpg", [[
        "欧冶工业品股份有限公司", "2023年度财务报表附注", "十五、分部报告", "1. 报告分部的财务信息（单位：人民币元)",
        "项目", "欧贝平台分部", "工业品销售分部", "对外交易收入", "150,862,218.60"]])
    photo = photo.model_copy(update={"format": "image", "pages": tuple(
        p.model_copy(update={"source": "ocr"}) for p in photo.pages)})
    assert classify(photo).role == FileRole.financial_statement
    # a console's screenshot stays one
    console = document("截图/运营看板.png", [["平台运营看板", "接入设备 12,480 台", "在线 9,320"]])
    console = console.model_copy(update={"format": "image", "pages": tuple(
        p.model_copy(update={"source": "ocr"}) for p in console.pages)})
    assert classify(console).role == FileRole.screenshot



def test_a_scanned_statistics_table_is_a_proof_not_a_screenshot():
    """h82: 「3.5_杀手锏APP月度收入统计表（盖章）.pdf」, one stamped scanned page 「杀手锏APP月度收入统计表（近一年）…
    制表：财务部」, was filed as a screenshot (every page an image), so its figures were a screenshot's; a scanned
    console titled 「设备运行统计表」 that says it is a 看板 stays one."""
    from fakes.documents import document

    from assistant.package.classify import classify

    def scanned(name, lines):
        doc = document(name, [lines])
        return doc.model_copy(update={"pages": tuple(p.model_copy(update={"source": "ocr"}) for p in doc.pages)})

    table = scanned("3_证明材料/3.5_杀手锏APP月度收入统计表（盖章）.pdf", [
        "杀手锏APP月度收入统计表（近一年）", "统计区间：2023年1月—2023年12月 单位：元", "月份", "收入（元）",
        "2023年1月", "352,800.00", "月均", "386,300.00", "制表：财务部 审核：平台运营部"])
    assert classify(table).role != FileRole.screenshot
    console = scanned("3_证明材料/3.3_设备运行统计.pdf", ["设备运行统计表", "平台运营看板", "接入设备 12,480 台", "在线 9,320"])
    assert classify(console).role == FileRole.screenshot


def test_a_scanned_certificate_of_paper_is_a_proof_not_a_screenshot():
    """h83: 「佐证5 社保缴费证明.pdf」, one stamped scanned page titled 「上海市社会保险参保缴费情况证明（单位新增参保人员）」
    with its table of months, was filed as a screenshot (every page an image), so its 合计 214 against the 320 declared
    was a screenshot's difference; a scan of a console titled as an 说明 that shows a 看板 stays a screenshot."""
    from fakes.documents import document

    from assistant.package.classify import classify

    def scanned(name, lines):
        doc = document(name, [lines])
        return doc.model_copy(update={"pages": tuple(p.model_copy(update={"source": "ocr"}) for p in doc.pages)})

    proof = scanned("附件3 佐证材料/佐证5 社保缴费证明.pdf", [
        "上海市社会保险参保缴费情况证明（单位新增参保人员）", "单位名称：示例（上海）产业互联网有限公司", "缴费月份",
        "新增参保人数（人）", "2023年7月", "14", "合计", "214", "上海市社会保险事业管理中心（业务专用章）"])
    assert classify(proof).role != FileRole.screenshot
    console = scanned("附件3 佐证材料/佐证3 运行情况说明.pdf", ["设备运行情况说明", "平台运营看板", "接入设备 12,480 台"])
    assert classify(console).role == FileRole.screenshot
