"""Evidence builders shared by the packages (audit report, IP lists, award lists, screenshots, name lists)."""
from __future__ import annotations

import random

import openpyxl
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Image as RLImage, PageBreak, Paragraph, Spacer

import lib
from lib import fmt

PATENT_WORDS = ["一种基于", "的", "方法", "系统", "装置"]


def audit_report(pkg, rel, *, firm, report_no, company_fin, platform_table, unit="万元", font="STSong-Light",
                 scan=False, seal_img=None, col_names=("本期金额", "上期金额"), platform_title="平台业务专项说明",
                 platform_note=""):
    """Five pages: cover, 审计意见, 资产负债表(摘要), 利润表, platform table. Returns the platform page (1-based)."""
    st = lib.styles(font, 10.5)
    s = [Spacer(1, 40 * mm), Paragraph(pkg.company, st["h1"]), Paragraph("2023年度财务报表审计报告", st["h1"]),
         Spacer(1, 20 * mm), Paragraph(report_no, st["center"]), Spacer(1, 60 * mm), Paragraph(firm, st["center"]),
         Paragraph("二〇二四年四月", st["center"]), PageBreak()]
    s += [Paragraph("审 计 报 告", st["h1"]), Paragraph(report_no, st["right"]), Paragraph(f"{pkg.company}全体股东：", st["body"]),
          Paragraph("一、审计意见", st["h2"]),
          Paragraph(f"我们审计了{pkg.company}（以下简称贵公司）财务报表，包括2023年12月31日的资产负债表，2023年度的利润表、"
                    "现金流量表、所有者权益变动表以及相关财务报表附注。我们认为，后附的财务报表在所有重大方面按照企业会计准则的规定"
                    "编制，公允反映了贵公司2023年12月31日的财务状况以及2023年度的经营成果和现金流量。", st["body"]),
          Paragraph("二、形成审计意见的基础", st["h2"]),
          Paragraph("我们按照中国注册会计师审计准则的规定执行了审计工作。审计报告的“注册会计师对财务报表审计的责任”部分进一步阐述了"
                    "我们在这些准则下的责任。按照中国注册会计师职业道德守则，我们独立于贵公司，并履行了职业道德方面的其他责任。", st["body"]),
          Spacer(1, 30 * mm), Paragraph(f"{firm}　　　　中国注册会计师：（签名并盖章）", st["body"]),
          Paragraph("中国·上海　　　　　　二〇二四年四月十八日", st["body"]), PageBreak()]
    # company balance sheet (summary) and income statement, 元
    a, b = col_names
    bs = [["项目", a.replace("金额", "余额") if "本" in a else a, b.replace("金额", "余额") if "上" in b else b]]
    for k, v1, v2 in company_fin["bs"]:
        bs.append([k, v1, v2])
    s += [Paragraph("资产负债表（摘要）", st["h1"]), Paragraph("编制单位：" + pkg.company + "　　2023年12月31日　　单位：元", st["small"]),
          lib.table(bs, [70 * mm, 50 * mm, 50 * mm], font=font, align_right_from=1), PageBreak()]
    isr = [["项目", a, b]] + [[k, v1, v2] for k, v1, v2 in company_fin["is"]]
    s += [Paragraph("利 润 表", st["h1"]), Paragraph("编制单位：" + pkg.company + "　　2023年度　　单位：元", st["small"]),
          lib.table(isr, [70 * mm, 50 * mm, 50 * mm], font=font, align_right_from=1), PageBreak()]
    s += [Paragraph(platform_title, st["h1"]), Paragraph(f"单位：{unit}", st["right"])]
    hdr, rows = platform_table
    widths = [60 * mm] + [(110 / (len(hdr) - 1)) * mm] * (len(hdr) - 1)
    s.append(lib.table([hdr] + rows, widths, font=font, align_right_from=1))
    if platform_note:
        s += [Spacer(1, 4 * mm), Paragraph(platform_note, st["small"])]
    s += [Spacer(1, 12 * mm), Paragraph(f"{firm}（专项说明复核）", st["right"]), Paragraph("2024年4月18日", st["right"])]
    data = lib.build_pdf(None, s, font=font, footer="第 {page} 页")
    path = pkg.add_file(rel, "evidence:audit_report")
    if scan:
        firm_seal = lib.seal(firm.split("（")[0][:14], "", size=300, rng=pkg.rng)
        lib.scan_pdf(path, data, pkg.rng, {1: [(firm_seal, (0.30, 0.62))], 4: [(firm_seal, (0.72, 0.40))]}, dpi=110,
                     bw_unsealed=True)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return 5


