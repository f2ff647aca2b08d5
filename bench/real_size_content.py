"""What the real-size benchmark package is made of: deterministic Chinese prose, and the pictures a
real package carries (stamped contract and report scans, photographed certificates, screenshots
of varying density, photo-only pages), each returned with the exact text lines drawn on it.

The drawn lines are the OCR reference of `bench/bench_ocr.py` (seal text is not a reference: the
OCR pipeline paints red seals white on purpose). Reuses the eval-set generator's font, seal and
dashboard drawing; must not know what shenbao reads from these files. Deterministic for one seed.
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from eval_sets.generator.fonts import pil_font
from eval_sets.generator.raster import Kpi, dashboard, jpeg, seal

DPI = 150  # a typical office scanner setting; A4 is 1240×1754 pixels
A4 = (round(8.27 * DPI), round(11.69 * DPI))
INK = (30, 30, 34)
PAPER = (248, 247, 243)

_SUBJECTS = ("平台", "系统", "数据中台", "边缘网关", "设备管理模块", "运维团队", "工业APP", "算法模型库",
             "生产执行系统", "质量追溯模块", "能耗监测子系统", "安全防护体系", "接口服务层", "项目组")
_VERBS = ("实现了", "支撑了", "完成了", "持续优化了", "统一管理", "集中展示了", "按需调度", "有效提升了",
          "逐步完善了", "自动采集", "实时监测", "闭环管理")
_OBJECTS = ("多源异构数据的接入与治理", "生产过程的可视化监控", "设备全生命周期管理", "工艺参数的在线调优",
            "订单与排产的协同", "供应链上下游的信息共享", "能耗指标的分项计量", "质量问题的快速定位",
            "运维工单的派发与跟踪", "模型训练与部署的标准流程", "安全事件的分级响应", "客户需求的快速交付")
_TAILS = ("，相关功能已在多家客户现场稳定运行。", "，形成了可复制推广的实施方法。", "，显著降低了人工巡检工作量。",
          "，为后续规模化推广奠定了基础。", "，并通过了客户的阶段性验收。", "，相关制度已纳入公司质量管理体系。",
          "，关键指标按月纳入运营考核。", "，做到问题可追溯、责任可落实。")
_CLAUSES = ("甲方应按照本合同约定的时间和方式支付合同价款", "乙方应按照双方确认的需求规格说明书完成平台部署",
            "双方应对在履行本合同过程中知悉的对方商业秘密承担保密义务", "项目验收以双方签字确认的验收报告为准",
            "因不可抗力导致本合同无法履行的双方互不承担违约责任", "乙方应提供自验收之日起十二个月的免费运维服务",
            "本合同未尽事宜由双方另行协商并签订补充协议", "任何一方违反本合同约定的应赔偿由此给对方造成的损失",
            "乙方交付的软件应符合国家相关标准及行业规范要求", "甲方应为乙方现场实施人员提供必要的工作条件")


def sentence(rng: random.Random) -> str:
    return rng.choice(_SUBJECTS) + rng.choice(_VERBS) + rng.choice(_OBJECTS) + rng.choice(_TAILS)


def paragraph(rng: random.Random, sentences: int) -> str:
    return "".join(sentence(rng) for _ in range(sentences))


@dataclass
class Scan:
    """One picture and the lines of text drawn on it (top to bottom, left to right)."""

    image: Image.Image
    lines: list[str] = field(default_factory=list)


class Sheet:
    """A paper page being written: text lines placed top to bottom, the lines remembered."""

    def __init__(self, size=A4, background=PAPER):
        self.image = Image.new("RGB", size, background)
        self.draw = ImageDraw.Draw(self.image)
        self.lines: list[str] = []
        self.y = 150
        self.margin = 140

    def text(self, text: str, size: int = 26, *, center=False, gap=16, x: int | None = None) -> None:
        font = pil_font(size)
        width = self.draw.textlength(text, font=font)
        left = (self.image.width - width) / 2 if center else (self.margin if x is None else x)
        self.draw.text((left, self.y), text, font=font, fill=INK)
        self.lines.append(text)
        self.y += size + gap

    def wrapped(self, text: str, size: int = 26, gap: int = 14, indent: bool = True) -> None:
        per_line = int((self.image.width - 2 * self.margin) / size)
        first = True
        while text:
            room = per_line - (2 if first and indent else 0)
            chunk, text = text[:room], text[room:]
            self.text(chunk, size, gap=gap, x=self.margin + (2 * size if first and indent else 0))
            first = False

    def table(self, rows: list[list[str]], widths: list[int], size: int = 22) -> None:
        font = pil_font(size)
        for row in rows:
            height = size + 22
            x = self.margin
            for cell, width in zip(row, widths, strict=True):
                self.draw.rectangle((x, self.y, x + width, self.y + height), outline=INK, width=2)
                self.draw.text((x + 10, self.y + 10), cell, font=font, fill=INK)
                x += width
            self.lines.extend(cell for cell in row if cell)
            self.y += height
        self.y += 20

    def stamp(self, company: str, at: tuple[int, int], diameter: int = 230) -> None:
        picture = seal(company, diameter)
        self.image.paste(picture, at, picture)

    def scanned(self, rng: random.Random, skew: float = 0.4) -> Scan:
        """As a flatbed scanner returns it: a slight skew, a soft edge, some speckle."""
        angle = rng.uniform(-skew, skew)
        img = self.image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=PAPER)
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        return Scan(_speckle(img, rng, 0.0006), list(self.lines))


def _speckle(img: Image.Image, rng: random.Random, share: float) -> Image.Image:
    pixels = np.asarray(img).copy()
    gen = np.random.default_rng(rng.randrange(1 << 30))
    mask = gen.random(pixels.shape[:2]) < share
    pixels[mask] = gen.integers(60, 140, size=(int(mask.sum()), 1), dtype=np.uint8)
    return Image.fromarray(pixels)


def contract_pages(rng: random.Random, title: str, parties: tuple[str, str], pages: int) -> list[Scan]:
    """A service contract: dense clauses on every page, both parties' seals on the last."""
    scans = []
    clause = 1
    for number in range(1, pages + 1):
        sheet = Sheet()
        if number == 1:
            sheet.text(title, 40, center=True, gap=40)
            sheet.text(f"合同编号：HT-2023-{rng.randrange(1000, 9999)}", 24, gap=18)
            sheet.text(f"甲方（委托方）：{parties[0]}", 26, gap=14)
            sheet.text(f"乙方（服务方）：{parties[1]}", 26, gap=28)
        while sheet.y < A4[1] - 330:
            sheet.wrapped(f"第{clause}条 {rng.choice(_CLAUSES)}。{paragraph(rng, 2)}", 24, gap=12)
            clause += 1
        if number == pages:
            sheet.text(f"甲方（盖章）：{parties[0]}", 24, gap=60)
            sheet.text(f"乙方（盖章）：{parties[1]}", 24, gap=18)
            sheet.stamp(parties[0], (300, A4[1] - 320))
            sheet.stamp(parties[1], (760, A4[1] - 300))
        sheet.text(f"第 {number} 页 共 {pages} 页", 20, center=True, x=None)
        scans.append(sheet.scanned(rng))
    return scans


