"""Truth assembly: facts, problems, PackageTruth JSON."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[4]))  # the repository
from eval_sets.truth import PackageTruth, dump_truth  # noqa: E402

from .forms import summary_rows  # noqa: E402


class Facts:
    def __init__(self):
        self.items = []

    def add(self, label, value, unit, normalized, file, page, quote=None, row_label="", column_label="",
            component="", image_only=False):
        self.items.append(dict(label=label, value=value, unit=unit, normalized=normalized, file=file, page=page,
                               quote=quote if quote is not None else value, row_label=row_label,
                               column_label=column_label, component=component, image_only=image_only))


def write_truth(P, root, files, layout, facts, problems, description):
    pid = P["pid"]
    probs = []
    for k, (fam, fields, pfiles, sev, desc) in enumerate(problems, start=1):
        probs.append(dict(id=f"{pid}-{k:02d}-{fam}", family=fam, fields=fields, files=pfiles, severity=sev,
                          description=desc))
    t = dict(schema_version=1, package_id=pid, description=description, path=f"packages/{pid}", delivery="folder",
             platform=dict(list_no=P["list_no"], listed_name=P["listed_name"], company=P["company"],
                           declared_name=P["declared_name"], participated_2023=P["participated"]),
             layout=layout, files=files, secrets=[P["pf"]["密码"]], summary_rows=summary_rows(P),
             evidence_facts=facts.items, problems=probs)
    truth = PackageTruth.model_validate(t)
    out = Path(root) / "truth" / f"{pid}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dump_truth(truth), encoding="utf-8")
    return truth
