"""The far end of `extractors.office_server`: a script run by a Python that has LibreOffice's `uno`
module (Debian's python3-uno), never imported by shenbao.

It connects to a running headless soffice over UNO (`--accept=pipe,name=…`) and converts
documents in turn, one request per line on stdin, one answer per line on stdout (JSON):
{"source": "/x.docx", "target": "/y.pdf"} → {"ok": true} or {"ok": false, "error": "…"}.
{"quit": true} or the end of stdin ends the office and the script — the end of stdin is also
what the bridge sees when its owner dies without stopping it (killed, crashed), so the office's
process group (argv[3]) is killed on the way out whatever happened: no soffice outlives its owner.
Standard library and `uno` only: it runs outside shenbao's environment. Must not decide anything
about the documents.
"""

import json
import os
import signal
import sys
import time

import uno  # noqa: I001 - only in the interpreter that runs this script
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _prop(name, value):
    prop = PropertyValue()
    prop.Name, prop.Value = name, value
    return prop


def _connect(pipe, seconds):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + seconds
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:  # noqa: BLE001 - the office is still starting
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def _convert(desktop, source, target):
    # The same import and export --convert-to does: hidden, read-only, writer_pdf_Export with its
    # default options, so page numbers do not depend on which path rendered the file.
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                            (_prop("Hidden", True), _prop("ReadOnly", True)))
    if document is None:
        raise RuntimeError("LibreOffice could not open the file")
    try:
        document.storeToURL(uno.systemPathToFileUrl(target), (_prop("FilterName", "writer_pdf_Export"),))
    finally:
        document.close(True)


def _serve(desktop):
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        request = json.loads(line)
        if request.get("quit"):
            break
        try:
            _convert(desktop, request["source"], request["target"])
            answer = {"ok": True}
        except Exception as exc:  # noqa: BLE001 - every failure is an answer, the bridge lives on
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:300]}
        print(json.dumps(answer), flush=True)


def _end_office(desktop, group):
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:  # noqa: BLE001 - the office may already be gone
            pass
    if group is None:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except OSError:
            return  # the group is gone
        time.sleep(0.1)
    try:
        os.killpg(group, signal.SIGKILL)
    except OSError:
        pass


def main():
    group = int(sys.argv[3]) if len(sys.argv) > 3 else None
    desktop = None
    try:
        desktop = _connect(sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 60.0)
        _serve(desktop)
    except (BrokenPipeError, KeyboardInterrupt):
        pass  # the owner is gone
    finally:
        _end_office(desktop, group)


if __name__ == "__main__":
    main()
