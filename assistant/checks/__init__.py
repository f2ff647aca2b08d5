"""The checks of the notice's rules: a registry of rules, each a function of a `Review`.

A rule module registers its functions with `@rule(...)`; `run_checks` runs every registered rule
and never lets one broken rule sink the others (its exception becomes an `info` finding naming
the rule). `rule_catalog()` lists the rules with their Chinese titles, which the README's rule
table is generated from. Rules are pure: no I/O, no adapters.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from assistant.core.findings import Finding, Severity, sort_findings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RuleSpec:
    id: str  # "<family>.<name>"
    title: str  # Chinese, one line
    severity: Severity  # the usual severity of its findings
    basis: str  # the clause of the notice it enforces
    function: Callable

    @property
    def family(self) -> str:
        return self.id.split(".", 1)[0]


_REGISTRY: dict[str, RuleSpec] = {}


def rule(rule_id: str, title: str, severity: Severity, basis: str):
    def register(function: Callable[..., Iterable[Finding]]):
        if rule_id in _REGISTRY:
            raise ValueError(f"rule {rule_id} registered twice")
        _REGISTRY[rule_id] = RuleSpec(rule_id, title, severity, basis, function)
        return function

    return register


def _load_rule_modules() -> None:
    # Imported for their registrations; each module owns one group of the notice's rules.
    import importlib
    import pkgutil

    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("rules_"):
            importlib.import_module(f"{__name__}.{module.name}")


def rule_catalog() -> list[RuleSpec]:
    _load_rule_modules()
    return sorted(_REGISTRY.values(), key=lambda r: r.id)


def run_rule(rule_id: str, review) -> list[Finding]:
    """One rule's findings, through the severity policy, as `run_checks` reports them."""
    from assistant.checks.severity import apply_policy

    specs = {spec.id: spec for spec in rule_catalog()}
    return [apply_policy(f) for f in specs[rule_id].function(review)]


def run_checks(review) -> list[Finding]:
    """Every registered rule's findings, each through the severity policy (one place)."""
    from assistant.checks.severity import apply_policy

    findings: list[Finding] = []
    for spec in rule_catalog():
        try:
            findings.extend(apply_policy(f) for f in spec.function(review))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not hide the others
            log.exception("rule %s failed", spec.id)
            findings.append(Finding(rule=f"internal.{spec.id}", severity="info", fields=(),
                                    message=f"检查规则 {spec.id} 执行失败（{type(exc).__name__}），结果可能不完整"))
    return sort_findings(findings)
