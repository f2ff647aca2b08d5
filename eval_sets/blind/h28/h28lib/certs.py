"""Certificates and official letters drawn as issued (PIL pages), to be scanned."""
from __future__ import annotations

from PIL import Image, ImageDraw

from .render import A4PX, draw_seal, font, new_page, para, text_c, wrap, grid_table


def _border(d: ImageDraw.ImageDraw, size, style: int, colour=(150, 110, 40)):
    w, h = size
    if style == 0:
        d.rectangle([40, 40, w - 40, h - 40], outline=colour, width=10)
        d.rectangle([62, 62, w - 62, h - 62], outline=colour, width=2)
    elif style == 1:
        for k in range(0, 28, 7):
            d.rectangle([36 + k, 36 + k, w - 36 - k, h - 36 - k], outline=colour, width=2)
    else:
        d.rectangle([50, 50, w - 50, h - 50], outline=colour, width=4)


def certificate(title: str, fields: list[tuple[str, str]], issuer: str, date: str, *, seal: str,
                seal_bottom: str = "", preface: str = "", body: str = "", style: int = 0, seed: int = 0,
                size=A4PX, colour=(150, 110, 40), english: str = "", number: str = "", extra_seals=()) -> Image.Image:
    img, d = new_page(size, (253, 250, 240) if style != 2 else (255, 255, 255))
    w, h = size
    _border(d, size, style, colour)
    y = 150 if size[1] > size[0] else 110
    if preface:
        text_c(d, w / 2, y - 50, preface, font("serif", 24))
    text_c(d, w / 2, y, title, font("serifb", 50 if len(title) <= 10 else 40), fill=(150, 20, 20) if style == 0 else (30, 30, 30))
    y += 80
    if english:
        text_c(d, w / 2, y, english, font("serif", 20))
        y += 46
    if number:
        text_c(d, w / 2, y, number, font("serif", 24))
        y += 60
    if body:
        y = para(d, 140, y, body, font("serif", 26), w - 280, leading=1.75) + 20
    f = font("serif", 26)
    for k, v in fields:
        label = f"{k}："
        d.text((150, y), label, font=f, fill=(20, 20, 20))
        lw = d.textlength(label, font=f)
        lines = wrap(d, v, f, w - 300 - lw)
        for ln in lines:
            d.text((150 + lw, y), ln, font=f, fill=(20, 20, 20))
            y += 44
        y += 6
    fy = h - 330 if size[1] > size[0] else h - 230
    f2 = font("serif", 26)
    iw = d.textlength(issuer, font=f2)
    d.text((w - 170 - iw, fy), issuer, font=f2, fill=(20, 20, 20))
    dw = d.textlength(date, font=f2)
    d.text((w - 170 - dw, fy + 50), date, font=f2, fill=(20, 20, 20))
    img = draw_seal(img, int(w - 170 - iw / 2), int(fy + 20), 105, seal, seal_bottom, seed=seed)
    for i, (s_name, s_bottom) in enumerate(extra_seals):
        img = draw_seal(img, int(180 + i * 250), int(fy + 20), 95, s_name, s_bottom, seed=seed + 7 + i)
    return img


def soft_copyright(n: dict, seed: int, size=(1000, 700)) -> Image.Image:
    """One 计算机软件著作权登记证书 (small, several to a scanned page)."""
    img, d = new_page(size, (252, 249, 238))
    w, h = size
    _border(d, size, 1, (170, 130, 60))
    text_c(d, w / 2, 50, "中华人民共和国国家版权局", font("serif", 22))
    text_c(d, w / 2, 85, "计算机软件著作权登记证书", font("serifb", 36), fill=(160, 20, 20))
    text_c(d, w / 2, 140, f"证书号：软著登字第{n['cert']}号", font("serif", 20))
    f = font("serif", 19)
    y = 185
    for k, v in [("软件名称", n["name"]), ("著作权人", n["owner"]), ("开发完成日期", n["done"]),
                 ("首次发表日期", n["pub"]), ("权利取得方式", "原始取得"), ("权利范围", "全部权利"),
                 ("登记号", n["reg"])]:
        s = f"{k}：{v}"
        for ln in wrap(d, s, f, w - 160):
            d.text((80, y), ln, font=f, fill=(25, 25, 25))
            y += 30
    d.text((80, h - 110), "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的", font=font("serif", 15), fill=(60, 60, 60))
    d.text((80, h - 88), "规定，经中国版权保护中心审核，对以上事项予以登记。", font=font("serif", 15), fill=(60, 60, 60))
    d.text((w - 270, h - 70), n["date"], font=font("serif", 18), fill=(25, 25, 25))
    img = draw_seal(img, w - 200, h - 120, 70, "中华人民共和国国家版权局", seed=seed, star=True)
    return img


