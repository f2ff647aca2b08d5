"""Building the one review of a package: its declarations read, its 附件4 rows pre-filled, then the
evidence and the checks the caller passes in (so this module stays free of adapters and of the
readers' and rules' modules).
"""

from __future__ import annotations

from assistant.catalog.notice import Catalog, load_catalog
from assistant.forms.prefill import prefill, read_declarations
from assistant.package.model import Package
from assistant.review.model import Review


def build_review(package: Package, catalog: Catalog | None = None, *, evidence=None, checks=None) -> Review:
    """`evidence(review) -> list[EvidenceValue]` and `checks(review) -> list[Finding]` are passed
    in by the caller (the CLI wires the default ones), so this module stays free of adapters."""
    catalog = catalog or load_catalog()
    declarations = read_declarations(package, catalog)
    review = Review(package=package, catalog=catalog, declarations=declarations,
                    rows=prefill(package, declarations, catalog))
    if evidence is not None:
        review.evidence = list(evidence(review))
    if checks is not None:
        review.findings = list(checks(review))
    return review
