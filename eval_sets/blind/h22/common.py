"""Shared helpers for the h22 holdout set: fonts, number formatting, DOCX/XLSX/PDF writers,
scans, seals, the 申报表 structure, 附件4 rows.  Everything deterministic."""
from __future__ import annotations

import io
import json
import math
import random
import zipfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import ImageReader

from eval_sets.generator.fonts import DRAWING_FONT, noto, require_font

# Fonts found by name (fontconfig, else the XDG font folders), never by a path of one machine;
# a missing font stops the build with FontMissing, naming the Debian package to install.
WQY = str(require_font(DRAWING_FONT))
NOTO_SANS = str(noto("Noto Sans CJK SC", "NotoSansCJK-Regular.ttc"))
NOTO_SERIF = str(noto("Noto Serif CJK SC:style=Bold", "NotoSerifCJK-Bold.ttc"))
pdfmetrics.registerFont(TTFont("WQY", WQY, subfontIndex=0))
pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
SONG = "STSong-Light"
HEI = "WQY"

FIXED_DT = (2024, 7, 16, 9, 30, 0)

# ---------------------------------------------------------------- 附件4 labels (notice order)
A4_LABELS = ['序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息', '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式', '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）', '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）', '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）', '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）', '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）', '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）', '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）', '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）', '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）', '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）', '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）', '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）', '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）', '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）', '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）', '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评', '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）', '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）', '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）', '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量', '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）', '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）', '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）', '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力', '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）', '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）']