def report_pages(rng: random.Random, title: str, company: str, pages: int) -> list[Scan]:
    """A third-party test report: headings, prose and result tables; page 2 left blank on purpose."""
    scans = []
    for number in range(1, pages + 1):
        sheet = Sheet()
        if number == 2:  # the blank back of the cover, as duplex scanners deliver it
            scans.append(Scan(_speckle(sheet.image, rng, 0.0002), []))
            continue
        if number == 1:
            sheet.y = 420
            sheet.text(title, 44, center=True, gap=60)
            sheet.text(f"被测单位：{company}", 30, center=True, gap=30)
            sheet.text(f"报告编号：DJCP-{rng.randrange(100000, 999999)}-2023", 28, center=True, gap=30)
            sheet.text("测评机构：上海信测网络安全技术服务中心", 28, center=True, gap=30)
            sheet.stamp("上海信测网络安全技术服务中心", (500, 1180))
        else:
            sheet.text(f"{number - 2}. 测评项目与结果", 30, gap=20)
            sheet.wrapped(paragraph(rng, 4), 24)
            rows = [["序号", "测评项", "测评结果", "符合情况"]]
            rows += [[str(k), rng.choice(_OBJECTS)[:12], rng.choice(("符合", "部分符合", "符合")),
                      rng.choice(("已整改", "无问题", "持续跟踪"))] for k in range(1, 9)]
            sheet.table(rows, [90, 480, 200, 190])
            sheet.wrapped(paragraph(rng, 3), 24)
        scans.append(sheet.scanned(rng))
    return scans


