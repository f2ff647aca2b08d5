"""PDFium's page-object calls with plain `void*` handles, for walks over every object of a page.

pypdfium2's typed pointers cost an object allocation per returned handle — a third of a census
loop on text-heavy pages (one text object per glyph: corpus issue-67-example.pdf has ~600 objects
a page). The census of rulings and images (`extractors.pdf_tables`) and the occlusion of text
(`extractors.pdf_occlusion`) walk the same lists with these.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c


def _address_prototype(function, restype, *argtypes):
    """The same PDFium entry point with plain `void*` handles."""
    address = ctypes.cast(function, ctypes.c_void_p).value
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


VOID, INT = ctypes.c_void_p, ctypes.c_int
count_objects = _address_prototype(pdfium_c.FPDFPage_CountObjects, INT, VOID)
get_object = _address_prototype(pdfium_c.FPDFPage_GetObject, VOID, VOID, INT)
count_form_objects = _address_prototype(pdfium_c.FPDFFormObj_CountObjects, INT, VOID)
get_form_object = _address_prototype(pdfium_c.FPDFFormObj_GetObject, VOID, VOID, ctypes.c_ulong)
get_type = _address_prototype(pdfium_c.FPDFPageObj_GetType, INT, VOID)
FLOAT_P = ctypes.POINTER(ctypes.c_float)
get_bounds = _address_prototype(pdfium_c.FPDFPageObj_GetBounds, INT, VOID, FLOAT_P, FLOAT_P, FLOAT_P, FLOAT_P)
count_segments = _address_prototype(pdfium_c.FPDFPath_CountSegments, INT, VOID)
UINT_P = ctypes.POINTER(ctypes.c_uint)
get_pixel_size = _address_prototype(pdfium_c.FPDFImageObj_GetImagePixelSize, INT, VOID, UINT_P, UINT_P)
text_render_mode = _address_prototype(pdfium_c.FPDFTextObj_GetTextRenderMode, INT, VOID)
has_transparency = _address_prototype(pdfium_c.FPDFPageObj_HasTransparency, INT, VOID)