# ---------------------------------------------------------------- 指标明细表 (附件2 三) rows
# (一级, 二级, 三级, 内容 as printed in the notice, key) ; key = 附件4 label or "T:<text key>"
L1A, L1B, L1C = "一、平台基础情况（25%）", "二、平台关键技术能力（35%）", "三、平台效益及可持续发展能力（40%）"
DETAIL = [
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "平台定位是否明确", "T:定位"),
    (L1A, "1.1 战略定位及规划", "1.1.1 战略定位", "是否符合国家/地方相关政策方向，是否符合行业/产业发展现状与趋势", "T:政策"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台是否被纳入企业战略规划中", "T:战略规划"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "是否制定了平台专项规划", "T:专项规划"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "平台团队总人数（人）", "平台团队总人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：运维人数（人）", "运维人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "运营人数（人）", "运营人数（人）"),
    (L1A, "1.1 战略定位及规划", "1.1.2 规划制定", "其中：有相关技术职称/从业资格的人数（人）", "有相关技术职称/从业资格的人数（人）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入（万元）", "平台相关研发投入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.1 创新投入情况", "平台相关研发投入强度（%）", "平台相关研发投入强度（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台相关营业收入（万元）", "平台相关营业收入（万元）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "平台利润率（%）", "平台利润率（%）"),
    (L1A, "1.2 资金投入与经营情况", "1.2.2 经营情况", "付费用户占比（%）", "付费用户占比（%）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "连接的工业设备/产品/产线种类及数量（台/套）", "连接的工业设备/产品/产线种类及数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计工业设备数量（台/套）", "按二级分类统计工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计工业设备数量（台/套）", "按省市区域统计工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备连接数量（台/套）", "公有云工业设备连接数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备数量（台/套）", "按二级分类统计公有云工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备数量（台/套）", "按省市区域统计公有云工业设备数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：公有云工业设备平均日运行数量（台/套）", "公有云工业设备平均日运行数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按二级分类统计公有云工业设备平均日运行数量（台/套）", "按二级分类统计公有云工业设备平均日运行数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "按省市区域统计公有云工业设备平均日运行数量（台/套）", "按省市区域统计公有云工业设备平均日运行数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：海外设备连接数量（台/套）", "海外设备连接数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其中：按海外国家分类统计海外设备连接数量", "按海外国家分类统计海外设备连接数量（台/套）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "工业协议兼容适配数量（个）", "工业协议兼容适配数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.1 工业设备连接/汇聚能力", "其他资源汇聚情况", "T:其他资源"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业软件总量（个）", "工业软件总量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP数量（个）", "工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：基于平台开发的工业APP数量（个）", "基于平台开发的工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "云化工业软件数量（个）", "云化工业软件数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按分类统计工业APP数量（个）", "按分类统计工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "按行业统计工业APP数量（个）", "按行业统计工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "工业APP平均月活跃数量（个）", "工业APP平均月活跃数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：杀手锏APP数量（个）", "杀手锏APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "公有云杀手锏APP平均日在线用户数（个）", "公有云杀手锏APP平均日在线用户数（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP日活次数（次）", "杀手锏APP日活次数（次）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "杀手锏APP月平均收入（万元）", "杀手锏APP月平均收入（万元）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP数量（个）", "公有云工业APP数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：公有云工业APP平均日活跃数量（个）", "公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按分类统计公有云工业APP平均日活跃数量（个）", "按分类统计公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.1 资源汇聚与配置", "2.1.2 工业软件/APP", "其中：按行业统计公有云工业APP平均日活跃数量（个）", "按行业统计公有云工业APP平均日活跃数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "边缘数据处理能力", "T:边缘"),
    (L1B, "2.2 数据管理与挖掘", "2.2.1 数据采集", "其他数据采集能力", "T:其他采集"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "是否支持可拓展云计算能力", "T:可拓展"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "云化服务器算力", "T:算力"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台实际用云量（台）", "平台实际用云量（台）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "平台公有云实际使用数量（台）", "平台公有云实际使用数量（台）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储容量（TB）", "存储容量（TB）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储工业数据量（TB）", "存储工业数据量（TB）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "公有云数据总量（TB）", "公有云数据总量（TB）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "存储资源利用率（%）", "存储资源利用率（%）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.2 数据处理（存储计算能力）", "数据基础管理能力", "T:数据管理"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "工业机理模型数量（个）", "工业机理模型数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "其中：活跃机理模型数量（一周调用5次以上）（个）", "活跃机理模型数量（一周调用5次以上）（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "核心工业模型平均月调用用户数量（个）", "核心工业模型平均月调用用户数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "按分类统计工业模型数量（个）", "按分类统计工业模型数量（个）"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "是否提供通用建模分析算法", "T:通用建模"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "智能分析算法类型", "T:算法类型"),
    (L1B, "2.2 数据管理与挖掘", "2.2.3 数据建模和分析", "数据分析平台均速度（每TB分级/秒级/毫秒级）", "数据分析平台均速度（每TB分级/秒级/毫秒级）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "微服务数量（个）", "微服务数量（个）"),
    (L1B, "2.3 微服务部署与调用", "2.3.1 平台微服务情况", "其中：活跃微服务数量（一周调用5次以上）（个）", "活跃微服务数量（一周调用5次以上）（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "是否建立开发者社区及相关功能", "T:开发者社区"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "开发者注册总数（个）", "开发者注册总数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.1 平台开发者数量", "其中：活跃开发者数（个）", "活跃开发者数（个）"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台支持开发语言类型", "T:语言"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发框架", "T:框架"),
    (L1B, "2.4 平台开发与使用", "2.4.2 应用开发服务能力", "平台应用开发工具", "T:工具"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "是否针对平台制定了安全管理相关制度", "T:安全制度"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "建立的安全制度保护了平台的哪些方面", "T:保护方面"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期开展第三方安全测试/测评", "T:第三方测评"),
    (L1B, "2.5 安全体系", "2.5.1 安全制度建设", "有否定期进行安全扫描", "T:安全扫描"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "采用何种安全技术情况", "T:安全技术"),
    (L1B, "2.5 安全体系", "2.5.2 安全技术保障", "核心数据安全保护手段", "T:数据保护"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "注册企业用户数（个）", "注册企业用户数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：实际服务企业数（个）", "实际服务企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按行业统计服务企业数（个）", "按行业统计服务企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "按省市区域统计服务企业数（个）", "按省市区域统计服务企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：付费企业数（个）", "付费企业数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务本市企业数量（个）", "服务本市企业数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：服务中小企业数量（个）", "服务中小企业数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台订单数量（个），填写近一年总量", "平台订单数量(近一年总量)（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台交易规模年增长率（%）", "平台交易规模年增长率（%）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总数量（个）", "工业APP订阅总数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：杀手锏工业APP订阅数量（个）", "杀手锏工业APP订阅数量（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "工业APP订阅总金额（万元）", "工业APP订阅总金额（万元）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台连接工业设备利用率（%）", "平台连接工业设备利用率（%）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台国产化率（%）", "平台国产化率（%）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台是否服务上海智能工厂，数量", "平台是否服务上海智能工厂，数量"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台服务园区总数（个）", "平台服务园区总数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "平台提供的解决方案总数（个）", "平台提供的解决方案总数（个）"),
    (L1C, "3.1 平台应用", "3.1.1 平台应用规模", "其中：按新模式统计解决方案数量（个）", "按新模式统计解决方案数量（个）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "投资回报率（%）", "投资回报率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "企业已上市或已获得VC/PE投资", "T:上市"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "关键技术自主可控", "T:自主可控"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户新增效益", "T:新增效益"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "解决方案累计对企业/用户降低成本", "T:降低成本"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备运维成本平均下降率（%）", "平台连接工业设备运维成本平均下降率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备能耗平均下降率（%）", "平台连接工业设备能耗平均下降率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台连接工业设备安全生产持续时间平均提升率（%）", "平台连接工业设备安全生产持续时间平均提升率（%）"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台数据价值挖掘应用能力", "T:数据价值"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "工业互联网平台+供应链协同应用情况", "T:供应链"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台有否与新技术的融合应用", "T:新技术"),
    (L1C, "3.1 平台应用", "3.1.2 平台应用价值", "平台现有特色指数（个）", "平台现有特色指数（个）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的专利数量（项）", "平台核心软硬件技术获得的专利数量（项）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台核心软硬件技术获得的软著数量（个）", "平台核心软硬件技术获得的软著数量（个）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否有自研形成的核心技术突破", "T:核心突破"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否具备碳管理服务能力", "T:碳管理"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台是否融合使用国家标识解析系统", "T:标识解析"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台牵头/参与标准制定情况（国家标准、行业标准）", "T:标准"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台获得省部级及以上奖项/荣誉数量（个）", "平台获得省部级及以上奖项/荣誉数量（个）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台建设与运营带动新增就业人数（人）", "平台建设与运营带动新增就业人数（人）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台社会贡献率（%）", "平台社会贡献率（%）"),
    (L1C, "3.1 平台应用", "3.1.3 平台带动成效", "平台对关键行业/领域、本市及其他重点区域等贡献及支撑", "T:贡献"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "是否建立供应链产业链开放共享机制", "T:开放机制"),
    (L1C, "3.2 平台生态建设", "3.2.1 平台开放", "平台开放共享数据的形式及数量", "平台开放共享数据的形式及数量"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "合作平台数量（个）", "合作平台数量（个）"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "跨平台调用功能建设情况", "T:跨平台"),
    (L1C, "3.2 平台生态建设", "3.2.2 平台生态", "新产业、新模式培育情况", "T:新模式"),
]

APPX_A = ["采矿设备", "化工设备", "冶炼设备", "电力设备", "建材设备", "动力设备", "仪器仪表", "机床", "机器人",
          "电工、电子设备", "轻工设备", "工程机械", "农林机械", "物流设备", "交通设备", "其他"]
APPX_B = ["安全生产", "节能减排", "质量管控", "供应链管理", "研发设计", "生产制造", "运营管理", "仓储物流", "运维服务"]
APPX_E = ["数字化管理", "平台化设计", "网络化协同", "智能化制造", "个性化定制", "服务化延伸"]


# ---------------------------------------------------------------- numbers
def n0(x) -> str:
    return f"{int(x):,}"


def f2(x) -> str:
    return f"{x:.2f}"


def c2(x) -> str:
    return f"{x:,.2f}"


def r2(x) -> float:
    return float(f"{x + (1e-9 if x >= 0 else -1e-9):.2f}")


def split(total: int, weights: list[float]) -> list[int]:
    """Split an integer total by weights; the parts always sum to total."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    parts = [int(math.floor(v)) for v in raw]
    rest = total - sum(parts)
    order = sorted(range(len(raw)), key=lambda i: -(raw[i] - parts[i]))
    for i in order[:rest]:
        parts[i] += 1
    return parts


def bd(keys, values) -> dict:
    return {k: int(v) for k, v in zip(keys, values)}


def bd_text(d: dict, sep="、") -> str:
    return sep.join(f"{k}：{v}" for k, v in d.items())


# ---------------------------------------------------------------- zip normalisation (DOCX / XLSX)
def normalize_zip(path: Path) -> None:
    data = Path(path).read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            body = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                import re as _re
                txt = body.decode("utf-8")
                txt = _re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2024-07-16T17:45:00Z\2", txt)
                txt = _re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2024-07-10T09:00:00Z\2", txt)
                body = txt.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, body)
    Path(path).write_bytes(out.getvalue())


# ---------------------------------------------------------------- DOCX helpers
def new_docx(font="宋体", size=10.5, landscape_=False):
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt, Mm
    from docx.enum.section import WD_ORIENT
    import datetime as dt
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    if landscape_:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    sec.left_margin = sec.right_margin = Mm(20)
    sec.top_margin = sec.bottom_margin = Mm(20)
    cp = doc.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.created = dt.datetime(2024, 7, 10, 9, 0, 0)
    cp.modified = dt.datetime(2024, 7, 16, 17, 45, 0)
    cp.revision = 3
    return doc


def docx_heading(doc, text, size=14, bold=True, center=False, font=None):
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if font:
        r.font.name = font
        r._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def docx_para(doc, text, size=None, indent=True, bold=False):
    from docx.shared import Pt
    p = doc.add_paragraph()
    r = p.add_run(("\u3000\u3000" if indent else "") + text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def docx_table(doc, rows, widths_mm=None, merges=(), size=9, bold_rows=(), style="Table Grid"):
    """rows: list of lists of str (same length). merges: (r0,c0,r1,c1) inclusive; the text of the
    top-left cell is kept."""
    from docx.shared import Pt, Mm
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        t.style = style
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            lines = str(val).split("\n")
            p = cell.paragraphs[0]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                run = p.add_run(line)
                run.font.size = Pt(size)
                if i in bold_rows:
                    run.bold = True
    for (r0, c0, r1, c1) in merges:
        keep = t.cell(r0, c0).text
        a = t.cell(r0, c0).merge(t.cell(r1, c1))
        # merge concatenates paragraphs; rebuild with the kept text only
        for p in a.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        a.paragraphs[0].text = ""
        for k, line in enumerate(keep.split("\n")):
            p = a.paragraphs[0] if k == 0 else a.add_paragraph()
            run = p.add_run(line)
            run.font.size = Pt(size)
    if widths_mm:
        for j, w in enumerate(widths_mm):
            for i in range(len(rows)):
                t.cell(i, j).width = Mm(w)
    return t


def docx_save(doc, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    normalize_zip(path)


def docx_text(path: Path) -> str:
    from docx import Document
    d = Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            for c in row.cells:
                parts.append(c.text)
    return "\n".join(parts)


# ---------------------------------------------------------------- XLSX helpers
def new_wb():
    from openpyxl import Workbook
    import datetime as dt
    wb = Workbook()
    wb.properties.creator = "Administrator"
    wb.properties.lastModifiedBy = "Administrator"
    wb.properties.created = dt.datetime(2024, 7, 10, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 7, 16, 17, 45, 0)
    return wb


def wb_save(wb, path: Path):
    import datetime as dt
    wb.properties.modified = dt.datetime(2024, 7, 16, 17, 45, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(str(path))
    normalize_zip(path)


# ---------------------------------------------------------------- PDF (reportlab canvas) helpers
class Pdf:
    """Thin canvas wrapper with running header/footer/watermark callbacks."""

    def __init__(self, path_or_buf, pagesize=A4, title="", header=None, footer=None, watermark=None):
        if isinstance(path_or_buf, (str, Path)):
            Path(path_or_buf).parent.mkdir(parents=True, exist_ok=True)
        self.c = rl_canvas.Canvas(path_or_buf, pagesize=pagesize, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.W, self.H = pagesize
        self.header, self.footer, self.watermark = header, footer, watermark
        self.page = 1
        self.total = None  # filled by caller if known

    def begin(self):
        if self.watermark:
            self.watermark(self)
        if self.header:
            self.header(self)

    def end_page(self):
        if self.footer:
            self.footer(self)
        self.c.showPage()
        self.page += 1

    def text(self, x, y, s, font=SONG, size=10, color=(0, 0, 0)):
        self.c.setFont(font, size)
        self.c.setFillColorRGB(*color)
        self.c.drawString(x, y, s)
        self.c.setFillColorRGB(0, 0, 0)

    def rtext(self, x, y, s, font=SONG, size=10):
        self.c.setFont(font, size)
        self.c.drawRightString(x, y, s)

    def ctext(self, x, y, s, font=SONG, size=10):
        self.c.setFont(font, size)
        self.c.drawCentredString(x, y, s)

    def wrap(self, x, y, s, width, font=SONG, size=10, leading=None, indent=True):
        """Draw CJK text wrapped at width; returns the new y."""
        leading = leading or size * 1.6
        lines = wrap_cjk(("\u3000\u3000" if indent else "") + s, width, font, size)
        for ln in lines:
            self.text(x, y, ln, font, size)
            y -= leading
        return y

    def save(self):
        self.c.save()


def wrap_cjk(s, width, font, size):
    lines, cur = [], ""
    for ch in s:
        if ch == "\n":
            lines.append(cur)
            cur = ""
            continue
        if pdfmetrics.stringWidth(cur + ch, font, size) > width:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def grid_table(pdf: Pdf, x, y, col_w, rows, font=SONG, size=9, row_h=16, lines=True, header_rows=1,
               align=None, wrap=True):
    """Draw a ruled (or unruled) table; cells wrap; returns y below table."""
    c = pdf.c
    align = align or ["l"] * len(col_w)
    for ri, row in enumerate(rows):
        cell_lines = []
        for ci, val in enumerate(row):
            w = col_w[ci] - 6
            cell_lines.append(wrap_cjk(str(val), w, font, size) if wrap else [str(val)])
        h = max(row_h, max(len(l) for l in cell_lines) * (size + 3) + 6)
        xx = x
        for ci, ls in enumerate(cell_lines):
            w = col_w[ci]
            if lines:
                c.setLineWidth(0.5)
                c.rect(xx, y - h, w, h)
            ty = y - 4 - size
            for ln in ls:
                f = HEI if (ri < header_rows and font == SONG) else font
                if align[ci] == "r" and ri >= header_rows:
                    pdf.rtext(xx + w - 3, ty, ln, f, size)
                elif align[ci] == "c" or ri < header_rows:
                    pdf.ctext(xx + w / 2, ty, ln, f, size)
                else:
                    pdf.text(xx + 3, ty, ln, f, size)
                ty -= size + 3
            xx += w
        y -= h
    return y


def watermark_text(text, size=44, gray=0.86, angle=35):
    def wm(pdf: Pdf):
        c = pdf.c
        c.saveState()
        c.setFillColorRGB(gray, gray, gray)
        c.setFont(HEI, size)
        c.translate(pdf.W / 2, pdf.H / 2)
        c.rotate(angle)
        c.drawCentredString(0, 60, text)
        c.drawCentredString(0, -180, text)
        c.restoreState()
    return wm


def seal_on_canvas(pdf: Pdf, cx, cy, r, text, alpha=0.55):
    """A vector red round seal drawn over whatever is beneath (text stays extractable)."""
    c = pdf.c
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.1, 0.1, alpha)
    c.setFillColorRGB(0.85, 0.1, 0.1, alpha)
    c.setLineWidth(2.2)
    c.circle(cx, cy, r)
    # star
    import math as m
    pts = []
    for k in range(10):
        rr = r * (0.28 if k % 2 == 0 else 0.11)
        a = m.pi / 2 + k * m.pi / 5
        pts.append((cx + rr * m.cos(a), cy + rr * m.sin(a)))
    p = c.beginPath()
    p.moveTo(*pts[0])
    for q in pts[1:]:
        p.lineTo(*q)
    p.close()
    c.drawPath(p, fill=1, stroke=0)
    c.restoreState()


# ---------------------------------------------------------------- raster: seals, scans, screenshots
def pil_font(size, serif=False):
    return ImageFont.truetype(NOTO_SERIF if serif else NOTO_SANS, size, index=2 if not serif else 2)


def pil_font_any(size):
    return ImageFont.truetype(WQY, size, index=0)


def draw_seal(img: Image.Image, cx, cy, r, text, seed=0):
    """Red round seal with text around the rim and a star, multiplied onto img (RGB)."""
    rng = random.Random(seed)
    layer = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(layer)
    w = max(3, r // 22)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=255, width=w)
    # star
    pts = []
    for k in range(10):
        rr = r * (0.30 if k % 2 == 0 else 0.12)
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    d.polygon(pts, fill=255)
    # rim text
    n = len(text)
    fs = max(10, int(r * 0.26))
    font = pil_font(fs)
    span = math.radians(250)
    start = -math.pi / 2 - span / 2
    for i, ch in enumerate(text):
        a = start + span * (i + 0.5) / n
        tx = cx + (r * 0.74) * math.cos(a)
        ty = cy + (r * 0.74) * math.sin(a)
        glyph = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(glyph).text((fs // 2, fs // 2), ch, fill=255, font=font)
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.paste(255, (int(tx - fs), int(ty - fs)), glyph)
    # uneven ink
    arr = np.array(layer, dtype=np.float32) / 255.0
    noise = np.random.default_rng(seed).uniform(0.55, 1.0, arr.shape)
    arr = arr * noise
    base = np.array(img.convert("RGB"), dtype=np.float32)
    red = np.array([200, 30, 35], dtype=np.float32)
    a = arr[..., None] * 0.85
    out = base * (1 - a) + red * a
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def rasterize_pdf(pdf_bytes: bytes, scale=2.0):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    imgs = []
    for i in range(len(doc)):
        imgs.append(doc[i].render(scale=scale).to_pil().convert("RGB"))
    return imgs


def scanify(img: Image.Image, seed: int, skew_max=1.5, keep_color=True):
    rng = random.Random(seed)
    img = img.convert("RGB")
    angle = rng.uniform(-skew_max, skew_max)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
    arr = np.array(img, dtype=np.float32)
    tone = np.array([246, 242, 230], dtype=np.float32) / 255.0
    arr = arr * tone
    noise = np.random.default_rng(seed).normal(0, 6, arr.shape[:2])[..., None]
    arr = arr + noise
    img = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if not keep_color:
        img = img.convert("L").convert("RGB")
    return img


def images_to_pdf(images, path: Path, pagesize=A4, quality=72):
    path.parent.mkdir(parents=True, exist_ok=True)
    c = rl_canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    c.setCreator("Scanner")
    for im in images:
        W, H = pagesize
        if im.width > im.height and W < H:
            W, H = H, W
            c.setPageSize((W, H))
        else:
            c.setPageSize((W, H))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=quality, optimize=False)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, W, H)
        c.showPage()
    c.save()


# ---------------------------------------------------------------- text of a PDF page
def pdf_page_texts(path: Path) -> list[str]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def dump_json(obj, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