def letter_pages(rng: random.Random, customer: str, company: str, platform: str) -> list[Scan]:
    """A customer's 用户使用报告: two pages of prose, signed and stamped by the customer."""
    first = Sheet()
    first.text("用户使用报告", 40, center=True, gap=36)
    first.wrapped(f"我单位自2022年起使用{company}提供的{platform}，主要应用情况如下：", 26)
    for _ in range(4):
        first.wrapped(paragraph(rng, 3), 26)
    second = Sheet()
    for _ in range(3):
        second.wrapped(paragraph(rng, 3), 26)
    second.wrapped("特此证明。", 26, gap=120)
    second.text(f"用户单位（盖章）：{customer}", 26, gap=30)
    second.text("2024 年 6 月 28 日", 26)
    second.stamp(customer, (620, second.y - 260))
    return [first.scanned(rng), second.scanned(rng)]


def certificate(rng: random.Random, kind: str, name: str, owner: str, number: str) -> Sheet:
    sheet = Sheet(background=(252, 250, 240))
    sheet.draw.rectangle((60, 60, A4[0] - 60, A4[1] - 60), outline=(160, 120, 40), width=12)
    sheet.y = 300
    sheet.text("中华人民共和国国家版权局" if kind == "软著" else "中华人民共和国国家知识产权局", 34, center=True, gap=30)
    sheet.text("计算机软件著作权登记证书" if kind == "软著" else "发明专利证书", 52, center=True, gap=80)
    sheet.text(f"证书号：{number}", 28, gap=30)
    sheet.text(f"{'软件名称' if kind == '软著' else '发明名称'}：{name}", 28, gap=30)
    sheet.text(f"{'著作权人' if kind == '软著' else '专利权人'}：{owner}", 28, gap=30)
    sheet.text(f"登记日期：{2019 + rng.randrange(5)}年{rng.randrange(1, 13)}月{rng.randrange(1, 28)}日", 28, gap=30)
    sheet.wrapped("经审查，上述" + ("软件经登记，特发此证。" if kind == "软著" else "发明已获得专利权，特发此证。"), 28)
    sheet.stamp("国家知识产权局" if kind != "软著" else "中华人民共和国国家版权局", (760, 1250), 260)
    return sheet


