"""The UA corpus in ``tests/fixtures/ua-corpus/``: appeals written for the tests in the shapes of real ones.

Documents sit at the top of the folder (``.md``, ``.txt``, ``.html``); a PDF or Word document is built
by the tests from ``build/<stem>.pdf.txt`` or ``build/<stem>.docx.txt`` so that no binary file is kept
in the repository. ``expected/<stem>.toml`` holds what ``uaintl inspect --format json`` must report
for each document (see ``expected/README.md``). Other tests use :func:`corpus_documents` and
:func:`materialise` to run their own features on every document.
"""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "fixtures" / "ua-corpus"
BUILT_SUFFIXES = (".pdf", ".docx")
TEXT_SUFFIXES = (".md", ".txt", ".html")


def corpus_documents() -> list[str]:
    """File names of every corpus document, built ones included (``2019-russia-prison.pdf``)."""
    names = [path.name for path in CORPUS.iterdir() if path.suffix in TEXT_SUFFIXES]
    names += [path.name.removesuffix(".txt") for path in (CORPUS / "build").iterdir()
              if path.name.endswith(tuple(suffix + ".txt" for suffix in BUILT_SUFFIXES))]
    return sorted(names)


def expected(name: str) -> dict:
    """The expected structure of one corpus document."""
    stem = Path(name).stem
    return tomllib.loads((CORPUS / "expected" / f"{stem}.toml").read_text(encoding="utf-8"))


def materialise(name: str, folder: Path) -> Path:
    """Copy (or build) the corpus document ``name`` into ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    if target.suffix == ".pdf":
        build_pdf((CORPUS / "build" / f"{name}.txt").read_text(encoding="utf-8"), target)
    elif target.suffix == ".docx":
        build_docx((CORPUS / "build" / f"{name}.txt").read_text(encoding="utf-8"), target)
    else:
        shutil.copy(CORPUS / name, target)
    return target


def build_pdf(text: str, path: Path) -> None:
    """A PDF laid out as the text's lines, as a UA PDF looks: all-capital lines in bold; a form feed
    alone on a line starts a new page."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for line in text.split("\n"):
        if line == "\f":
            pdf.add_page()
            continue
        letters = [char for char in line if char.isalpha()]
        bold = len(letters) > 3 and all(char.isupper() for char in letters)
        pdf.set_font("Helvetica", "B" if bold else "", 10)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def build_columns_pdf(text: str, path: Path) -> None:
    """A one-page PDF in columns: lines before the first ``@column X WIDTH`` line run across the page;
    each column's lines start at its top (X and WIDTH in mm), its paragraphs wrapped to its width."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    x, width, top = 20.0, 170.0, 20.0
    pdf.set_xy(x, top)
    for line in text.split("\n"):
        if line.startswith("@column "):
            if x == 20.0 and width == 170.0:
                top = pdf.get_y() + 5  # the columns start under the text across the page
            x, width = (float(value) for value in line.split()[1:3])
            pdf.set_xy(x, top)
            continue
        pdf.set_x(x)
        if line:
            pdf.multi_cell(width, 5, line, align="L", new_x="LEFT", new_y="NEXT")
        else:
            pdf.ln(5)
    pdf.output(str(path))


def build_docx(text: str, path: Path) -> None:
    """A Word document: "# " lines are Heading 1, "- " lines List Bullet, other lines of a
    blank-line paragraph are joined by line breaks (Shift+Enter), as sections paste addresses."""
    import docx

    document = docx.Document()
    for paragraph in text.strip("\n").split("\n\n"):
        lines = paragraph.split("\n")
        if all(line.startswith("- ") for line in lines):
            for line in lines:
                document.add_paragraph(line[2:], style="List Bullet")
            continue
        if len(lines) == 1 and lines[0].startswith("# "):
            document.add_heading(lines[0][2:], level=1)
            continue
        run = document.add_paragraph().add_run(lines[0])
        for line in lines[1:]:
            run.add_break()
            run.add_text(line)
    document.save(str(path))
