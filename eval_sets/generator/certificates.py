"""The platform's certificates and awards: patent, 软著 and 省部级 award lists.

Owns the invented certificate rows (one per certificate, so counting rows gives the number the
applicant should declare) and award rows, drawn from the package's seeded RNG. Must not render.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from eval_sets.generator.profiles import Profile


@dataclass
class Certificate:
    kind: str  # 发明专利 | 实用新型 | 软件著作权
    name: str
    number: str
    date: str


@dataclass
class Award:
    name: str
    level: str
    date: str
    issuer: str


_PATENT_STEMS = (
    "一种基于{i}设备运行数据的故障预警方法", "一种{i}设备远程监测终端", "一种面向{i}场景的边缘数据采集网关",
    "一种{i}生产过程能耗优化方法及系统", "一种基于数字孪生的{i}设备健康评估方法", "一种{i}工业数据多源融合存储方法",
    "一种{i}设备工况识别装置", "一种基于机器学习的{i}质量预测方法", "一种{i}工业APP微服务编排方法",
    "一种{i}设备振动信号降噪装置", "一种{i}供应链协同调度方法", "一种{i}工业协议自适应解析方法",
)
_SOFT_STEMS = (
    "{s}设备接入管理系统", "{s}数据中台软件", "{s}工业APP开发平台", "{s}设备健康管理软件",
    "{s}能耗分析系统", "{s}边缘计算网关软件", "{s}可视化大屏系统", "{s}工单管理软件",
    "{s}工业模型管理平台", "{s}安全审计系统", "{s}移动运维APP", "{s}开发者门户系统",
)


def certificates(profile: Profile, rng: random.Random) -> tuple[list[Certificate], list[Certificate]]:
    patents = []
    for k in range(rng.randint(9, 24)):
        year = rng.choice((2019, 2020, 2021, 2022, 2023))
        kind = "发明专利" if rng.random() < 0.55 else "实用新型"
        stem = _PATENT_STEMS[k % len(_PATENT_STEMS)].format(i=profile.industry)
        name = stem if k < len(_PATENT_STEMS) else f"{stem}（改进型{k // len(_PATENT_STEMS)}）"
        digit = "1" if kind == "发明专利" else "2"
        patents.append(Certificate(kind, name, f"ZL{year}{digit}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}",
                                   f"{year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    softs = []
    for k in range(rng.randint(10, 30)):
        year = rng.choice((2019, 2020, 2021, 2022, 2023))
        stem = _SOFT_STEMS[k % len(_SOFT_STEMS)].format(s=profile.short)
        version = f"V{1 + k // len(_SOFT_STEMS)}.{rng.randint(0, 5)}"
        softs.append(Certificate("软件著作权", f"{stem}{version}", f"{year}SR{rng.randint(100000, 1999999):07d}",
                                 f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    patents.sort(key=lambda c: c.date)
    softs.sort(key=lambda c: c.date)
    return patents, softs


_AWARDS = (
    ("{y}年上海市工业互联网创新应用标杆", "省部级", "上海市经济和信息化委员会"),
    ("{y}年工业互联网平台创新领航应用案例", "国家级", "工业和信息化部"),
    ("{y}年上海市科技进步奖三等奖", "省部级", "上海市人民政府"),
    ("{y}年工业互联网试点示范项目", "国家级", "工业和信息化部"),
    ("{y}年上海市专精特新“小巨人”数字化标杆", "省部级", "上海市经济和信息化委员会"),
    ("{y}年上海市软件和信息技术服务业高质量发展专项优秀案例", "省部级", "上海市经济和信息化委员会"),
    ("{y}年中国工业互联网大赛优秀奖", "国家级", "工业和信息化部"),
    ("{y}年上海市数字化转型优秀解决方案", "省部级", "上海市经济和信息化委员会"),
)


def awards(profile: Profile, rng: random.Random) -> list[Award]:
    count = rng.randint(3, 7)
    picks = rng.sample(range(len(_AWARDS)), count)
    awards = []
    for k in sorted(picks):
        year = rng.choice((2021, 2022, 2023))
        name, level, issuer = _AWARDS[k]
        awards.append(Award(name.format(y=year), level, f"{year}-{rng.randint(3, 12):02d}", issuer))
    return awards
