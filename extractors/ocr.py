"""OCR: a bitmap → text lines with boxes, through RapidOCR (ONNX models shipped in its wheel).

Owns the one engine per process (created on first use: loading the models takes ~0.7 s), the
red-seal suppression applied before recognition, and the result cache under
`<cache_dir>/ocr/<sha256>.json` keyed by the bitmap, the engine/models and the render scale, so a
second run over the same files does no OCR at all (lines become blocks in `extractors.ocr_text`).
It must not decide which pages need OCR (`extractors.health`) nor render PDFs
(`extractors.pdf_page_reader`).

Never downloads anything: the models are the ones inside the installed `rapidocr` package.

How the engine runs is an `OcrSettings` (inference backend, detector input size, the angle
classifier, recognition batch, threads), named by a preset (`PRESETS`, `ReadOptions.ocr_preset`):
"fast" is what shenbao uses (`DEFAULT_SETTINGS`: RapidOCR's configuration, its recognizer and
line classifier run by OpenVINO in f32 where it is installed on x86-64 — the same reading,
sooner — else by onnxruntime); "legacy" is onnxruntime, as before issue 15; "det960" is the detector at 960 px
(2× with OpenVINO, but it merges lines of dense stamped scans: README, Performance), kept so
`bench/bench_ocr.py` and `bench/bench_real_size.py` measure them in one run. The backend that really runs, with the precision it computes in, and
the settings are part of the engine id, so cached results of one never serve another.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import threading
from functools import lru_cache
from importlib import metadata
from importlib.util import find_spec
from pathlib import Path
from typing import Literal

import cv2
import numpy as np

from extractors.model import BBox, Frozen
from extractors.ocr_large import added_lines, detector_params
from extractors.ocr_turn import line_skew, page_turn, reading_order, turn_box

log = logging.getLogger(__name__)

# Bump when anything between the bitmap and the cached lines changes (suppression, filtering).
PIPELINE = "shenbao-ocr-7"  # 5: the page's turn is judged and cached with its lines; 6: the second look (ocr_large); 7: its figures of the page's own size
CACHE_FORMAT = 1


Backend = Literal["onnxruntime", "openvino"]
_STAGES = (("Det", "det"), ("Cls", "cls"), ("Rec", "rec"))
# What OpenVINO runs: the line classifier and the recognizer (most of the OCR time, small inputs).
# The detector stays on onnxruntime: on a full A4 render OpenVINO keeps ~0.6 GB of activations
# allocated between pages (parse worker 1.7 GB on the real-size package, over the 1.5 GB bound;
# onnxruntime frees them: 1.1 GB).
_OPENVINO_STAGES = ("Cls", "Rec")


class OcrSettings(Frozen):
    """How RapidOCR is run. `det_max_side`: the detector sees the bitmap scaled so its longer side
    is at most this many pixels (recognition still reads the crops at full resolution); None
    runs the detector on the whole bitmap (RapidOCR's default `limit_type: min`). `backend`:
    what runs the ONNX models shipped in the rapidocr wheel; "openvino" falls back to
    onnxruntime where OpenVINO cannot run them (`resolved`)."""

    backend: Backend = "onnxruntime"
    det_max_side: int | None = None
    use_cls: bool = True  # the 0°/180° line classifier
    rec_batch: int = 6
    threads: int | None = None  # inference threads; None: the backend's choice

    def key(self) -> str:
        key = f"det{self.det_max_side or 'full'}-cls{int(self.use_cls)}-b{self.rec_batch}"
        if self.backend == "openvino":
            key += f"-openvino{metadata.version('openvino')}-{OPENVINO_PRECISION}-{'+'.join(_OPENVINO_STAGES).lower()}"
        return key

    def resolved(self) -> OcrSettings:
        """The settings that really run here: OpenVINO only where it is importable, on x86-64
        (measured there; elsewhere its CPU plugin may compute in f16, never measured), with the
        wheel's three models found."""
        if self.backend == "openvino" and _openvino_models() is None:
            return self.model_copy(update={"backend": "onnxruntime"})
        return self

    def params(self) -> dict:
        params = {"Global.log_level": "error", "Global.use_cls": self.use_cls,
                  "Rec.rec_batch_num": self.rec_batch}
        if self.det_max_side is not None:
            params |= {"Det.limit_type": "max", "Det.limit_side_len": self.det_max_side}
        models = _openvino_models() if self.backend == "openvino" else None
        if models is not None:
            from rapidocr import EngineType

            for stage, task in _STAGES:
                if stage in _OPENVINO_STAGES:
                    params |= {f"{stage}.engine_type": EngineType.OPENVINO, f"{stage}.model_path": models[task]}
            if self.threads is not None:
                params["EngineConfig.openvino.inference_num_threads"] = self.threads
        if self.threads is not None:
            params["EngineConfig.onnxruntime.intra_op_num_threads"] = self.threads
        return params


@lru_cache(maxsize=1)
def _openvino_models() -> dict[str, str] | None:
    """The wheel's det/cls/rec ONNX files (OpenVINO reads ONNX directly, so nothing is converted
    or downloaded), or None where OpenVINO is not to run them."""
    if platform.machine().lower() not in {"x86_64", "amd64"} or find_spec("openvino") is None:
        return None
    import rapidocr

    folder = Path(rapidocr.__file__).resolve().parent / "models"
    found: dict[str, str] = {}
    for _, task in _STAGES:
        matches = sorted(folder.glob(f"*_{task}_*.onnx"))
        if len(matches) != 1:
            log.warning("OpenVINO OCR off: %d %s models in %s", len(matches), task, folder)
            return None
        found[task] = str(matches[0])
    return found


LEGACY_SETTINGS = OcrSettings()
# Chosen by bench/bench_ocr.py, bench/bench_real_size.py and the blind holdouts (README:
# Performance): RapidOCR's own configuration — the detector on the full render — with recognizer
# and classifier run by OpenVINO's CPU plugin in f32: the same text as onnxruntime, sooner. The detector
# at 960 px (DET960_SETTINGS, this preset's first form) read twice as fast but merged the lines of
# a dense stamped 申报表 scan, and its rows no longer matched the Word form: six false warnings on
# a clean blind package, none with the full render. The backend keeps its own thread count.
FAST_SETTINGS = OcrSettings(backend="openvino")
DET960_SETTINGS = OcrSettings(det_max_side=960)
PRESETS: dict[str, OcrSettings] = {"fast": FAST_SETTINGS, "det960": DET960_SETTINGS, "legacy": LEGACY_SETTINGS}
DEFAULT_SETTINGS = PRESETS["fast"]

# OpenVINO's CPU plugin keeps the kernels it compiled for each input shape it met (5,000 by
# default); recognition batches come in many widths, so over a 100-page scan the cache alone grew
# the parse worker from 0.95 to 1.5 GB. Capped at 50, RSS stayed flat at ~0.8 GB over 60 pages at
# 5% of the speed (bench measurement in README: Performance).
OPENVINO_RUNTIME_CACHE = 50
# f32 always: on CPUs with native bf16 the plugin would compute in bf16 by default — 1.8× faster
# on recognition, equal character accuracy on the OCR benchmark, but on a blind package's
# dashboard it read 「注册开发者 4,326」 as 9 (a false warning) where f32 and onnxruntime read it right.
OPENVINO_PRECISION = "f32"

_engines: dict[OcrSettings, object] = {}
_lookers: dict[OcrSettings, object] = {}  # the detector of the second look for large text (ocr_large)
_engine_lock = threading.Lock()


class OcrLine(Frozen):
    text: str
    score: float
    bbox: BBox  # page coordinates in points (pixels / scale), top-left origin


class OcrResult(Frozen):
    lines: tuple[OcrLine, ...]  # as the bitmap shows them
    engine: str
    cached: bool = False
    turn: int = 0  # clockwise degrees that set the bitmap upright (`extractors.ocr_turn`)
    width: float = 0.0  # the bitmap's size in points
    height: float = 0.0
    skew: float = 0.0  # degrees the text lines slope down to the right (a photo taken askew); 0 when unsure

    def upright(self) -> tuple[OcrLine, ...]:
        """The lines with their boxes in the frame of the page turned upright by `turn`."""
        if not self.turn:
            return self.lines
        return reading_order([line.model_copy(update={"bbox": turn_box(line.bbox, self.width, self.height, self.turn)})
                              for line in self.lines])


@lru_cache(maxsize=8)
def engine_id(settings: OcrSettings = DEFAULT_SETTINGS) -> str:
    """RapidOCR's version, its model files (name and size), the settings (threads aside: they
    change the speed, not the result) and our pipeline version."""
    import rapidocr

    models = Path(rapidocr.__file__).resolve().parent / "models"
    files = (
        sorted(f"{p.name}:{p.stat().st_size}" for p in models.glob("*.onnx") if p.is_file())
        if models.is_dir()
        else []
    )
    digest = hashlib.sha256("|".join(files).encode()).hexdigest()[:16]
    settings = settings.resolved()
    suffix = "" if settings == LEGACY_SETTINGS else f"-{settings.key()}"
    return f"rapidocr-{metadata.version('rapidocr')}-{digest}-{PIPELINE}{suffix}"


def _get_engine(settings: OcrSettings, *, looker: bool = False):
    """The engine that reads a page, or (`looker`) the detector of the second look for large text."""
    settings = settings.resolved()
    engines = _lookers if looker else _engines
    with _engine_lock:
        engine = engines.get(settings)
        if engine is None:
            from rapidocr import RapidOCR

            if settings.backend == "openvino":
                _bound_openvino_cache()
            params = settings.params()
            engine = engines[settings] = RapidOCR(params=detector_params(params) if looker else params)
        return engine


def _bound_openvino_cache() -> None:
    """RapidOCR hands OpenVINO's CPU plugin only the keys it knows (threads, hints), so the
    runtime-cache bound goes in through the class it builds that configuration with: a subclass
    adding one key, installed once, before the engine compiles its models (they compile lazily,
    at the first page, under the same configuration)."""
    from rapidocr.inference_engine.openvino import main as openvino_session

    base = openvino_session.CPUConfig
    if getattr(base, "bounded_runtime_cache", None) == OPENVINO_RUNTIME_CACHE:
        return

    class BoundedCPUConfig(base):
        bounded_runtime_cache = OPENVINO_RUNTIME_CACHE

        def get_config(self) -> dict:
            return {**super().get_config(), "CPU_RUNTIME_CACHE_CAPACITY": str(self.bounded_runtime_cache),
                    "INFERENCE_PRECISION_HINT": OPENVINO_PRECISION}

    openvino_session.CPUConfig = BoundedCPUConfig


def suppress_red(bgr: np.ndarray) -> np.ndarray:
    """Wash the red seals out. Chinese certificates and signature pages carry red seals over
    the text; left in, the seal's ring and characters wreck recognition of the black text
    beneath (corpus malformed-from-issue-932.pdf loses 重庆万州…（盖章）2021年3月 without this).
    Black strokes under the seal have low value and survive.

    Only red that lies over dark text on paper is painted: a red mark on its own is read as it
    is — a dashboard's orange KPI figures, a certificate's red title (blind holdout 5 lost every
    「4.13万」 and 「2,846」 of its screenshots when all red went white)."""
    if bgr.ndim != 3 or bgr.shape[2] < 3:
        return bgr
    hsv = cv2.cvtColor(np.ascontiguousarray(bgr[:, :, :3]), cv2.COLOR_BGR2HSV)
    hue, sat, val = hsv[:, :, 0], hsv[:, :, 1], hsv[:, :, 2]
    red = ((hue <= 12) | (hue >= 155)) & (sat >= 60) & (val >= 90)
    if not red.any():
        return bgr
    seals = _over_text(red, (val < 128) & (sat < 60), val)
    if seals is None:
        return bgr
    # In the seal, every coloured pixel becomes the grey of its brightest channel: the seal's red
    # ink is bright there (→ white), a black stroke printed under it stays dark (the stamp's ink
    # tints it red; painting all red white cut 「付费企业1,327家」 out of a blind package's letter).
    coloured = seals & (sat >= 60)
    grey = np.where(val >= 190, 255, val).astype(np.uint8)
    cleaned = np.array(bgr[:, :, :3], copy=True)
    cleaned[coloured] = grey[coloured][:, None]
    return cleaned


def _over_text(red: np.ndarray, dark: np.ndarray, val: np.ndarray) -> np.ndarray | None:
    """The areas (convex hulls) of the red shapes that lie over dark text on light paper."""
    side = min(red.shape)
    close = max(5, side // 150) | 1  # a seal's ring and name, and a light stamp's broken strokes, joined
    joined = cv2.morphologyEx(red.astype(np.uint8), cv2.MORPH_CLOSE, np.ones((close, close), np.uint8))
    contours, _ = cv2.findContours(joined, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    areas = np.zeros(red.shape, np.uint8)
    for contour in contours:
        _x, _y, width, height = cv2.boundingRect(contour)
        if max(width, height) < 24:
            continue
        hull = np.zeros(red.shape, np.uint8)
        cv2.fillConvexPoly(hull, cv2.convexHull(contour), 1)
        inside = hull.astype(bool)
        paper = val[inside & ~red]
        if paper.size == 0 or np.median(paper) < 150:
            continue  # a dark dashboard: coloured figures on a dark ground are text
        if (dark & inside).sum() >= 0.003 * inside.sum():  # a few strokes of black text under it
            areas |= hull
    return areas.astype(bool) if areas.any() else None


def cache_key(bgr: np.ndarray, scale: float, settings: OcrSettings = DEFAULT_SETTINGS) -> str:
    digest = hashlib.sha256()
    digest.update(repr((bgr.shape, str(bgr.dtype))).encode())
    digest.update(np.ascontiguousarray(bgr).data)
    digest.update(f"|{engine_id(settings)}|{scale:.4f}".encode())
    return digest.hexdigest()


def recognize(bgr: np.ndarray, *, scale: float, cache_dir: Path | None = None,
              settings: OcrSettings = DEFAULT_SETTINGS) -> OcrResult:
    """OCR one BGR bitmap rendered at `scale` (pixels per point). Raises on engine failure; the
    caller turns that into an `ocr_failed` page error."""
    engine = engine_id(settings)
    size = (bgr.shape[1] / scale, bgr.shape[0] / scale)
    path = None
    if cache_dir is not None:
        path = Path(cache_dir) / "ocr" / f"{cache_key(bgr, scale, settings)}.json"
        cached = _load(path, engine)
        if cached is not None:
            return _result(*cached, scale, engine, size, cached=True)
    raw, turn = _run(suppress_red(bgr), settings)
    if path is not None:
        _store(path, raw, turn, engine, scale)
    return _result(raw, turn, scale, engine, size, cached=False)


def _run(bgr: np.ndarray, settings: OcrSettings) -> tuple[list[dict], int]:
    """The recognised lines (quads in bitmap pixels) and the bitmap's turn."""
    engine, looker = _get_engine(settings), _get_engine(settings, looker=True)
    with _engine_lock:  # RapidOCR mutates its config per call; one call at a time
        output = engine(np.ascontiguousarray(bgr), use_det=True, use_cls=settings.use_cls, use_rec=True)
        boxes, texts, scores = output.boxes, output.txts, output.scores
        lines = []
        for quad, text, score in zip(boxes if boxes is not None and texts is not None else (), texts or (),
                                     scores or [1.0] * len(texts or ()), strict=False):
            text = text.strip()
            if text:
                points = [[round(float(x), 2), round(float(y), 2)] for x, y in np.asarray(quad)]
                lines.append({"text": text, "score": round(float(score), 4), "quad": points})
        turn = page_turn(engine, bgr, lines) if settings.use_cls else 0
        if not turn:  # a turned page's large text is left to the first pass
            lines = added_lines(engine, looker, bgr, lines)
    return lines, turn


def _checksum(lines: list[dict], turn: int, engine: str, scale: float) -> str:
    body = json.dumps([lines, turn, engine, round(scale, 4)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(body.encode()).hexdigest()


def _load(path: Path, engine: str) -> tuple[list[dict], int] | None:
    """Cached lines, or None when missing or damaged (a truncated write, a hand edit, another
    engine): a damaged entry is recomputed and overwritten, never trusted."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        lines, scale, turn = data["lines"], float(data["scale"]), data.get("turn")
        if data.get("format") != CACHE_FORMAT or data.get("engine") != engine:
            return None
        if turn not in (0, 90, 180, 270) or data.get("checksum") != _checksum(lines, turn, engine, scale):
            log.warning("OCR cache entry %s is corrupt; recomputing", path.name)
            return None
        for line in lines:
            if not isinstance(line.get("text"), str) or len(line.get("quad", ())) != 4:
                return None
        return lines, turn
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("OCR cache entry %s is unreadable; recomputing", path.name)
        return None


def _store(path: Path, lines: list[dict], turn: int, engine: str, scale: float) -> None:
    data = {
        "format": CACHE_FORMAT,
        "engine": engine,
        "scale": round(scale, 4),
        "lines": lines,
        "turn": turn,
        "checksum": _checksum(lines, turn, engine, scale),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)  # atomic: a reader sees the old entry or the new, never half
    except OSError as exc:
        log.warning("cannot write OCR cache %s: %s", path, exc)


def _result(lines: list[dict], turn: int, scale: float, engine: str, size: tuple[float, float], *,
            cached: bool) -> OcrResult:
    converted = []
    for line in lines:
        xs = [p[0] / scale for p in line["quad"]]
        ys = [p[1] / scale for p in line["quad"]]
        bbox = BBox(x0=min(xs), top=min(ys), x1=max(xs), bottom=max(ys))
        converted.append(OcrLine(text=line["text"], score=line["score"], bbox=bbox))
    return OcrResult(lines=tuple(converted), engine=engine, cached=cached, turn=turn, width=size[0], height=size[1],
                     skew=0.0 if turn else line_skew(lines))
