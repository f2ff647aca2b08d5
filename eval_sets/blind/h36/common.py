"""Shared pieces of the package specs: the fact recorder and a standard basic block."""

from __future__ import annotations


class Facts(list):
    def add(self, label, value, unit, norm, file, page, quote, row_label="", column_label="", component="",
            image_only=False):
        self.append(dict(label=label, value=value, unit=unit, normalized=norm, file=file, page=page, quote=quote,
                         row_label=row_label, column_label=column_label, component=component, image_only=image_only))


def basic(P, nature, period, amount, years_value, years_norm, build, operate, deploy):
    c = P["contact"]
    return {
        "序号": (str(P["list_no"]), P["list_no"]), "企业名称": (P["company"],) * 2, "平台名称": (P["declared_name"],) * 2,
        "平台性质": (nature,) * 2, "联系人姓名": (c["name"],) * 2, "联系人手机号": (c["phone"],) * 2,
        "联系人电子邮箱": (c["email"],) * 2, "评审会现场地址信息": (c["address"],) * 2, "平台网址": (c["url"],) * 2,
        "建设时间": (period,) * 2, "平台建设金额（万元）": (f"{amount:.2f}", amount),
        "平台近三年经营指标情况": (years_value, years_norm), "平台建设方式": (build,) * 2, "平台运营模式": (operate,) * 2,
        "部署方式": (deploy,) * 2,
    }


def problem(pid, n, family, fields, files, severity, description):
    return {"id": f"{pid}-{n:02d}-{family}", "family": family, "fields": fields, "files": files,
            "severity": severity, "description": description}
