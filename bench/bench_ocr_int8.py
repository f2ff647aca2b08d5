"""Recognizer in INT8: is a quantized copy of the wheel's recognition model fast enough, and does
it read the same? Measured on the same recognition batches in one run (issue 15).

    pip install -e '.[bench]'      # onnx, for the quantizer; not a dependency of shenbao
    python bench/bench_ocr_int8.py [--sets realsize,eval,corpus] [--limit 40]

The recognizer is most of the OCR time (the detector a third, the classifier ~2%), so it is where
a 2× would have to come from. This script:
1. runs today's engine (`legacy`) over the pages of `bench/bench_ocr.py`'s sets and keeps every
   batch the recognizer is given (the crops exactly as RapidOCR prepares them: 48 px high, padded);
2. quantizes the wheel's recognizer statically (QDQ, int8 weights per channel, uint8 activations,
   min-max calibration) on every 4th batch of the real-size scans, after moving it to opset 13
   (per-channel QDQ needs it);
3. runs the other batches through the f32 model and the int8 copy on onnxruntime (2 threads), and
   through the f32 model with the width padding trimmed to the batch's widest crop, and prints
   time ratios and how many lines and characters differ from the f32 reading (greedy CTC decode).
Nothing is kept: the quantized model is written to a temporary directory.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_ocr  # noqa: E402

from extractors.ocr import LEGACY_SETTINGS, _get_engine, suppress_red  # noqa: E402


def capture_batches(samples) -> list[tuple[str, np.ndarray]]:
    """Every recognition batch of today's engine over the samples, with the set it came from."""
    engine = _get_engine(LEGACY_SETTINGS)
    warm = np.full((64, 256, 3), 255, np.uint8)
    cv2.putText(warm, "TEST", (10, 44), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 3)
    engine(warm)  # the stages are built lazily: a line of text builds the recognizer
    recognizer = engine.text_rec
    if recognizer is None:
        raise SystemExit("RapidOCR built no recognizer: this script follows rapidocr 3.x's layout")
    captured: list[tuple[str, np.ndarray]] = []
    current = {"set": ""}
    session = recognizer.session

    class Recording:
        def __call__(self, batch):
            captured.append((current["set"], batch.copy()))
            return session(batch)

        def __getattr__(self, name):
            return getattr(session, name)

    recognizer.session = Recording()
    try:
        for sample in samples:
            current["set"] = sample.set_name
            engine(np.ascontiguousarray(suppress_red(sample.bgr)))
    finally:
        recognizer.session = session
    return captured


def quantize(source: Path, calibration: list[np.ndarray], folder: Path) -> Path:
    import onnx
    from onnx import version_converter
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    opset13 = folder / "rec13.onnx"
    onnx.save(version_converter.convert_version(onnx.load(str(source)), 13), str(opset13))
    prepared = folder / "rec_pre.onnx"
    quant_pre_process(str(opset13), str(prepared), skip_symbolic_shape=True)
    input_name = onnx.load(str(prepared)).graph.input[0].name

    class Batches(CalibrationDataReader):
        def __init__(self):
            self.batches = iter(calibration)

        def get_next(self):
            batch = next(self.batches, None)
            return None if batch is None else {input_name: batch}

    target = folder / "rec_int8.onnx"
    quantize_static(str(prepared), str(target), Batches(), quant_format=QuantFormat.QDQ, per_channel=True,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                    calibrate_method=CalibrationMethod.MinMax)
    return target


def session(path: Path):
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    inference = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    name = inference.get_inputs()[0].name
    return lambda batch: inference.run(None, {name: batch})[0]


def greedy(probabilities: np.ndarray) -> list[tuple[int, ...]]:
    """CTC greedy decoding to class ids (0 is the blank): enough to compare two readings."""
    lines = []
    for row in probabilities.argmax(-1):
        keep = np.ones(len(row), bool)
        keep[1:] = row[1:] != row[:-1]
        lines.append(tuple(int(t) for t in row[keep] if t != 0))
    return lines


def trimmed(batch: np.ndarray) -> np.ndarray:
    """The batch cut to its widest crop (rounded up to 8 columns): RapidOCR pads every batch to at
    least 320 px whatever its crops' widths."""
    used = np.abs(batch).sum(axis=(0, 1, 2)) > 0
    width = int(np.nonzero(used)[0].max()) + 1 if used.any() else 8
    return np.ascontiguousarray(batch[..., : min(batch.shape[-1], -(-width // 8) * 8)])


def edits(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    matched = sum(block.size for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return len(a) + len(b) - 2 * matched


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="INT8 recognizer against f32, same batches")
    parser.add_argument("--sets", default="realsize,eval,corpus")
    parser.add_argument("--limit", type=int, default=40, help="at most N pages per set (every k-th page)")
    args = parser.parse_args(argv)
    samples = bench_ocr.load_samples(args.sets, args.limit)
    print(time.strftime("%Y-%m-%d %H:%M"), "load average", " ".join(open("/proc/loadavg").read().split()[:3]))
    batches = capture_batches(samples)
    del samples
    calibration = [b for k, (set_name, b) in enumerate(batches) if set_name == "realsize" and k % 4 == 0]
    held_out = [b for k, (set_name, b) in enumerate(batches) if not (set_name == "realsize" and k % 4 == 0)]
    print(f"{len(batches)} recognition batches: {len(calibration)} calibrate, {len(held_out)} "
          f"({sum(len(b) for b in held_out)} lines) are compared")
    import rapidocr

    source = next((Path(rapidocr.__file__).resolve().parent / "models").glob("*_rec_*.onnx"))
    with tempfile.TemporaryDirectory() as folder:
        int8 = quantize(source, calibration, Path(folder))
        runs = {"f32": (session(source), lambda b: b), "int8": (session(int8), lambda b: b),
                "f32 trimmed": (session(source), trimmed)}
        seconds = dict.fromkeys(runs, 0.0)
        readings: dict[str, list] = {name: [] for name in runs}
        for batch in held_out:  # every batch through every variant in turn: load hits all alike
            for name, (run, prepare) in runs.items():
                prepared = prepare(batch)
                started = time.perf_counter()
                output = run(prepared)
                seconds[name] += time.perf_counter() - started
                readings[name] += greedy(output)
    base = readings["f32"]
    characters = sum(len(line) for line in base)
    print(f"{'recognizer':12s} {'seconds':>8s} {'speed':>6s} {'same lines':>12s} {'char edits':>14s}")
    for name in runs:
        same = sum(a == b for a, b in zip(base, readings[name], strict=True))
        changed = sum(edits(a, b) for a, b in zip(base, readings[name], strict=True))
        print(f"{name:12s} {seconds[name]:8.1f} {seconds['f32'] / seconds[name]:5.2f}× "
              f"{same:5d}/{len(base):<6d} {changed:6d}/{characters}")
    print("load average", " ".join(open("/proc/loadavg").read().split()[:3]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