def ip_items(rng: random.Random, n, kind, topics, holder):
    out = []
    for i in range(n):
        t = rng.choice(topics)
        if kind == "patent":
            typ = rng.choice(["发明专利", "发明专利", "实用新型"])
            no = f"ZL20{rng.randint(18, 23)}{rng.randint(1, 2)}{rng.randint(1000000, 9999999)}.{rng.randint(0, 9)}"
            name = f"一种{t}{rng.choice(['方法', '系统', '方法及系统', '装置', '方法、装置及存储介质'])}"
            out.append([str(i + 1), name, typ, no, holder, f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
        else:
            no = f"20{rng.randint(19, 24)}SR{rng.randint(100000, 1999999):07d}"
            name = f"{t}{rng.choice(['软件', '系统', '平台软件', 'APP软件'])}V{rng.randint(1, 4)}.{rng.randint(0, 9)}"
            out.append([str(i + 1), name, "计算机软件著作权", no, holder, f"20{rng.randint(19, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    return out


def ip_list_pdf(pkg, rel, n_pat, n_soft, topics, pat_caption, soft_caption, font="STSong-Light", holder=None,
                split_page=True):
    """Patent table then copyright table. Returns (page of patent caption, page of copyright caption)."""
    st = lib.styles(font, 10)
    holder = holder or pkg.company
    rng = random.Random(pkg.id + "ip")
    pats = ip_items(rng, n_pat, "patent", topics, holder)
    softs = ip_items(rng, n_soft, "soft", topics, holder)
    hdr = ["序号", "名称", "类型", "专利号/登记号", "权利人", "授权/登记日"]
    w = [10 * mm, 62 * mm, 22 * mm, 36 * mm, 26 * mm, 20 * mm]
    s = [Paragraph(pkg.declared_name + "　核心软硬件知识产权清单", st["h1"]), Paragraph(pat_caption, st["h2"]),
         lib.table([hdr] + pats, w, font=font, size=7.5)]
    if split_page:
        s.append(PageBreak())
    s += [Paragraph(soft_caption, st["h2"]), lib.table([hdr] + softs, w, font=font, size=7.5)]
    path = pkg.add_file(rel, "evidence:patent_list")
    lib.build_pdf(path, s, font=font, header=pkg.company + "　知识产权清单", footer="- {page} -")
    texts = lib.pdf_page_texts(path)
    norm = lambda t: "".join(t.split())  # noqa: E731
    pp = next(i + 1 for i, t in enumerate(texts) if norm(pat_caption) in norm(t))
    sp = next(i + 1 for i, t in enumerate(texts) if norm(soft_caption) in norm(t))
    return pp, sp


def find_page(path, quote):
    norm = lambda t: "".join(t.split())  # noqa: E731
    for i, t in enumerate(lib.pdf_page_texts(path)):
        if norm(quote) in norm(t):
            return i + 1
    raise ValueError(f"{quote} not in {path}")


def awards_pdf(pkg, rel, caption, awards, certs, font="STSong-Light", role="evidence:award_list", extra_story=None):
    """Page 1: text list of awards (+ optional standards); then one certificate image page per item in certs."""
    st = lib.styles(font, 10)
    s = [Paragraph("荣誉资质及标准清单", st["h1"]), Paragraph(caption, st["h2"]),
         lib.table([["序号", "奖项/荣誉名称", "颁发单位", "获得时间", "证明材料"]] + awards,
                   [10 * mm, 78 * mm, 40 * mm, 20 * mm, 22 * mm], font=font, size=8)]
    if extra_story:
        s += extra_story
    rng = random.Random(pkg.id + "cert")
    for title, lines, issuer, date, seal_text in certs:
        im = lib.certificate(title, lines, issuer, date, seal_text, rng)
        import io
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=70)
        buf.seek(0)
        s += [PageBreak(), RLImage(buf, width=170 * mm, height=170 * mm * im.height / im.width)]
    path = pkg.add_file(rel, role)
    lib.build_pdf(path, s, font=font, footer="{page}")
    return path


def screenshot_pdf(pkg, rel, images, captions=None):
    """Image-only PDF of screenshots (one per page), optional caption drawn into the image."""
    out = []
    for k, im in enumerate(images):
        if captions:
            from PIL import ImageDraw
            W, H = im.size
            page = lib.Image.new("RGB", (W + 80, H + 160), (255, 255, 255))
            page.paste(im, (40, 40))
            ImageDraw.Draw(page).text((40, H + 80), captions[k], font=lib.font(lib.NOTO_SANS, 28), fill=(0, 0, 0))
            im = page
        out.append(im)
    lib.images_to_pdf(pkg.add_file(rel, "evidence:screenshot"), out, dpi=150)


def sheet_style(ws, widths):
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    for row in ws.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="center")
    for c in ws[1]:
        c.font = Font(bold=True)
