"""Shared defaults of the four platforms and the truth writer."""

from __future__ import annotations

import json
from pathlib import Path

from . import common as C
from .model import Spec, rows

HERE = Path(__file__).resolve().parent


def derive(bd, n):
    """A breakdown of n with the same keys, proportional to bd."""
    keys = [k for k, _ in bd]
    return list(zip(keys, C.split(n, [v for _, v in bd])))


def fact(label, value, unit, normalized, file, page, quote, row_label="", column_label="", component="",
         image_only=False):
    return {"label": label, "value": value, "unit": unit, "normalized": normalized, "file": file, "page": page,
            "quote": quote, "row_label": row_label, "column_label": column_label, "component": component,
            "image_only": image_only}


def write_truth(s: Spec, files: dict, facts: list, problems: list, root: Path, out_dir: Path) -> None:
    vals = rows(s)
    summary = [{"label": k, "value": v, "normalized": n} for k, (v, n) in vals.items()]
    truth = {
        "schema_version": 1,
        "package_id": s.package_id,
        "description": s.description,
        "path": f"eval_sets/blind/h70/packages/{s.package_id}",
        "delivery": "folder",
        "platform": {"list_no": s.list_no, "listed_name": s.listed_name, "company": s.company,
                     "declared_name": s.listed_name, "participated_2023": s.p2023},
        "layout": s.layout,
        "files": dict(sorted(files.items())),
        "secrets": [s.secret],
        "summary_rows": summary,
        "evidence_facts": facts,
        "problems": problems,
    }
    from eval_sets.truth import PackageTruth, dump_truth

    model = PackageTruth.model_validate(truth)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{s.package_id}.json").write_text(dump_truth(model), encoding="utf-8")


def problem(pid, n, family, fields, files, severity, description):
    return {"id": f"{pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files,
            "severity": severity, "description": description}


def char_len(text: str) -> int:
    return len([c for c in text if not c.isspace()])


def check_limits(s: Spec) -> None:
    s.texts["降低成本"] = (f"三个案例中，用户设备运维成本平均下降{s.om_down:.2f}%，设备能耗平均下降{s.energy_down:.2f}%，"
                         "备件库存平均下降15%。")
    s.texts["定位"] = s.texts["定位"].replace("行业级工业互联网平台", s.nature)
    t = s.texts
    assert char_len(t["定位"]) <= 50, t["定位"]
    assert char_len(t["介绍"]) <= 500 and char_len(t["成效"]) <= 500
    for item in t["政策"].split("；"):
        assert char_len(item) <= 52, item
    for k in ("其他资源", "数据价值", "跨平台"):
        assert char_len(t[k]) <= 200, k
    for k in ("新技术", "贡献支撑", "新模式"):
        assert char_len(t[k]) <= 300, k


def audit_consistency(s: Spec, expect_broken: set[str]) -> None:
    """Every breakdown/sum rule; those named in expect_broken must fail, all others must hold."""
    from .model import APPENDIX_A, APPENDIX_B, APPENDIX_C, APPENDIX_D, APPENDIX_E, APPENDIX_F, total

    def is_country(k):
        return any("A" <= ch <= "Z" for ch in k)

    checks = {
        "dev_cat_sum": total(s.dev_cat) == s.dev_total,
        "dev_reg_sum": total(s.dev_reg) == s.dev_total,
        "pub_cat_sum": total(s.pub_cat) == s.pub_total,
        "pub_reg_sum": total(s.pub_reg) == s.pub_total,
        "run_cat_sum": total(s.run_cat) == s.run_total,
        "run_reg_sum": total(s.run_reg) == s.run_total,
        "overseas_sum": total(s.overseas) == s.overseas_total,
        "overseas_in_reg": sum(v for k, v in s.dev_reg if is_country(k)) == total(s.overseas),
        "app_cat_sum": total(s.app_cat) == s.app_total,
        "app_ind_sum": total(s.app_ind) == s.app_total,
        "dau_ind_sum": total(s.pub_app_dau_ind) == total(s.pub_app_dau_cat),
        "ent_ind_sum": total(s.ent_ind) == s.ent_total,
        "ent_reg_sum": total(s.ent_reg) == s.ent_total,
        "sol_sum": total(s.solutions) == s.sol_total,
        "dev_cat_names": all(k in APPENDIX_A for k, _ in s.dev_cat + s.pub_cat + s.run_cat),
        "app_cat_names": all(k in APPENDIX_B for k, _ in s.app_cat + s.pub_app_dau_cat),
        "app_ind_names": all(k in APPENDIX_C for k, _ in s.app_ind + s.pub_app_dau_ind),
        "ent_ind_names": all(k in APPENDIX_C for k, _ in s.ent_ind),
        "model_names": all(k in APPENDIX_D for k, _ in s.model_cat),
        "sol_names": all(k in APPENDIX_E for k, _ in s.solutions),
        "reg_names": all(k in APPENDIX_F or is_country(k) for k, _ in s.dev_reg + s.pub_reg + s.run_reg + s.ent_reg),
    }
    # subsets and plain rules, never broken in this set
    plain = [
        s.pub_total <= s.dev_total, s.run_total <= s.pub_total, s.overseas_total <= s.dev_total,
        s.app_total <= s.sw_total, s.pub_app <= s.app_total, total(s.pub_app_dau_cat) <= s.pub_app,
        s.app_mau <= s.app_total, s.active_models <= total(s.model_cat), s.active_ms <= s.microservices,
        s.active_devs <= s.developers, s.ent_total <= s.reg_users, s.paying <= s.ent_total, s.sme <= s.ent_total,
        dict(s.ent_reg)["上海"] <= s.ent_total, s.killer_subs <= s.app_subs, s.pub_servers <= s.cloud_servers,
        s.storage_data <= s.storage_cap, s.pub_data <= s.storage_data,
    ]
    assert all(plain), plain
    broken = {k for k, ok in checks.items() if not ok}
    assert broken == expect_broken, (s.package_id, broken, expect_broken)


def base_kwargs() -> dict:
    return dict(
        company_type="有限责任公司", build_mode="自建", op_mode="自运营", iaas="自建", deploy=["边缘侧", "私有云", "公有云"],
        speed="秒级（单TB设备时序数据聚合分析约2.8秒）", speed_level="秒级", listed=False,
    )