def patent(n: dict, seed: int) -> Image.Image:
    img, d = new_page(A4PX, (253, 251, 244))
    w, h = A4PX
    _border(d, A4PX, 0, (160, 120, 50))
    text_c(d, w / 2, 130, "发明专利证书", font("serifb", 56), fill=(140, 20, 20))
    text_c(d, w / 2, 215, f"证书号第{n['cert']}号", font("serif", 26))
    f = font("serif", 25)
    y = 300
    for k, v in [("发明名称", n["name"]), ("发 明 人", n["inventors"]), ("专 利 号", n["no"]),
                 ("专利申请日", n["apply"]), ("专 利 权 人", n["owner"]), ("地    址", n["addr"]),
                 ("授权公告日", n["grant"]), ("授权公告号", n["pubno"])]:
        lab = f"{k}："
        d.text((130, y), lab, font=f, fill=(20, 20, 20))
        lw = d.textlength(lab, font=f)
        for ln in wrap(d, v, f, w - 260 - lw):
            d.text((130 + lw, y), ln, font=f, fill=(20, 20, 20))
            y += 42
        y += 8
    y += 20
    body = ("国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权，颁发发明专利证书并在专利登记簿上予以登记。"
            "专利权自授权公告之日起生效。专利权期限为二十年，自申请日起算。")
    y = para(d, 130, y, body, font("serif", 22), w - 260, leading=1.7)
    d.text((w - 420, h - 300), "局长", font=font("serif", 26), fill=(20, 20, 20))
    d.text((w - 420, h - 250), "申长雨", font=font("serif", 30), fill=(40, 40, 40))
    img = draw_seal(img, w - 300, h - 260, 100, "中华人民共和国国家知识产权局", seed=seed)
    return img


def letter(org: str, doc_no: str, title: str, to: str, paras: list[str], date: str, seal: str, seed: int,
           red_head: bool = True) -> Image.Image:
    img, d = new_page(A4PX)
    w, h = A4PX
    y = 120
    if red_head:
        text_c(d, w / 2, y, org, font("serifb", 54 if len(org) < 12 else 42), fill=(200, 20, 20))
        y += 90
        text_c(d, w / 2, y, doc_no, font("serif", 24))
        y += 45
        d.line([110, y, w - 110, y], fill=(200, 20, 20), width=4)
        y += 50
    text_c(d, w / 2, y, title, font("serifb", 30))
    y += 80
    f = font("serif", 25)
    d.text((110, y), to, font=f, fill=(20, 20, 20))
    y += 50
    for p in paras:
        y = para(d, 110, y, "　　" + p, f, w - 220, leading=1.75) + 6
    y += 60
    ow = d.textlength(seal, font=f)
    d.text((w - 150 - ow, y), seal, font=f, fill=(20, 20, 20))
    dw = d.textlength(date, font=f)
    d.text((w - 150 - dw, y + 48), date, font=f, fill=(20, 20, 20))
    img = draw_seal(img, int(w - 150 - ow / 2), int(y + 30), 110, seal, seed=seed)
    return img


def grid_sheet(images: list[Image.Image], cols: int, rows: int, title: str = "", size=A4PX) -> Image.Image:
    """Several small certificates on one scanned page."""
    page, d = new_page(size)
    w, h = size
    top = 70 if title else 40
    if title:
        text_c(d, w / 2, 22, title, font("sans", 22))
    cw = (w - 60) / cols
    ch = (h - top - 30) / rows
    for i, im in enumerate(images):
        r, c = divmod(i, cols)
        scale = min((cw - 20) / im.width, (ch - 20) / im.height)
        small = im.resize((int(im.width * scale), int(im.height * scale)))
        page.paste(small, (int(30 + c * cw + (cw - small.width) / 2), int(top + r * ch + (ch - small.height) / 2)))
    return page
