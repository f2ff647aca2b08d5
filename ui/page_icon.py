"""The workspace's page icon, drawn here and served by Streamlit's own media endpoint.

An emoji or `:material/…:` page icon makes the browser fetch the picture from a public font host;
the workspace is offline by default, so every asset it shows comes from the local server (the
real-browser test fails on any other host). Drawing only: a document with a tick, no font needed.
"""

from __future__ import annotations

from functools import cache

from PIL import Image, ImageDraw

BLUE = (30, 92, 168)
WHITE = (255, 255, 255)


@cache
def page_icon(size: int = 64) -> Image.Image:
    scale = size / 64
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((2 * scale, 2 * scale, 62 * scale, 62 * scale), radius=12 * scale, fill=BLUE)
    draw.rectangle((17 * scale, 12 * scale, 47 * scale, 52 * scale), fill=WHITE)  # the sheet
    for y in (20, 27, 34):  # its lines
        draw.line((22 * scale, y * scale, 42 * scale, y * scale), fill=BLUE, width=max(1, round(2 * scale)))
    draw.line(((24 * scale, 43 * scale), (30 * scale, 49 * scale), (44 * scale, 37 * scale)),
              fill=(24, 150, 90), width=max(2, round(4 * scale)), joint="curve")  # the tick
    return image
