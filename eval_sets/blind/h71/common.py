"""Shared helpers of blind set h71: labels, value synthesis, PDF pages with printed page labels,
DOCX/XLSX writers with deterministic zips, scans with seals.

Written from the notice alone (沪经信软〔2024〕410号, 附件1–6, 附录A–F); nothing here is taken from
shenbao's code or generator.
"""

from __future__ import annotations

import io
import math
import random
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]  # /work/main
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw, ImageFilter  # noqa: E402
from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.utils import ImageReader  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (BaseDocTemplate, Frame, PageBreak, PageTemplate, Paragraph,  # noqa: E402
                                Spacer, Table, TableStyle)

from eval_sets.generator import fonts  # noqa: E402

FONT = fonts.register_pdf_font()

# ---------------------------------------------------------------- notice vocabularies

SUMMARY_LABELS = [
    '序号', '企业名称', '平台名称', '平台性质', '联系人姓名', '联系人手机号', '联系人电子邮箱', '评审会现场地址信息',
    '平台网址', '建设时间', '平台建设金额（万元）', '平台近三年经营指标情况', '平台建设方式', '平台运营模式', '部署方式',
    '平台团队总人数（人）', '运维人数（人）', '运营人数（人）', '有相关技术职称/从业资格的人数（人）',
    '平台相关研发投入（万元）', '平台相关研发投入强度（%）', '平台相关营业收入（万元）', '平台利润率（%）',
    '付费用户占比（%）', '连接的工业设备/产品/产线种类及数量（台/套）', '按二级分类统计工业设备数量（台/套）',
    '按省市区域统计工业设备数量（台/套）', '公有云工业设备连接数量（台/套）', '按二级分类统计公有云工业设备数量（台/套）',
    '按省市区域统计公有云工业设备数量（台/套）', '公有云工业设备平均日运行数量（台/套）',
    '按二级分类统计公有云工业设备平均日运行数量（台/套）', '按省市区域统计公有云工业设备平均日运行数量（台/套）',
    '海外设备连接数量（台/套）', '按海外国家分类统计海外设备连接数量（台/套）', '工业协议兼容适配数量（个）',
    '工业软件总量（个）', '工业APP数量（个）', '基于平台开发的工业APP数量（个）', '云化工业软件数量（个）',
    '按分类统计工业APP数量（个）', '按行业统计工业APP数量（个）', '工业APP平均月活跃数量（个）', '杀手锏APP数量（个）',
    '公有云杀手锏APP平均日在线用户数（个）', '杀手锏APP日活次数（次）', '杀手锏APP月平均收入（万元）',
    '公有云工业APP数量（个）', '公有云工业APP平均日活跃数量（个）', '按分类统计公有云工业APP平均日活跃数量（个）',
    '按行业统计公有云工业APP平均日活跃数量（个）', '平台实际用云量（台）', '平台公有云实际使用数量（台）',
    '存储容量（TB）', '存储工业数据量（TB）', '公有云数据总量（TB）', '存储资源利用率（%）', '工业机理模型数量（个）',
    '活跃机理模型数量（一周调用5次以上）（个）', '核心工业模型平均月调用用户数量（个）', '按分类统计工业模型数量（个）',
    '数据分析平台均速度（每TB分级/秒级/毫秒级）', '微服务数量（个）', '活跃微服务数量（一周调用5次以上）（个）',
    '开发者注册总数（个）', '活跃开发者数（个）', '平台是否建立安全管理体系', '有否定期开展第三方安全测试/测评',
    '有否定期进行安全扫描', '注册企业用户数（个）', '实际服务企业数（个）', '按行业统计服务企业数（个）',
    '按省市区域统计服务企业数（个）', '付费企业数（个）', '服务本市企业数量（个）', '服务中小企业数量（个）',
    '平台订单数量(近一年总量)（个）', '平台交易规模年增长率（%）', '工业APP订阅总数量（个）', '杀手锏工业APP订阅数量（个）',
    '工业APP订阅总金额（万元）', '平台连接工业设备利用率（%）', '平台国产化率（%）', '平台是否服务上海智能工厂，数量',
    '平台服务园区总数（个）', '平台提供的解决方案总数（个）', '按新模式统计解决方案数量（个）', '投资回报率（%）',
    '企业是否已上市或已获得VC/PE投资', '平台连接工业设备运维成本平均下降率（%）', '平台连接工业设备能耗平均下降率（%）',
    '平台连接工业设备安全生产持续时间平均提升率（%）', '平台现有特色指数（个）', '平台核心软硬件技术获得的专利数量（项）',
    '平台核心软硬件技术获得的软著数量（个）', '平台是否有自研形成的核心技术突破', '平台是否具备碳管理服务能力',
    '平台是否融合使用国家标识解析系统', '平台获得省部级及以上奖项/荣誉数量（个）', '平台建设与运营带动新增就业人数（人）',
    '平台社会贡献率（%）', '平台开放共享数据的形式及数量', '合作平台数量（个）',
]
assert len(SUMMARY_LABELS) == 103

