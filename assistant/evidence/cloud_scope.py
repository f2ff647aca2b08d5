"""A public cloud's bill or console → its servers and its data are the platform's public-cloud part (h69).

「公有云资源账单（2024年6月）」 states 「在用云服务器实例合计：96台」 and 「对象存储已用容量：204.50TB」: captions that,
read alone, name 平台实际用云量 and 存储工业数据量. A document whose name or title says it is of the public cloud
(公有云) counts only what runs there: its servers are 平台公有云实际使用数量 and its stored data 公有云数据总量,
each with the reason why. A document that names 私有云 or 混合云 as well is of several clouds and is left as read.

Must not: read figures (the readers do) or move a figure that already names its cloud.
"""

from __future__ import annotations

import re

from assistant.catalog.notice import Catalog
from assistant.core.evidence import EvidenceValue
from extractors.model import Document

_PUBLIC = re.compile(r"公有云")
_OTHER_CLOUDS = re.compile(r"私有云|混合云|专有云|本地部署|自建机房|IDC")
_MOVED = {"cloud_servers_used": "cloud_servers_public", "stored_industrial_data": "public_cloud_data"}


def _title(document: Document) -> str:
    name = document.path.rsplit("/", 1)[-1]
    first = next((line.strip() for page in document.pages[:1] for line in page.text.splitlines() if line.strip()
                  and not re.fullmatch(r"[-—\s\d]+", line.strip())), "")
    return f"{name}\n{first}"


def public_cloud_scope(document: Document, values: list[EvidenceValue], catalog: Catalog) -> list[EvidenceValue]:
    if not any(v.field_id in _MOVED for v in values):
        return values
    title = _title(document)
    if not _PUBLIC.search(title) or _OTHER_CLOUDS.search(title + "\n" + "\n".join(p.text for p in document.pages)):
        return values
    out = []
    for value in values:
        target = _MOVED.get(value.field_id)
        if target is None or value.component or not any(f.id == target for f in catalog.fields):
            out.append(value)
            continue
        spec = catalog.field(target)
        out.append(value.model_copy(update={
            "field_id": target, "label": spec.label,
            "reasons": (*value.reasons, f"文件为公有云的账单或资源记录（“{title.splitlines()[0]}”），按公有云口径记录")}))
    return out
