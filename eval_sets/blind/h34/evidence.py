"""Evidence drawings shared by the packages: console screenshots (PIL), book (申报书) blocks."""

from __future__ import annotations

from PIL import Image, ImageDraw

from eval_sets.generator import fonts
from model import Pkg, money


def console(title: str, tenant: str, tenants: list[str], tiles: list[tuple[str, str]], note: str = "",
            strip: list[tuple[str, str]] | None = None, strip_title: str = "", width: int = 1366) -> Image.Image:
    rows = (len(tiles) + 3) // 4
    height = 250 + rows * 150 + (170 if strip else 0) + 40
    img = Image.new("RGB", (width, height), (240, 243, 248))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 0, width, 56), fill=(24, 52, 98))
    d.text((24, 14), title, font=fonts.pil_font(24), fill=(255, 255, 255))
    d.text((width - 330, 18), "管理员  admin@example.com", font=fonts.pil_font(16), fill=(210, 220, 235))
    # tenant filter
    d.rectangle((24, 76, width - 24, 140), fill=(255, 255, 255), outline=(210, 214, 222))
    d.text((40, 94), "租户/平台筛选：", font=fonts.pil_font(20), fill=(60, 60, 60))
    d.rectangle((210, 88, 760, 128), outline=(40, 110, 220), width=2)
    d.text((222, 96), tenant + "  ▼", font=fonts.pil_font(19), fill=(20, 20, 20))
    d.text((790, 96), "可选：" + " / ".join(tenants), font=fonts.pil_font(15), fill=(120, 120, 120))
    y = 165
    d.text((24, y), "统计口径：当前所选租户  数据截至 2024-07-10 24:00", font=fonts.pil_font(16), fill=(90, 90, 90))
    y += 40
    tw = (width - 48 - 3 * 20) // 4
    for k, (cap, val) in enumerate(tiles):
        x = 24 + (k % 4) * (tw + 20)
        yy = y + (k // 4) * 150
        d.rectangle((x, yy, x + tw, yy + 130), fill=(255, 255, 255), outline=(220, 224, 230))
        d.text((x + 20, yy + 16), cap, font=fonts.pil_font(19), fill=(90, 96, 110))
        d.text((x + 20, yy + 56), val, font=fonts.pil_font(40), fill=(20, 60, 140))
    y += rows * 150
    if strip:
        d.rectangle((24, y, width - 24, y + 150), fill=(250, 250, 250), outline=(220, 224, 230))
        d.text((40, y + 12), strip_title, font=fonts.pil_font(18), fill=(90, 90, 90))
        for k, (cap, val) in enumerate(strip):
            x = 40 + k * 320
            d.text((x, y + 52), cap, font=fonts.pil_font(17), fill=(110, 110, 110))
            d.text((x, y + 86), val, font=fonts.pil_font(30), fill=(80, 80, 80))
        y += 170
    if note:
        d.text((24, y + 4), note, font=fonts.pil_font(15), fill=(130, 130, 130))
    return img


def book_blocks(p: Pkg, d: dict, files_list: list[str], extra: dict, numbers: dict, with7: bool) -> list:
    """申报书 following the 附件3 template. numbers: figures quoted in the prose (normally the form's)."""
    v = p.n
    b = [("title", f"上海市工业互联网平台应用水平评价\n申报书"), ("p", "申报年度：2024 年度"),
         ("p", f"平台名称：{p.declared_name}"), ("p", f"申报单位：{p.company}（公章）"),
         ("p", f"联 系 人：{p.info['contact']}    联系人电话：{p.info['phone']}"), ("right", "2024 年 7 月"),
         ("pagebreak",),
         ("h1", "一、申报单位简介"),
         ("p", f"{p.company}成立于{p.info['founded']}，注册地位于{p.info['seat']}，主营业务为{p.info['business']}。"
               f"公司长期深耕{d['industry']}领域，{d['company_more']}"),
         *[("p", s) for s in extra.get("一", [])],
         ("h1", "二、平台建设及运营情况"),
         ("p", f"{p.declared_name}于{p.raw['built_from'][0]}年启动建设，平台建设金额{money(v('平台建设金额（万元）'))}万元，"
               f"采用{v('平台建设方式')}、{v('平台运营模式')}方式，部署方式为{v('部署方式')}。{p.texts['intro']}"),
         ("p", f"平台运营情况：截至填表日，平台已连接工业设备{numbers['devices']:,}台（套），其中公有云连接"
               f"{v('公有云工业设备连接数量（台/套）'):,}台（套）；上架工业APP {v('工业APP数量（个）')}个，沉淀工业机理模型"
               f"{v('工业机理模型数量（个）')}个，微服务{v('微服务数量（个）')}个；注册企业用户{v('注册企业用户数（个）'):,}家，"
               f"实际服务企业{numbers['served']:,}家。"),
         *[("p", s) for s in extra.get("二", [])],
         ("h2", "表X 平台对标同行业或相似平台的部分量化数据对比表"),
         ("table", [["三级指标", "本平台数据", "对标数据"],
                    ["1.2.1 创新投入情况", f"研发投入{money(v('平台相关研发投入（万元）'))}万元，研发投入强度"
                                          f"{money(v('平台相关研发投入强度（%）'))}%", d["bench_rd"]],
                    ["2.1.1 工业设备连接/汇聚能力", f"连接工业设备{numbers['devices']:,}台（套）", d["bench_dev"]],
                    ["3.1.1 平台应用规模", f"实际服务企业{numbers['served']:,}家", d["bench_firms"]]], [40, 60, 70], 1),
         ("p", f"平台技术创新点总结：{d['innovation']}"),
         ("h1", "三、平台应用成效"),
         ("p", p.texts["effect"]),
         *[("p", s) for s in extra.get("三", [])],
         ("p", f"应用创新点总结：{d['app_innovation']}"),
         ("h1", "四、平台下一步发展计划"),
         ("p", d["plan"]),
         ("h1", "五、平台应用案例"),
    ]
    for k, (name, body) in enumerate(d["cases"], 1):
        b += [("h2", f"案例{k}：{p.declared_name}——{name}"), ("p", body)]
    b += [("h1", "六、附件及其他说明材料"), ("p", "本申报书附件清单如下：")]
    b += [("p", f"{k}. {f}") for k, f in enumerate(files_list, 1)]
    if with7:
        b += [("h1", "七、平台相较上年度对比情况"), *[("p", s) for s in d["section7"]]]
    return b
