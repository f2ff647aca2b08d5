"""Masking of the login the 申报表 gives for 平台网址 (账号/密码): never shown, exported or logged.

The notice asks applicants to write a working account and password next to the URL ("请务必提供
一个可以登录查看平台运行情况的账号和密码"). Reviewers need the URL, not the secret in every report.
Masking is by the labels that introduce a credential, in Chinese and English.
"""

from __future__ import annotations

import re

MASK_CHAR = "*"

_CREDENTIAL = re.compile(
    r"(?P<label>(?:登录|测试|体验|评审)?(?:账号|帐号|账户|帐户|用户名|登录名|密码|口令|验证码)"
    r"|\b(?:user(?:name)?|account|login|password|passwd|pwd)\b)"
    r"(?P<sep>\s*(?:[:：=]|为|是)\s*)"
    r"(?P<secret>[^\s，,；;。、（）()【】\[\]]+)",
    re.IGNORECASE,
)


def redact_secrets(text: str) -> str:
    """Mask each credential with as many `*` as it has characters, so every span into the text
    (citations, chunks, blocks) stays valid on the masked text."""
    return _CREDENTIAL.sub(lambda m: f"{m.group('label')}{m.group('sep')}{MASK_CHAR * len(m.group('secret'))}", text)


def secrets_in(text: str) -> list[str]:
    """The credential values themselves (for tests and for scrubbing an index)."""
    return [m.group("secret") for m in _CREDENTIAL.finditer(text)]
