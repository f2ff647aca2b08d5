"""Text that PDFium gives out of its rows: a fillable form's flattened fields, drawn after the page,
come as one segment running over several rows (「1326 986 412」). Such a segment is read char by
char and split by row (`extractors.pdf_page`); here each piece joins the line it stands beside (lines: `pdf_page.TextLine`)."""

from __future__ import annotations


def stacked_segment(boxes) -> bool:
    """A segment PDFium gives as one line whose first and last characters stand on different rows
    (a form's flattened fields, one value a row, drawn after the page): read char by char, each
    value lands on its own row."""
    first, last = boxes[0], boxes[-1]
    if first is None or last is None:
        return False
    height = max(first[3] - first[1], last[3] - last[1], 1.0)
    return abs(first[1] - last[1]) > 1.5 * height


def join_rows(lines: list, placed: list) -> list:
    """Each piece of a stacked segment joins the line it stands beside (a field's value after its
    label: 「注册企业用户数（家） 1326」); a piece beside none is a line of its own, in reading order."""
    out = list(lines)
    for piece in placed:
        if piece.box is None:
            out.append(piece)
            continue
        x0, top, x1, bottom = piece.box
        beside = [i for i, line in enumerate(out) if line.box is not None and line.box[2] <= x0 + 1
                  and min(bottom, line.box[3]) - max(top, line.box[1]) >= 0.5 * min(bottom - top, line.box[3] - line.box[1])]
        if not beside:  # a row of its own: before the first line below it, in reading order
            below = next((i for i, line in enumerate(out) if line.box is not None and line.box[1] > top), len(out))
            out.insert(below, piece)
            continue
        i = max(beside, key=lambda k: out[k].box[2])  # the nearest on its left
        line = out[i]
        box = (min(line.box[0], x0), min(line.box[1], top), max(line.box[2], x1), max(line.box[3], bottom))
        out[i] = type(line)(f"{line.text} {piece.text}", box, line.hidden)
    return out
