"""OCR: red-seal suppression, the result cache (hits, corrupt entries), image files and scanned
PDF pages. Recognition runs the real RapidOCR models from the wheel (offline)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest

from extractors.model import ErrorCode, HealthVerdict
from extractors.ocr import cache_key, recognize, suppress_red
from extractors.options import ReadOptions
from extractors.reader import read_file

_spec = importlib.util.spec_from_file_location(
    "make_pdf_fixtures", Path(__file__).resolve().parents[1] / "fixtures" / "make_pdf_fixtures.py"
)
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)


def bgr(image) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(image.convert("RGB"))[:, :, ::-1])


def test_red_seal_pixels_turn_white_and_black_text_survives():
    image = bgr(fixtures.text_image(seal=True))
    red = (image[:, :, 2] > 180) & (image[:, :, 1] < 80) & (image[:, :, 0] < 80)
    black = image.max(axis=2) < 60
    assert red.sum() > 1000 and black.sum() > 1000
    cleaned = suppress_red(image)
    assert (cleaned[red] == 255).all()
    assert (cleaned[black] == image[black]).all()
    assert (image == bgr(fixtures.text_image(seal=True))).all()  # the input is not modified


def test_orange_and_red_figures_that_cover_no_text_are_kept():
    # blind holdout 5: a dashboard's orange KPI figures went white with the seals, and with them
    # every 「4.13万」 and 「2,846」 of its screenshots. A red alarm figure on a dark ground likewise.
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf

    big = ImageFont.truetype(str(cjk_ttf()), 96)
    small = ImageFont.truetype(str(cjk_ttf()), 28)
    light = Image.new("RGB", (1200, 500), (244, 245, 248))
    draw = ImageDraw.Draw(light)
    draw.rectangle((40, 40, 600, 300), fill="white")
    draw.text((60, 60), "接入设备", fill=(40, 40, 40), font=small)
    draw.text((60, 110), "4.13万", fill=(217, 91, 24), font=big)  # orange, hue 11
    draw.text((60, 240), "本市：864", fill=(20, 20, 20), font=small)
    draw.text((700, 110), "2,846", fill=(245, 34, 45), font=big)  # a red figure
    dark = Image.new("RGB", (800, 300), (16, 24, 40))
    ImageDraw.Draw(dark).text((60, 80), "37", fill=(245, 34, 45), font=big)
    for image in (bgr(light), bgr(dark)):
        assert suppress_red(image) is image


def _stamped(lines, seal_box):
    """Black lines under a seal stamped over them, its ink 60% opaque: a stroke under the ring
    turns dark red ((0,0,0) → (135,21,27)), the paper under it red. Also the page unstamped."""
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf

    page = fixtures.text_image(lines)
    mask = Image.new("L", page.size, 0)
    draw = ImageDraw.Draw(mask)
    draw.ellipse(seal_box, outline=153, width=9)
    x0, y0, x1, y1 = seal_box
    draw.text(((x0 + x1) // 2 - 20, (y0 + y1) // 2 - 20), "★", fill=153, font=ImageFont.truetype(str(cjk_ttf()), 40))
    return Image.composite(Image.new("RGB", page.size, (225, 35, 45)), page, mask), page, mask


def test_a_stroke_under_the_seal_stays_dark_while_the_seal_goes():
    stamped, page, mask = _stamped(("付费企业1,327家", "截至填表日前一年订单52,317个"), (180, 10, 420, 250))
    image, seal = bgr(stamped), np.asarray(mask) == 153  # full ink (its anti-aliased rim aside)
    printed = np.asarray(page.convert("L")) < 60
    paper, under = seal & ~printed & (np.asarray(page.convert("L")) > 250), seal & printed
    assert paper.sum() > 1000 and under.sum() > 100
    cleaned = suppress_red(image)
    assert (cleaned[paper] == 255).all()  # the seal on bare paper goes
    assert (cleaned[under].max(axis=1) < 190).all()  # the print under it stays dark


@pytest.mark.slow
def test_figures_under_a_seal_are_read():
    # blind holdout 5: 「付费企业1,327家」 under the seal of a 运营数据证明 was lost when all red
    # went white, and 52,317 was read as 52,171.
    image = bgr(_stamped(("付费企业1,327家", "截至填表日前一年订单52,317个"), (180, 10, 420, 250))[0])
    text = "".join(line.text for line in recognize(image, scale=1.0).lines)
    assert "1,327" in text and "52,317" in text


def test_image_without_red_is_returned_unchanged():
    image = bgr(fixtures.text_image())
    assert suppress_red(image) is image


@pytest.mark.slow
def test_recognition_is_cached_and_a_corrupt_entry_is_recomputed(tmp_path):
    image = bgr(fixtures.text_image())
    first = recognize(image, scale=1.0, cache_dir=tmp_path)
    assert not first.cached
    text = "".join(line.text for line in first.lines)
    assert "6670.79" in text and "服务企业" in text
    top = first.lines[0].bbox
    assert 30 <= top.x0 <= 60 and 30 <= top.top <= 60  # drawn at (40, 40), in pixels at scale 1

    entry = tmp_path / "ocr" / f"{cache_key(image, 1.0)}.json"
    assert entry.is_file()
    second = recognize(image, scale=1.0, cache_dir=tmp_path)
    assert second.cached and second.lines == first.lines

    data = json.loads(entry.read_text(encoding="utf-8"))
    data["lines"][0]["text"] = "营业收入9999万元"  # tampered: checksum no longer matches
    entry.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    third = recognize(image, scale=1.0, cache_dir=tmp_path)
    assert not third.cached and third.lines == first.lines
    entry.write_text('{"format": 1, "lines": [', encoding="utf-8")  # truncated write
    assert not recognize(image, scale=1.0, cache_dir=tmp_path).cached
    assert recognize(image, scale=1.0, cache_dir=tmp_path).cached  # repaired by the rewrite


def test_cache_key_depends_on_pixels_and_scale():
    image = bgr(fixtures.text_image())
    other = image.copy()
    other[0, 0] = 0
    assert cache_key(image, 2.0) != cache_key(other, 2.0)
    assert cache_key(image, 2.0) != cache_key(image, 1.0)
    assert cache_key(image, 2.0) == cache_key(image.copy(), 2.0)


@pytest.mark.slow
def test_black_text_under_a_red_seal_is_read(tmp_path):
    result = recognize(bgr(fixtures.text_image(seal=True)), scale=1.0)
    text = "".join(line.text for line in result.lines)
    assert "6670.79" in text and "1234" in text


@pytest.mark.slow
def test_png_evidence_becomes_one_ocr_page(tmp_path):
    path = fixtures.make_png(tmp_path)
    options = ReadOptions(cache_dir=tmp_path / "cache")
    doc = read_file(path, "证明材料/截图.png", options)
    assert (doc.format, doc.pagination, doc.errors) == ("image", "physical", ())
    page = doc.pages[0]
    assert (page.number, page.source, page.width, page.height) == (1, "ocr", 900.0, 220.0)
    assert page.health.verdict is HealthVerdict.empty
    assert "6670.79" in page.text
    for block in page.blocks:
        assert block.kind == "ocr_line"
        assert page.text[block.span.start : block.span.end] == block.text
        assert (
            0 <= block.bbox.x0 < block.bbox.x1 <= 900
            and 0 <= block.bbox.top < block.bbox.bottom <= 220
        )
    again = read_file(path, "证明材料/截图.png", options)
    assert again.pages[0].ocr_cached and again.pages[0].text == page.text


@pytest.mark.slow
def test_scanned_pdf_page_is_ocred_with_boxes_in_points(tmp_path):
    options = ReadOptions(cache_dir=tmp_path / "cache")
    doc = read_file(fixtures.make_scanned(tmp_path), "scan.pdf", options)
    page = doc.pages[0]
    assert not doc.errors
    assert (page.source, page.health.verdict) == ("ocr", HealthVerdict.empty)
    assert "6670.79" in page.text and doc.metadata["ocr_pages"] == "1"
    first = page.blocks[0]
    # the picture is drawn at x 36–486, top 842-705=137; text starts ~20 pt into it
    assert 36 <= first.bbox.x0 <= 80 and 137 <= first.bbox.top <= 180
    assert first.id.endswith(":p1:b0") and first.kind == "ocr_line"
    assert read_file(fixtures.make_scanned(tmp_path), "scan.pdf", options).pages[0].ocr_cached


def test_image_over_the_pixel_limit_is_refused_before_decoding(tmp_path):
    doc = read_file(fixtures.make_png(tmp_path), "big.png", ReadOptions(max_image_pixels=1000))
    assert [(e.code, e.fatal) for e in doc.errors] == [(ErrorCode.image_too_large, True)]
    assert doc.format == "image"


def test_decompression_bomb_header_is_refused(tmp_path):
    doc = read_file(fixtures.make_png_bomb(tmp_path), "bomb.png", ReadOptions())
    assert [e.code for e in doc.errors] == [ErrorCode.image_too_large]
    modest = fixtures.make_png_bomb(tmp_path, width=9000, height=9000)  # 81 MP > 60 MP default
    assert [e.code for e in read_file(modest, "b.png", ReadOptions()).errors] == [
        ErrorCode.image_too_large
    ]


def test_image_with_ocr_disabled_fails_with_no_text(tmp_path):
    doc = read_file(fixtures.make_png(tmp_path), "a.png", ReadOptions(ocr=False))
    assert doc.failed and [e.code for e in doc.errors] == [ErrorCode.no_text]


def test_truncated_image_is_corrupt(tmp_path):
    path = fixtures.make_png(tmp_path)
    path.write_bytes(path.read_bytes()[:200])
    doc = read_file(path, "cut.png", ReadOptions())
    assert [e.code for e in doc.errors] == [ErrorCode.corrupt]


def test_the_presets_are_todays_and_the_fast_configuration_with_caches_apart():
    from extractors.ocr import (
        DEFAULT_SETTINGS,
        DET960_SETTINGS,
        LEGACY_SETTINGS,
        PRESETS,
        OcrSettings,
        engine_id,
    )

    assert PRESETS["legacy"] == LEGACY_SETTINGS == OcrSettings()  # RapidOCR as configured before issue 15
    assert DEFAULT_SETTINGS == PRESETS["fast"] == PRESETS[ReadOptions().ocr_preset]
    assert PRESETS["det960"] == DET960_SETTINGS and DET960_SETTINGS.params()["Det.limit_side_len"] < 1684
    # fast: RapidOCR's own configuration (the detector on the full render), run by OpenVINO
    assert PRESETS["fast"] == LEGACY_SETTINGS.model_copy(update={"backend": "openvino"})
    assert "Det.limit_side_len" not in PRESETS["fast"].params()
    engines = {engine_id(s) for s in PRESETS.values()}
    image = bgr(fixtures.text_image())
    keys = {cache_key(image, 1.0, s) for s in PRESETS.values()}
    # where OpenVINO cannot run, fast is legacy and shares its cache; elsewhere all three differ
    assert len(engines) == len(keys) == (3 if PRESETS["fast"].resolved().backend == "openvino" else 2)


def test_openvino_runs_the_wheels_models_where_it_is_installed_and_says_its_precision():
    import rapidocr

    from extractors import ocr

    fast = ocr.PRESETS["fast"]
    if not ocr._openvino_models():
        assert fast.resolved() == ocr.LEGACY_SETTINGS  # where it cannot run: onnxruntime, same id
        assert ocr.engine_id(fast) == ocr.engine_id(ocr.LEGACY_SETTINGS)
        return
    params = fast.params()
    folder = Path(rapidocr.__file__).resolve().parent / "models"
    for stage in ("Cls", "Rec"):
        assert str(params[f"{stage}.engine_type"].value) == "openvino"
        assert Path(params[f"{stage}.model_path"]).parent == folder  # the wheel's files, nothing downloaded
        assert Path(params[f"{stage}.model_path"]).is_file()
    assert "Det.engine_type" not in params  # the detector stays on onnxruntime (memory)
    assert ocr.engine_id(fast).endswith("-f32-cls+rec")  # pinned: bf16 misread a dashboard figure


def test_without_openvino_the_fast_preset_falls_back_to_onnxruntime(monkeypatch):
    from extractors import ocr

    monkeypatch.setattr(ocr, "_openvino_models", lambda: None)
    fast = ocr.PRESETS["fast"]
    assert fast.resolved() == ocr.LEGACY_SETTINGS
    assert not any("openvino" in str(v).lower() for v in fast.resolved().params().values())
    assert "openvino" not in ocr.engine_id.__wrapped__(fast)  # cached results of OpenVINO never serve it


def test_openvinos_kernel_cache_is_bounded_before_the_engine_compiles():
    from extractors import ocr

    if not ocr._openvino_models():
        pytest.skip("OpenVINO does not run here (not installed, or not x86-64)")
    from rapidocr.inference_engine.openvino import main as openvino_session

    ocr._get_engine(ocr.PRESETS["fast"])
    config = openvino_session.CPUConfig({"inference_num_threads": 1}).get_config()
    assert config["CPU_RUNTIME_CACHE_CAPACITY"] == str(ocr.OPENVINO_RUNTIME_CACHE)
    assert config["INFERENCE_PRECISION_HINT"] == "f32"
    assert config["INFERENCE_NUM_THREADS"] == "1"  # RapidOCR's own keys still pass
    ocr._bound_openvino_cache()  # once only: no subclass of the subclass
    assert openvino_session.CPUConfig.__mro__[1].__name__ == "CPUConfig"
    assert not getattr(openvino_session.CPUConfig.__mro__[1], "bounded_runtime_cache", None)


@pytest.mark.slow
def test_the_two_backends_read_a_page_alike():
    from extractors import ocr

    if not ocr._openvino_models():
        pytest.skip("OpenVINO does not run here (not installed, or not x86-64)")
    image = bgr(fixtures.text_image())
    fast = ocr.recognize(image, scale=1.0, settings=ocr.PRESETS["fast"])
    ort = ocr.recognize(image, scale=1.0, settings=ocr.PRESETS["legacy"])
    assert "openvino" in fast.engine and "openvino" not in ort.engine
    assert [line.text for line in fast.lines] == [line.text for line in ort.lines]
    assert "6670.79" in "".join(line.text for line in fast.lines)


@pytest.mark.slow
def test_an_image_is_read_under_the_preset_of_its_options(tmp_path):
    from extractors.ocr import PRESETS, engine_id

    path = fixtures.make_png(tmp_path)
    texts = {}
    for preset in PRESETS:
        options = ReadOptions(cache_dir=tmp_path / "cache", ocr_preset=preset)
        texts[preset] = read_file(path, "证明材料/截图.png", options).pages[0].text
    assert "6670.79" in texts["fast"] and texts["fast"] == texts["legacy"] == texts["det960"]
    engines = sorted(json.loads(p.read_text(encoding="utf-8"))["engine"] for p in (tmp_path / "cache" / "ocr").glob("*.json"))
    assert engines == sorted(engine_id(s) for s in PRESETS.values())  # one entry per preset, none shared


def test_the_parse_cache_keeps_documents_of_the_two_presets_apart(tmp_path, monkeypatch):
    from assistant.core.settings import Settings
    from assistant.package.cache import cache_key as document_key

    monkeypatch.setenv("SHENBAO_OCR_PRESET", "legacy")
    legacy = Settings(workspace=tmp_path)
    monkeypatch.delenv("SHENBAO_OCR_PRESET")
    fast = Settings(workspace=tmp_path)
    assert (legacy.read_options().ocr_preset, fast.read_options().ocr_preset) == ("legacy", "fast")
    assert document_key("0" * 64, legacy.read_options()) != document_key("0" * 64, fast.read_options())


def _multipage_tiff(tmp_path, texts):
    from PIL import Image, ImageDraw, ImageFont

    from eval_sets.generator.fonts import cjk_ttf

    font = ImageFont.truetype(str(cjk_ttf()), 40)
    frames = []
    for text in texts:
        frame = Image.new("L", (1200, 700), 255)
        ImageDraw.Draw(frame).text((100, 120), text, font=font, fill=0)
        frames.append(frame)
    path = tmp_path / "扫描件.tif"
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_lzw")
    return path


@pytest.mark.slow
def test_multipage_tiff_scan_is_read_page_by_page(tmp_path):
    path = _multipage_tiff(tmp_path, ["专利清单（共14项）", "软件著作权清单（共23项）", "第三页 合计 6,112"])
    doc = read_file(path, "证明材料/扫描件.tif", ReadOptions(cache_dir=tmp_path / "cache"))
    assert not doc.errors and doc.metadata["frames"] == "3"
    assert [p.number for p in doc.pages] == [1, 2, 3]
    assert "共23项" in doc.pages[1].text and "6,112" in doc.pages[2].text
    assert all(b.id.split(":")[-2] == f"p{p.number}" for p in doc.pages for b in p.blocks)
    capped = read_file(path, "扫描件.tif", ReadOptions(cache_dir=tmp_path / "cache", ocr_max_pages=2))
    assert len(capped.pages) == 2 and [(e.code, e.fatal) for e in capped.errors] == [(ErrorCode.too_many_pages, False)]


def test_multipage_tiff_frame_over_the_pixel_limit_is_refused(tmp_path):
    path = _multipage_tiff(tmp_path, ["一", "二"])
    doc = read_file(path, "扫描件.tif", ReadOptions(max_image_pixels=500_000))
    assert [(e.code, e.fatal) for e in doc.errors] == [(ErrorCode.image_too_large, True)]