APPENDIX_A = ['采矿设备', '化工设备', '冶炼设备', '电力设备', '建材设备', '动力设备', '仪器仪表', '机床', '机器人',
              '电工、电子设备', '轻工设备', '工程机械', '农林机械', '物流设备', '交通设备', '其他']
APPENDIX_B = ['安全生产', '节能减排', '质量管控', '供应链管理', '研发设计', '生产制造', '运营管理', '仓储物流', '运维服务']
APPENDIX_C = ['采矿', '黑色金属', '有色金属', '石化化工', '建材', '医药', '纺织', '家电', '食品', '烟草', '轻工', '机械',
              '汽车', '航空/航天', '船舶', '轨道交通', '电子', '电力、热力和燃气', '建筑业', '农业', '服务业', '其他']
APPENDIX_D = ['数据算法模型', '研发仿真模型', '行业机理模型', '业务流程模型']
APPENDIX_E = ['数字化管理', '平台化设计', '网络化协同', '智能化制造', '个性化定制', '服务化延伸']
APPENDIX_F = ['北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西',
              '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '内蒙古', '广西',
              '西藏', '宁夏', '新疆', '大连', '青岛', '宁波', '厦门', '深圳', '香港', '澳门', '台湾']


# ---------------------------------------------------------------- numbers

def r2(x: float) -> float:
    return float(f"{x + 1e-9:.2f}") if x >= 0 else float(f"{x - 1e-9:.2f}")


def pct(a: float, b: float) -> float:
    return r2(a / b * 100)


def f2(x: float) -> str:
    return f"{x:.2f}"


def th(x: int | float, decimals: int = 0) -> str:
    return f"{x:,.{decimals}f}"


def split(total: int, keys: list[str], rng: random.Random, weights: list[float] | None = None) -> dict[str, int]:
    """Split total into len(keys) positive integers (in key order) that sum exactly to total."""
    w = weights or [rng.uniform(0.6, 1.6) * (len(keys) - i) for i in range(len(keys))]
    s = sum(w)
    parts = [max(1, int(total * x / s)) for x in w]
    parts[0] += total - sum(parts)
    assert parts[0] > 0 and sum(parts) == total
    return dict(zip(keys, parts))


def scale(d: dict[str, int], total: int) -> dict[str, int]:
    """Scale a breakdown to a new total keeping its proportions (largest remainder)."""
    s = sum(d.values())
    raw = {k: v * total / s for k, v in d.items()}
    out = {k: int(v) for k, v in raw.items()}
    rest = total - sum(out.values())
    for k in sorted(raw, key=lambda k: (-(raw[k] - out[k]), list(d).index(k)))[:rest]:
        out[k] += 1
    for k in out:  # keep every category present
        if out[k] == 0:
            big = max(out, key=out.get)
            out[big] -= 1
            out[k] = 1
    assert sum(out.values()) == total
    return out


def bd_text(d: dict[str, int | float]) -> str:
    return "、".join(f"{k}：{v}" for k, v in d.items())


# ---------------------------------------------------------------- deterministic zips

CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
            '<cp:revision>1</cp:revision>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2024-07-15T09:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-07-18T16:30:00Z</dcterms:modified>'
            '</cp:coreProperties>')


