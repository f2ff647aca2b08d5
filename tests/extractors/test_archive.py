"""Zip packages: hostile members are skipped and reported, nothing lands outside the target."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from extractors.archive import ArchiveLimits, member_name, unpack_zip
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
