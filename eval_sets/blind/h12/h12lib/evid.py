"""Reusable evidence pieces: IP tables, dashboards, certificates."""
import random

from PIL import Image, ImageDraw

from . import imaging as I

PAT_WORDS = ["电机", "设备", "运维", "能效", "振动", "故障", "数据", "采购", "供应链", "质量", "检测", "追溯", "仓储", "预测",
             "调度", "边缘", "网关", "模型", "图谱", "标识"]


def patent_rows(company, n, seed, start_year=2019):
    rng = random.Random(seed)
    rows = []
    for k in range(n):
        a, b = rng.sample(PAT_WORDS, 2)
        typ = "发明专利" if rng.random() < 0.6 else "实用新型"
        rows.append([f"一种基于{a}数据的{b}方法及系统" if typ == "发明专利" else f"一种{a}{b}装置", typ,
                     f"ZL{start_year + k % 5}{rng.randint(1, 2)}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}",
                     f"{start_year + 1 + k % 5}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", company])
    return rows


def software_rows(company, n, seed, prefix):
    rng = random.Random(seed)
    kinds = ["管理系统", "监测平台", "分析软件", "服务平台", "配置工具", "移动端APP", "数据中台", "网关软件", "门户系统", "调度系统"]
    words = ["设备", "运维", "能效", "工单", "备件", "质检", "采购", "订单", "供应商", "仓储", "物流", "报表", "告警", "模型",
             "开发者", "接口"]
    out, seen = [], set()
    while len(out) < n:
        nm = f"{prefix}{rng.choice(words)}{rng.choice(kinds)}V{rng.randint(1, 3)}.0"
        if nm in seen:
            continue
        seen.add(nm)
        y = 2018 + len(out) % 6
        out.append([nm, f"{y}SR{rng.randint(100000, 999999):07d}", f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    company])
    return out


def dashboard(path, title, cards, stamp_text, theme=((245, 247, 250), (255, 255, 255), (30, 100, 200)), size=(1600, 900)):
    W_, H_ = size
    bg, card, accent = theme
    im = Image.new("RGB", (W_, H_), bg)
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W_, 64], fill=accent)
    d.text((28, 16), title, font=I.font(28), fill=(255, 255, 255))
    d.text((W_ - 380, 22), stamp_text, font=I.font(18), fill=(230, 235, 245))
    for k, (lab, val) in enumerate(cards):
        x = 36 + (k % 3) * 515
        y = 100 + (k // 3) * 190
        d.rounded_rectangle([x, y, x + 490, y + 165], 10, outline=(210, 215, 225), width=2, fill=card)
        d.text((x + 22, y + 18), lab, font=I.font(24), fill=(90, 100, 120))
        d.text((x + 22, y + 66), val, font=I.font(60), fill=accent)
    return im


def certificate(title, lines, issuer, date, seed):
    W_, H_ = 1600, 1130
    im = Image.new("RGB", (W_, H_), (250, 246, 232))
    d = ImageDraw.Draw(im)
    d.rectangle([40, 40, W_ - 40, H_ - 40], outline=(180, 140, 60), width=14)
    d.rectangle([70, 70, W_ - 70, H_ - 70], outline=(200, 160, 80), width=3)
    f = I.font(86, "serifb")
    tw = d.textlength(title, font=f)
    d.text(((W_ - tw) / 2, 150), title, font=f, fill=(170, 30, 30))
    y = 340
    for ln in lines:
        fl = I.font(44, "serifb")
        tw = d.textlength(ln, font=fl)
        d.text(((W_ - tw) / 2, y), ln, font=fl, fill=(40, 40, 40))
        y += 90
    d.text((980, 860), issuer, font=I.font(38, "serifb"), fill=(40, 40, 40))
    d.text((1050, 930), date, font=I.font(36, "serifb"), fill=(40, 40, 40))
    s = I.seal(300, issuer, seed=seed)
    return I.stamp(im, s, (1040, 760), angle=-6)