def normalize_zip(data: bytes, title: str, author: str) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        if "docProps/core.xml" not in names:
            names.append("docProps/core.xml")
        for name in names:
            if name == "docProps/core.xml":
                payload = CORE_XML.format(title=title, author=author).encode("utf-8")
            else:
                payload = src.read(name)
            info = zipfile.ZipInfo(name, date_time=(2024, 7, 18, 16, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, payload)
    return out.getvalue()


def save_docx(doc, path: Path, title: str, author: str) -> None:
    from datetime import datetime
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = datetime(2024, 7, 15, 9, 0, 0)
    cp.modified = datetime(2024, 7, 18, 16, 30, 0)
    cp.last_modified_by = author
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


def save_xlsx(wb, path: Path, title: str, author: str) -> None:
    from datetime import datetime
    wb.properties.creator = author
    wb.properties.title = title
    wb.properties.created = datetime(2024, 7, 15, 9, 0, 0)
    wb.properties.modified = datetime(2024, 7, 18, 16, 30, 0)
    buf = io.BytesIO()
    wb.save(buf)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(normalize_zip(buf.getvalue(), title, author))


def new_docx():
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    return doc


# ---------------------------------------------------------------- PDF pages with printed labels

def style(size: float = 10.5, leading: float | None = None, align: int = 0, bold: bool = False) -> ParagraphStyle:
    return ParagraphStyle(f"s{size}{align}{bold}", fontName=FONT, fontSize=size, leading=leading or size * 1.55,
                          alignment=align, wordWrap="CJK")


BODY = style(10.5)
SMALL = style(8.5, 11.5)
H1 = style(15, 24, TA_CENTER)
H2 = style(12.5, 20)
H3 = style(11, 17)


def P(text: str, st: ParagraphStyle = BODY) -> Paragraph:
    return Paragraph(text, st)


def table(rows: list[list], widths: list[float], size: float = 8.5, header: bool = True, bold_last: bool = False):
    st = style(size, size * 1.35)
    data = [[c if not isinstance(c, str) else Paragraph(c, st) for c in row] for row in rows]
    t = Table(data, colWidths=widths, repeatRows=0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)))
    t.setStyle(TableStyle(cmds))
    return t


class Page:
    """One physical page: its flowables and what is printed in the margins."""

    def __init__(self, flow: list, footer: str = "", header: str = "", stamp: str = ""):
        self.flow = flow
        self.footer = footer  # printed page label at the bottom centre ('' = unnumbered)
        self.header = header  # running header text
        self.stamp = stamp  # a proof's own page mark at the top right (「第 1 页 共 2 页」)


