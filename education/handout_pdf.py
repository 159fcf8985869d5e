"""A one-page PDF of plain text, enough for the demo's downloadable handouts.

Editors upload their own designed handouts as Wagtail documents; this only
makes the demo's files without any PDF library."""

import textwrap

PAGE_WIDTH, PAGE_HEIGHT, MARGIN, LEADING = 595, 842, 50, 15


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_pdf(title, paragraphs):
    lines = []
    for paragraph in paragraphs:
        lines.extend(textwrap.wrap(paragraph, 88) or [""])
        lines.append("")
    commands = [f"BT /F1 16 Tf {MARGIN} {PAGE_HEIGHT - MARGIN} Td ({_escape(title)}) Tj ET"]
    commands.append(f"BT /F1 11 Tf {LEADING} TL {MARGIN} {PAGE_HEIGHT - MARGIN - 30} Td")
    for line in lines[: (PAGE_HEIGHT - 2 * MARGIN - 30) // LEADING]:
        commands.append(f"({_escape(line)}) Tj T*")
    commands.append("ET")
    stream = "\n".join(commands).encode("cp1252", "replace")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        f"<</Type/Page/Parent 2 0 R/MediaBox[0 0 {PAGE_WIDTH} {PAGE_HEIGHT}]"
        "/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>".encode(),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
        b"<</Length " + str(len(stream)).encode() + b">>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<</Size {len(objects) + 1}/Root 1 0 R>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