def photographed(sheet: Sheet, rng: random.Random) -> Scan:
    """A certificate photographed on a desk with a phone: perspective, uneven light, JPEG softness."""
    src = np.asarray(sheet.image)
    h, w = src.shape[:2]
    out_w, out_h = 1600, 1200 if rng.random() < 0.3 else 2000
    out_w, out_h = (1500, 2000) if out_h == 2000 else (2000, 1500)
    scale = min(out_w / w, out_h / h) * 0.82
    cx, cy = out_w / 2, out_h / 2
    jitter = lambda: rng.uniform(-0.035, 0.035) * out_w  # noqa: E731
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    target = np.float32([[cx - w * scale / 2 + jitter(), cy - h * scale / 2 + jitter()],
                         [cx + w * scale / 2 + jitter(), cy - h * scale / 2 + jitter()],
                         [cx + w * scale / 2 + jitter(), cy + h * scale / 2 + jitter()],
                         [cx - w * scale / 2 + jitter(), cy + h * scale / 2 + jitter()]])
    matrix = cv2.getPerspectiveTransform(corners, target)
    desk = (96 + rng.randrange(30), 72 + rng.randrange(20), 50 + rng.randrange(20))
    warped = cv2.warpPerspective(src, matrix, (out_w, out_h), borderValue=desk)
    xs = np.linspace(0.78, 1.05, out_w)[None, :]
    ys = np.linspace(1.0, 0.86, out_h)[:, None]
    light = (xs * ys)[:, :, None] if rng.random() < 0.5 else (xs[:, ::-1] * ys)[:, :, None]
    lit = np.clip(warped.astype(np.float32) * light, 0, 255).astype(np.uint8)
    img = Image.fromarray(lit).filter(ImageFilter.GaussianBlur(0.8))
    return Scan(img, list(sheet.lines))


def dense_screenshot(rng: random.Random, title: str, rows: int) -> Scan:
    """A system screenshot listing records: the denser, the smaller the type."""
    width, height = 1440, 900
    img = Image.new("RGB", (width, height), (243, 246, 250))
    draw = ImageDraw.Draw(img)
    lines = [title]
    draw.rectangle((0, 0, width, 64), fill=(32, 86, 160))
    draw.text((30, 14), title, font=pil_font(30), fill=(255, 255, 255))
    size = 22 if rows <= 12 else 17
    step = (height - 140) // rows
    headers = ["设备编号", "设备名称", "接入时间", "状态", "所属企业"]
    cols = [30, 230, 560, 860, 1000]
    for header, x in zip(headers, cols, strict=True):
        draw.text((x, 86), header, font=pil_font(size), fill=(60, 60, 70))
    lines += headers
    for k in range(rows):
        y = 120 + k * step
        if k % 2:
            draw.rectangle((20, y - 4, width - 20, y + step - 6), fill=(232, 238, 246))
        cells = [f"EQ-{rng.randrange(100000, 999999)}", rng.choice(("数控机床", "注塑机", "空压机", "冷水机组",
                 "工业机器人", "AGV小车", "智能电表")), f"2023-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                 rng.choice(("在线", "离线", "在线")), rng.choice(("华兴电子", "申达机械", "浦江材料", "金桥汽配"))]
        for cell, x in zip(cells, cols, strict=True):
            draw.text((x, y), cell, font=pil_font(size), fill=(40, 40, 48))
        lines += cells
    return Scan(img, lines)


def kpi_screenshot(title: str, kpis: list[tuple[str, str, str]]) -> Scan:
    png = dashboard(title, [Kpi(*k) for k in kpis], "2024-06-30 10:00")
    lines = [title, "数据更新时间：2024-06-30 10:00"]
    for label, value, unit in kpis:
        lines += [label, value, unit]
    return Scan(Image.open(io.BytesIO(png)).convert("RGB"), lines)


def photo_page(rng: random.Random) -> Scan:
    """A photo of a workshop with no text at all (a 现场照片 page)."""
    img = Image.new("RGB", A4, (200, 200, 200))
    draw = ImageDraw.Draw(img)
    for _ in range(40):
        x0, y0 = rng.randrange(A4[0]), rng.randrange(A4[1])
        colour = tuple(rng.randrange(40, 220) for _ in range(3))
        draw.rectangle((x0, y0, x0 + rng.randrange(80, 500), y0 + rng.randrange(80, 400)), fill=colour)
    return Scan(_speckle(img.filter(ImageFilter.GaussianBlur(6)), rng, 0.01), [])


def as_jpeg(scan: Scan, quality: int = 80) -> bytes:
    return jpeg(scan.image, quality)
