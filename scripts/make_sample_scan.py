"""Makes the stamped scan of the sample's 申报表 (samples/sample_package/附件2 申报表（延锋金桥）盖章版.pdf).

The notice (四、相关要求3) asks for every material as Word/Excel plus a 盖章扫描版 PDF, so a complete
package carries the 申报表 twice: the DOCX and its printed, stamped and scanned copy. This script
makes that copy from the committed DOCX the way an applicant's office does: LibreOffice prints it
(renders it to PDF), each page is "scanned" — rasterised with pypdfium2 at 120 dpi on a faintly
grey paper, turned a fraction of a degree — and the company's red round seal (the eval-set
generator's seal, eval_sets.generator.raster.seal) is pressed over "（公章）" on the cover. The
pages become an image-only PDF, which shenbao has to OCR.

Once committed, reviews never run this script; re-run it only when the sample's 申报表 changes (it
needs soffice and the WenQuanYi Micro Hei font, see scripts/system_deps.sh). Not committed yet
(issue 11): the OCR grid of a scan (assistant/form_grid.py) makes one row per printed line, so the
second line of a wrapped answer cell is lost and scan_vs_form reports six false differences.

    python scripts/make_sample_scan.py          # writes the PDF
    python scripts/make_sample_scan.py --check  # exit 1 if the committed PDF's pages differ
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402

from eval_sets.generator.raster import image_pdf, jpeg, seal  # noqa: E402

SAMPLE = REPO / "samples" / "sample_package"
FORM = SAMPLE / "附件2 申报表（延锋金桥）.docx"
SCAN = SAMPLE / "附件2 申报表（延锋金桥）盖章版.pdf"
COMPANY = "上海延锋金桥饰件系统有限公司"
DPI = 120
PAPER = (247, 246, 242)
TILT_DEGREES = 0.3
SEAL_DIAMETER_PX = round(1.65 * DPI)  # a 42 mm company seal


def render_docx(docx: Path, folder: Path) -> Path:
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice not found: install libreoffice-writer-nogui (scripts/system_deps.sh)")
    profile = (folder / "profile").as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(folder), str(docx)],
                   check=True, capture_output=True, timeout=180)
    return folder / f"{docx.stem}.pdf"


def _seal_centre(page: pdfium.PdfPage, scale: float) -> tuple[int, int] | None:
    """Where "公章" is printed on the page, in pixels; None when it is not on this page."""
    text = page.get_textpage()
    searcher = text.search("公章")
    found = searcher.get_next()
    if found is None:
        return None
    index, count = found
    boxes = [text.get_charbox(i) for i in range(index, index + count)]
    left, right = min(b[0] for b in boxes), max(b[2] for b in boxes)
    bottom, top = min(b[1] for b in boxes), max(b[3] for b in boxes)
    height = page.get_height()
    return round((left + right) / 2 * scale), round((height - (top + bottom) / 2) * scale)


def scan_pages(pdf_path: Path) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    scale = DPI / 72
    stamp = seal(COMPANY, SEAL_DIAMETER_PX)
    pages = []
    for page_index in range(len(pdf)):
        page = pdf[page_index]
        image = page.render(scale=scale, fill_color=(*PAPER, 255)).to_pil().convert("RGB")
        centre = _seal_centre(page, scale) if page_index == 0 else None
        if centre is not None:
            image.paste(stamp, (centre[0] - stamp.width // 2, centre[1] - stamp.height // 2), stamp)
        pages.append(image.rotate(TILT_DEGREES, resample=Image.Resampling.BICUBIC, fillcolor=PAPER))
    return pages


def build() -> bytes:
    with tempfile.TemporaryDirectory(prefix="shenbao-scan-") as work:
        printed = render_docx(FORM, Path(work))
        return image_pdf([jpeg(page, quality=80) for page in scan_pages(printed)], "申报表盖章扫描件")


def _page_images(data: bytes) -> list[bytes]:
    pdf = pdfium.PdfDocument(io.BytesIO(data))
    return [pdf[i].render(scale=0.5).to_pil().tobytes() for i in range(len(pdf))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed PDF instead of writing")
    parser.add_argument("--out", type=Path, default=SCAN, help="where to write (default: into the sample)")
    args = parser.parse_args()
    data = build()
    if args.check:
        same = args.out.is_file() and _page_images(args.out.read_bytes()) == _page_images(data)
        print("the committed scan matches" if same else f"{args.out.name} differs: re-run without --check")
        return 0 if same else 1
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(data) // 1024} KB, {len(_page_images(data))} pages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
