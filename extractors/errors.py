"""Per-file failures: one exception type carrying a typed `FileError`, and the bilingual messages.

Readers raise `ReadError` when a file cannot be read at all; `extractors.read_file` turns it into
a `Document` whose `errors` holds the `FileError`. Nothing else escapes a reader: an unexpected
exception from a third-party parser is wrapped as `corrupt` with its type name, never a traceback.
"""

from __future__ import annotations

from extractors.model import ErrorCode, FileError

_MESSAGES: dict[ErrorCode, tuple[str, str]] = {
    ErrorCode.encrypted: (
        "文件已加密，需要密码才能打开（可用 --password 文件名=密码 提供）",
        "file is encrypted; supply a password with --password FILE=PW",
    ),
    ErrorCode.wrong_password: ("提供的密码不正确，无法解密文件", "the supplied password is wrong"),
    ErrorCode.corrupt: ("文件已损坏或格式不正确，无法解析", "file is corrupt or malformed"),
    ErrorCode.legacy_format: (
        "旧版 Office 格式（.doc/.xls/.wps）未能读取，请另存为 .docx/.xlsx 后重新提交",
        "legacy Office file could not be read; save it as .docx/.xlsx and resubmit",
    ),
    ErrorCode.unsupported_type: ("不支持的文件类型", "unsupported file type"),
    ErrorCode.too_large: ("文件超过大小上限", "file exceeds the size limit"),
    ErrorCode.too_many_pages: ("页数超过上限，仅处理了前面的页", "page count exceeds the limit"),
    ErrorCode.image_too_large: ("图片像素超过上限（疑似解压炸弹）", "image exceeds the pixel limit"),
    ErrorCode.archive_unsafe: ("压缩包存在不安全条目，已跳过", "unsafe archive entry skipped"),
    ErrorCode.timed_out: ("处理超时，已跳过该文件", "processing timed out"),
    ErrorCode.empty_file: ("文件为空", "file is empty"),
    ErrorCode.no_text: ("未能从文件中读出任何文字", "no text could be read from the file"),
    ErrorCode.ocr_failed: ("文字识别（OCR）失败", "OCR failed"),
    ErrorCode.page_failed: ("该页无法解析，已跳过", "page could not be parsed"),
    ErrorCode.render_failed: ("无法渲染页面（页码将不可用）", "rendering failed; no page numbers"),
    ErrorCode.internal: ("本机程序环境出错（非文件问题），请联系管理员后重试", "internal error of this installation"),
}


def file_error(
    code: ErrorCode, detail: str = "", *, page_number: int | None = None, fatal: bool = True
) -> FileError:
    zh, en = _MESSAGES[code]
    if detail:
        zh, en = f"{zh}：{detail}", f"{en}: {detail}"
    return FileError(code=code, message_zh=zh, message_en=en, page_number=page_number, fatal=fatal)


class ReadError(Exception):
    """A file cannot be read; carries the typed error for the result."""

    def __init__(self, code: ErrorCode, detail: str = "", *, page_number: int | None = None):
        self.error = file_error(code, detail, page_number=page_number)
        super().__init__(self.error.message_en)