def render_pdf(pages: list[Page], title: str, author: str) -> bytes:
    buf = io.BytesIO()
    W, H = A4

    def on_page(canv, doc):
        i = canv.getPageNumber() - 1
        pg = pages[i] if i < len(pages) else Page([])
        canv.saveState()
        canv.setFont(FONT, 9)
        if pg.footer:
            canv.drawCentredString(W / 2, 36, pg.footer)
        if pg.header:
            canv.setFont(FONT, 8.5)
            canv.drawString(56, H - 40, pg.header)
            canv.setLineWidth(0.4)
            canv.line(56, H - 44, W - 56, H - 44)
        if pg.stamp:
            canv.setFont(FONT, 9)
            canv.setStrokeColor(colors.Color(0.2, 0.2, 0.2))
            tw = canv.stringWidth(pg.stamp, FONT, 9)
            canv.rect(W - 60 - tw - 6, H - 66, tw + 12, 16, stroke=1, fill=0)
            canv.drawString(W - 60 - tw, H - 61, pg.stamp)
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=56, rightMargin=56, topMargin=72, bottomMargin=60,
                          title=title, author=author, creator=author, invariant=1)
    frame = Frame(56, 60, W - 112, H - 132, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    story: list = []
    for i, pg in enumerate(pages):
        if i:
            story.append(PageBreak())
        story.extend(pg.flow or [Spacer(1, 1)])
    doc.build(story)
    data = buf.getvalue()
    n = pdf_page_count(data)
    assert n == len(pages), f"{title}: {n} physical pages, {len(pages)} planned (a page overflowed)"
    return data


def pdf_page_count(data: bytes) -> int:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    n = len(pdf)
    pdf.close()
    return n


def render_flow_pdf(flow: list, title: str, author: str, footer_fmt: str = "") -> bytes:
    """Free-flowing document (used for the form that is then scanned)."""
    buf = io.BytesIO()
    W, H = A4

    def on_page(canv, doc):
        if footer_fmt:
            canv.setFont(FONT, 9)
            canv.drawCentredString(W / 2, 30, footer_fmt.format(canv.getPageNumber()))

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=50, rightMargin=50, topMargin=50, bottomMargin=50,
                          title=title, author=author, creator=author, invariant=1)
    frame = Frame(50, 50, W - 100, H - 100, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(flow)
    return buf.getvalue()


# ---------------------------------------------------------------- scans

def seal(company: str, size: int = 300) -> Image.Image:
    """A red round company seal (RGBA)."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    red = (214, 30, 36, 215)
    c = size / 2
    d.ellipse([6, 6, size - 6, size - 6], outline=red, width=9)
    # star
    pts = []
    for k in range(10):
        ang = -math.pi / 2 + k * math.pi / 5
        rad = size * 0.13 if k % 2 == 0 else size * 0.052
        pts.append((c + rad * math.cos(ang), c + rad * math.sin(ang)))
    d.polygon(pts, fill=red)
    font = fonts.pil_font(int(size * 0.11))
    n = len(company)
    span = math.radians(250)
    for i, ch in enumerate(company):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        tile = Image.new("RGBA", (int(size * 0.14), int(size * 0.14)), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=True)
        rr = size * 0.36
        x = c + rr * math.cos(ang) - tile.width / 2
        y = c + rr * math.sin(ang) - tile.height / 2
        img.alpha_composite(tile, (int(x), int(y)))
    return img


def rasterize(pdf_bytes: bytes, scale_: float = 1.5) -> list[Image.Image]:
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(pdf)):
        out.append(pdf[i].render(scale=scale_).to_pil().convert("RGB"))
    pdf.close()
    return out


def scanify(img: Image.Image, rng: random.Random, seal_img: Image.Image | None = None,
            seal_pos: tuple[float, float] = (0.62, 0.78), colour: bool | None = None) -> Image.Image:
    """Paper tone, slight skew, blur and noise; a seal makes the page colour, otherwise grey."""
    w, h = img.size
    if seal_img is not None:
        s = seal_img.resize((int(w * 0.26), int(w * 0.26)))
        s = s.rotate(rng.uniform(-18, 18), resample=Image.BICUBIC, expand=False)
        base = img.convert("RGBA")
        base.alpha_composite(s, (int(w * seal_pos[0]), int(h * seal_pos[1])))
        img = base.convert("RGB")
    angle = rng.uniform(-0.6, 0.6)
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=(250, 249, 244))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    noise = Image.frombytes("L", (w, h), rng.randbytes(w * h)).point(lambda v: 238 + v % 18)
    tone = Image.merge("RGB", (noise, noise, noise.point(lambda v: v - 6)))
    img = Image.composite(img, tone, img.convert("L").point(lambda v: 255 if v < 235 else 0))
    if not (colour if colour is not None else seal_img is not None):
        img = img.convert("L").convert("RGB")
    return img


def images_to_pdf(images: list[Image.Image], title: str) -> bytes:
    """Image-only PDF (no text layer), A4 pages, JPEG streams passed through."""
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("scanner")
    c.setCreator("ScanStation")
    W, H = A4
    for img in images:
        jb = io.BytesIO()
        img.save(jb, format="JPEG", quality=72, optimize=False, progressive=False)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, width=W, height=H)
        c.showPage()
    c.save()
    return buf.getvalue()


def screenshot(title: str, tiles: list[tuple[str, str]], subtitle: str, w: int = 1240, h: int = 1754,
               stamp: str = "", note: str = "") -> Image.Image:
    """A printed dashboard screenshot on an A4 sheet (to be scanned): big figures with captions."""
    img = Image.new("RGB", (w, h), (255, 255, 255))
    d = ImageDraw.Draw(img)
    d.rectangle([90, 220, w - 90, 1120], fill=(18, 34, 64))
    d.text((120, 250), title, font=fonts.pil_font(40), fill=(235, 240, 255))
    d.text((120, 310), subtitle, font=fonts.pil_font(24), fill=(160, 180, 210))
    cols = 3
    for i, (cap, val) in enumerate(tiles):
        x = 120 + (i % cols) * 340
        y = 400 + (i // cols) * 230
        d.rounded_rectangle([x, y, x + 310, y + 190], radius=14, fill=(32, 58, 102))
        d.text((x + 20, y + 22), cap, font=fonts.pil_font(26), fill=(170, 200, 240))
        d.text((x + 20, y + 80), val, font=fonts.pil_font(56), fill=(255, 255, 255))
    if note:
        d.text((100, 1160), note, font=fonts.pil_font(26), fill=(0, 0, 0))
    if stamp:
        f = fonts.pil_font(30)
        tw = d.textlength(stamp, font=f)
        d.rectangle([w - 120 - tw, 90, w - 80, 150], outline=(0, 0, 0), width=3)
        d.text((w - 100 - tw, 102), stamp, font=f, fill=(0, 0, 0))
    return img
