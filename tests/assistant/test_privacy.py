"""Credentials of 平台网址 are masked everywhere, with spans left valid."""

from __future__ import annotations

import pytest

from assistant.core.privacy import redact_secrets, secrets_in


@pytest.mark.parametrize("text,secret", [
    ("https://iip.example.com 账号：demo_user　密码：Abc@12345", "Abc@12345"),
    ("登录账号: review01 ，登录密码: Pj#03300x", "Pj#03300x"),
    ("username=alice password=s3cr3t!", "s3cr3t!"),
    ("测试帐号为 guest；口令为 654321。", "654321"),
])
def test_masked_same_length(text, secret):
    masked = redact_secrets(text)
    assert secret not in masked and len(masked) == len(text)
    assert secret in secrets_in(text)


def test_text_without_credentials_is_unchanged():
    text = "平台网址：https://iip.example.com（现场演示时提供账号）"
    assert redact_secrets(text) == text


def test_ingest_json_masks_the_sample_login(shared_workspace):
    import json

    from tests_paths import SAMPLE

    from assistant.core.settings import Settings
    from assistant.package.loader import load_package
    from assistant.reports.ingest_report import ingest_json
    from eval_sets.truth import TRUTH_DIR, load_truth

    payload = ingest_json(load_package(SAMPLE, Settings(workspace=shared_workspace)))
    for secret in load_truth(TRUTH_DIR / "sample_package.json").secrets:
        assert secret not in payload
    data = json.loads(payload)
    for document in data["documents"]:
        for page in document["document"]["pages"]:
            for block in page["blocks"]:
                start, end = block["span"]["start"], block["span"]["end"]
                assert page["text"][start:end] == block["text"]
