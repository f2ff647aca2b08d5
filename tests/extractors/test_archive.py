"""Zip packages: names as the tools that made them wrote them (UTF-8 with or without the flag,
GBK from Windows, CP437), hostile members skipped and reported, nothing outside the target."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from extractors.archive import ArchiveLimits, member_name, member_names, unpack_zip
from extractors.model import ErrorCode


def _zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members:
            archive.writestr(name, data)
    return path


def test_normal_members_extracted_with_utf8_names(tmp_path):
    archive = _zip(tmp_path / "pkg.zip", [("附件2 申报表.docx", b"x"), ("证明材料/审计报告.pdf", b"y")])
    result = unpack_zip(archive, tmp_path / "out")
    assert result.files == ("证明材料/审计报告.pdf", "附件2 申报表.docx")
    assert (tmp_path / "out" / "证明材料" / "审计报告.pdf").read_bytes() == b"y"
    assert result.skipped == ()


def test_traversal_absolute_and_symlink_members_are_skipped(tmp_path):
    link = zipfile.ZipInfo("link.pdf")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    archive = _zip(
        tmp_path / "evil.zip",
        [("../escape.txt", b"a"), ("/etc/evil.txt", b"b"), ("C:/win.txt", b"c"), (link, b"/etc/passwd"),
         ("ok.txt", b"fine")],
    )
    result = unpack_zip(archive, tmp_path / "out")
    assert result.files == ("ok.txt",)
    assert {code.code for _, code in result.skipped} == {ErrorCode.archive_unsafe}
    assert len(result.skipped) == 4
    assert not (tmp_path / "escape.txt").exists()
    assert not any(p.is_symlink() for p in (tmp_path / "out").rglob("*"))


def test_gbk_names_from_windows_zip_tools_are_decoded(tmp_path):
    info = zipfile.ZipInfo("placeholder")
    gbk = "附件4 汇总表.xlsx".encode("gb18030")
    info.filename = gbk.decode("cp437")  # what Python shows for a non-UTF-8 name
    info.flag_bits = 0
    assert member_name(info) == "附件4 汇总表.xlsx"


def _raw_names_zip(path: Path, names: list[bytes]) -> Path:
    """A zip whose names are these bytes with the UTF-8 flag unset, as Linux `zip`, macOS and
    Windows tools write them (Python's zipfile would flag a non-ASCII name): written with ASCII
    placeholders of the same length, then the name bytes swapped in (offsets stay valid)."""
    placeholders = [f"{index:02d}".encode() + b"_" * (len(raw) - 2) for index, raw in enumerate(names)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, placeholder in enumerate(placeholders):
            archive.writestr(placeholder.decode(), f"content {index}".encode())
    data = path.read_bytes()
    for placeholder, raw in zip(placeholders, names, strict=True):
        assert data.count(placeholder) == 2  # local header and central directory
        data = data.replace(placeholder, raw)
    path.write_bytes(data)
    return path


PACKAGE_NAMES = ["华谊申报材料/附件2-申报表-华谊.docx", "华谊申报材料/附件3-1-2023年度专项审计报告.pdf",
                 "华谊申报材料/附件4-平台基本情况汇总表.xlsx"]


def test_unflagged_utf8_names_from_linux_and_macos_zips_are_read_as_utf8(tmp_path):
    """Issue 16: `zip -r` on Linux and macOS write UTF-8 without the flag; read as GB18030 they
    came out as 闄勪欢2 and ΘÖäΣ╗╢2 in citations, the file table and the 来源 column."""
    archive = _raw_names_zip(tmp_path / "linux.zip", [n.encode("utf-8") for n in PACKAGE_NAMES])
    with zipfile.ZipFile(archive) as opened:
        assert not any(info.flag_bits & 0x800 for info in opened.infolist())
        assert member_names(opened.infolist()) == PACKAGE_NAMES
        assert [member_name(info) for info in opened.infolist()] == PACKAGE_NAMES
    result = unpack_zip(archive, tmp_path / "out")
    assert result.files == tuple(sorted(PACKAGE_NAMES)) and result.skipped == ()
    assert (tmp_path / "out" / PACKAGE_NAMES[0]).read_bytes() == b"content 0"


def test_unflagged_gbk_names_from_windows_zips_are_read_as_gb18030(tmp_path):
    archive = _raw_names_zip(tmp_path / "windows.zip", [n.encode("gbk") for n in PACKAGE_NAMES])
    assert unpack_zip(archive, tmp_path / "out").files == tuple(sorted(PACKAGE_NAMES))


def test_cp437_names_stay_cp437(tmp_path):
    """Western names in the zip format's default code page must not turn into rare hanzi:
    "Übersicht Ärger.pdf" decodes as GB18030 too, into 歜ersicht 巖ger.pdf."""
    names = ["Übersicht Ärger.pdf", "Größe.xlsx", "Résumé.docx"]
    archive = _raw_names_zip(tmp_path / "dos.zip", [n.encode("cp437") for n in names])
    assert unpack_zip(archive, tmp_path / "out").files == tuple(sorted(names))


def test_flagged_names_and_a_rare_hanzi_among_common_ones(tmp_path):
    """A company name with a character outside GB2312 (堃) is still read as GB18030 when the
    archive's names read as Chinese."""
    names = ["上海堃喆科技有限公司/附件2 申报表.docx", "上海堃喆科技有限公司/附件5 承诺书.pdf"]
    archive = _raw_names_zip(tmp_path / "rare.zip", [n.encode("gb18030") for n in names])
    assert unpack_zip(archive, tmp_path / "out").files == tuple(sorted(names))
    flagged = _zip(tmp_path / "flagged.zip", [("附件2 申报表.docx", b"x")])
    assert unpack_zip(flagged, tmp_path / "flagged").files == ("附件2 申报表.docx",)


def test_unpacking_again_leaves_no_file_of_an_earlier_unpack(tmp_path):
    """A workspace that unpacked a zip with garbled names before must not keep them next to the
    right ones (the package would list every file twice)."""
    archive = _raw_names_zip(tmp_path / "linux.zip", [n.encode("utf-8") for n in PACKAGE_NAMES])
    out = tmp_path / "out"
    garbled = out / PACKAGE_NAMES[0].encode("utf-8").decode("cp437")
    garbled.parent.mkdir(parents=True)
    garbled.write_bytes(b"old")
    unpack_zip(archive, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == sorted(PACKAGE_NAMES)


def test_bomb_and_entry_limits(tmp_path):
    archive = _zip(tmp_path / "bomb.zip", [("zeros.bin", b"\0" * 5_000_000), ("a.txt", b"a"), ("b.txt", b"b")])
    result = unpack_zip(archive, tmp_path / "out", ArchiveLimits(max_entries=2))
    assert result.files == ("a.txt",)
    codes = [e.code for _, e in result.skipped]
    assert ErrorCode.archive_unsafe in codes  # the ratio guard caught the zeros and the entry cap
    assert len(result.skipped) == 2


def test_total_size_limit(tmp_path):
    data = bytes(range(256)) * 4000  # ~1 MB, incompressible enough to pass the ratio guard
    archive = _zip(tmp_path / "big.zip", [("one.bin", data), ("two.bin", data)])
    result = unpack_zip(archive, tmp_path / "out", ArchiveLimits(max_total_bytes=1_500_000, max_ratio=10_000))
    assert result.files == ("one.bin",)
    assert result.skipped[0][1].code == ErrorCode.too_large
