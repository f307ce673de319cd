"""What every Samenspraak Word document shares: the replaceable .docx template, headings, lists,
tables whose columns fit their words, pictures, a table of contents and page numbers.

Every document starts from a .docx template a municipality may replace with its own house style:
SAMENSPRAAK_DOCX_TEMPLATE, by default exports/templates/samenspraak.docx (made by
``build_default_template``), and python-docx's own default when that file is missing. The template
gives the styles, the page set-up, headers and footers; its body text is not copied. A style the
template lacks falls back to a plainer one, so any Word document will do as a template. Text is
written exactly as typed: nothing is read as markup.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from facilitation import config

log = logging.getLogger(__name__)

TEMPLATE_ENV = "SAMENSPRAAK_DOCX_TEMPLATE"
AUTHOR = "Samenspraak"
LANGUAGE = "nl-BE"

# The styles the documents use, each with what stands in for it when a template lacks it.
STYLE_FALLBACKS: dict[str, tuple[str, ...]] = {
    "Title": ("Heading 1",),
    "Subtitle": ("Heading 2",),
    "Heading 1": (),
    "Heading 2": ("Heading 1",),
    "Heading 3": ("Heading 2", "Heading 1"),
    "List Bullet": ("List Paragraph",),
    "List Bullet 2": ("List Bullet", "List Paragraph"),
    "List Number": ("List Bullet", "List Paragraph"),
    "Caption": (),
    "Quote": (),
    "TOC Heading": ("Heading 1",),
    "TOC 1": (),
    "TOC 2": ("TOC 1",),
    "Footer": (),
}
TABLE_STYLE = "Table Grid"
STYLES_USED = (*STYLE_FALLBACKS, TABLE_STYLE, "Normal")

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december")
# Characters XML 1.0 (and so Word) cannot hold; a phone can paste them. Tab and line breaks stay.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

NO_VALUE = "niet ingevuld"


class DocumentError(ValueError):
    """A document that cannot be made; the message is for the user."""


# --- text -------------------------------------------------------------------------------------------


def clean(text: object) -> str:
    """The text as typed, minus what XML cannot hold; Windows line ends become one line break."""
    if text is None:
        return ""
    return _NOT_XML.sub("", str(text).replace("\r\n", "\n"))


def dutch_date(day: dt.date | None) -> str:
    if day is None:
        return NO_VALUE
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def month_year(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


# --- measuring text ---------------------------------------------------------------------------------

DEFAULT_SIZE = 11.0  # pt, python-docx's and the default template's body text
MIN_TABLE_SIZE = 8.0  # pt: a table's font gets no smaller than this to fit its words
CELL_PADDING_CM = 0.5  # Word's default cell margins (2 x 0.19 cm) and a little air
_MEASURE_AT = 100  # px: the font size text is measured at, then scaled


@functools.cache
def _font(bold: bool):
    """DejaVu Sans, shipped with matplotlib: wider than Calibri, Carlito, Arial or Liberation Sans,
    so text measured with it fits in any of them (and in LibreOffice's fallback, DejaVu itself)."""
    import matplotlib
    from PIL import ImageFont

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name), _MEASURE_AT)


def text_width_cm(text: str, size_pt: float, *, bold: bool = False) -> float:
    """How wide the text is on paper at this font size (one line, no wrapping)."""
    return _font(bold).getlength(text) / _MEASURE_AT * size_pt / 72 * 2.54


def _sizes(wanted: float) -> list[float]:
    sizes = [wanted]
    while sizes[-1] - 1 >= MIN_TABLE_SIZE:
        sizes.append(sizes[-1] - 1)
    return sizes


def fitted_widths(header: Sequence[str], rows: Sequence[Sequence[str]], *, total_cm: float,
                  size_pt: float) -> list[float] | None:
    """Column widths (cm) that fill total_cm, none narrower than its longest word (the header in
    bold), the rest shared by how much wider each column would like to be; None when the longest
    words alone are wider than the page."""
    columns = list(zip(header, *rows, strict=True)) if rows else [(h,) for h in header]
    minimum, natural = [], []
    for column in columns:
        words = [(word, index == 0) for index, text in enumerate(column) for word in text.split()]
        lines = [(line, index == 0) for index, text in enumerate(column) for line in text.split("\n")]
        minimum.append(max((text_width_cm(w, size_pt, bold=b) for w, b in words), default=0) + CELL_PADDING_CM)
        natural.append(max((text_width_cm(t, size_pt, bold=b) for t, b in lines), default=0) + CELL_PADDING_CM)
    spare = total_cm - sum(minimum)
    if spare < 0:
        return None
    wants = [n - m for n, m in zip(natural, minimum)]
    if sum(wants) <= spare:  # everything fits on one line: share what is left by the natural widths
        return [n + (spare - sum(wants)) * n / sum(natural) for n in natural]
    return [m + spare * w / sum(wants) for m, w in zip(minimum, wants)]


# --- the template -----------------------------------------------------------------------------------


def default_template_path() -> Path:
    return config.EXPORTS_DIR / "templates" / "samenspraak.docx"


def template_path() -> Path | None:
    """The configured template, or None (python-docx's default) when there is no such file."""
    configured = os.environ.get(TEMPLATE_ENV)
    path = Path(configured) if configured else default_template_path()
    if path.is_file():
        return path
    if configured:
        log.warning("%s=%s bestaat niet: het standaardsjabloon van python-docx wordt gebruikt.", TEMPLATE_ENV, path)
    return None


def _field_runs(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A complex field (PAGE, NUMPAGES, TOC ...) with its last known result shown."""
    for kind, text in (("begin", None), ("instr", instruction), ("separate", None), ("text", shown), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
            run._r.append(element)
        elif kind == "text":
            run.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
            run._r.append(element)


def _has_field(element, name: str) -> bool:
    instructions = [t.text or "" for t in element.iter(qn("w:instrText"))]
    instructions += [f.get(qn("w:instr")) or "" for f in element.iter(qn("w:fldSimple"))]
    return any(i.split()[:1] == [name] for i in instructions)


def _add_page_numbers(document: docx.document.Document) -> None:
    """"Pagina X van Y" in the footer of every section whose footer has no page number yet."""
    for index, section in enumerate(document.sections):
        footer = section.footer
        if footer.is_linked_to_previous and index > 0:
            continue  # it shows the footer of the section before
        if not footer.is_linked_to_previous and _has_field(footer._element, "PAGE"):
            continue
        paragraph = footer.add_paragraph() if footer.paragraphs[0].text.strip() else footer.paragraphs[0]
        if "Footer" in {s.name for s in document.styles}:
            paragraph.style = document.styles["Footer"]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("Pagina ")
        _field_runs(paragraph, "PAGE", "1")
        paragraph.add_run(" van ")
        _field_runs(paragraph, "NUMPAGES", "1")


def _paragraph_style(document, name: str, *, base: str, size: float | None = None, indent_cm: float = 0,
                     space_after: float | None = None):
    styles = document.styles
    if name in {s.name for s in styles}:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.next_paragraph_style = styles["Normal"]
    if size:
        style.font.size = Pt(size)
    if indent_cm:
        style.paragraph_format.left_indent = Cm(indent_cm)
    if space_after is not None:
        style.paragraph_format.space_after = Pt(space_after)
    return style


def build_default_template(path: str | Path) -> Path:
    """Write the default template: python-docx's default document on A4 with 2.5 cm margins,
    Dutch (Belgium) as proofing language, "Pagina X van Y" in the footer, and every style the
    documents use (the TOC styles added). A municipality replaces it with its own house style."""
    path = Path(path)
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    section.footer_distance = Cm(1.25)
    _paragraph_style(document, "TOC 1", base="Normal", space_after=2)
    _paragraph_style(document, "TOC 2", base="Normal", indent_cm=0.6, space_after=2)
    # Proofing language of the whole document: Dutch (Belgium), so Word does not underline it all.
    rpr_default = document.styles.element.find(qn("w:docDefaults"))
    rpr = rpr_default.find(qn("w:rPrDefault")).find(qn("w:rPr")) if rpr_default is not None else None
    if rpr is not None:
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:val"), LANGUAGE)
    document.styles["Normal"].font.size = Pt(11)
    _add_page_numbers(document)
    properties = document.core_properties
    properties.author = properties.last_modified_by = AUTHOR
    properties.title = "Samenspraak: sjabloon voor verslagen en nota's"
    properties.language = LANGUAGE
    properties.comments = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


# --- writing ----------------------------------------------------------------------------------------


@dataclass
class _Toc:
    heading_levels: int
    anchor: Paragraph
    entries: list[tuple[int, str]] = field(default_factory=list)


class DocumentWriter:
    """A document from the template, written top to bottom: headings, paragraphs, lists, tables,
    pictures; a table of contents filled in at the end; page numbers in the footer."""

    def __init__(self, *, title: str, subject: str = "", template: str | Path | None = None):
        source = Path(template) if template is not None else template_path()
        self.document = docx.Document(str(source)) if source is not None else docx.Document()
        body = self.document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)  # the template gives styles and page set-up, not body text
        # Style name -> id, looked up once: python-docx resolves a name on every paragraph by walking
        # all styles, which took most of the time of a long document.
        self._style_ids = {s.name: s.style_id for s in self.document.styles if s.name}
        self._styles = set(self._style_ids)
        self._toc: _Toc | None = None
        self.width_cm = self._usable_width()
        properties = self.document.core_properties
        properties.title = title
        properties.subject = subject
        properties.author = properties.last_modified_by = AUTHOR
        properties.language = LANGUAGE
        properties.comments = properties.keywords = properties.category = ""
        properties.created = properties.modified = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
        properties.revision = 1

    def _usable_width(self) -> float:
        section = self.document.sections[-1]
        usable = (section.page_width or Cm(21.59)) - (section.left_margin or 0) - (section.right_margin or 0)
        return max(min(usable / 360000, 16.5 if section.orientation is WD_ORIENT.PORTRAIT else 25.0), 6.0)

    def orientation(self, orientation: WD_ORIENT) -> None:
        """Continue on a new page turned this way (a wide table goes on a landscape page); the
        footer, and so the page numbers, carry on."""
        current = self.document.sections[-1]
        if current.orientation == orientation:
            return
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        width, height = current.page_width, current.page_height
        section.orientation = orientation
        section.page_width, section.page_height = height, width
        self.width_cm = self._usable_width()

    def style(self, name: str) -> str | None:
        """The style itself if the template has it, else its fallback, else None (Normal)."""
        for candidate in (name, *STYLE_FALLBACKS.get(name, ())):
            if candidate in self._styles:
                return candidate
        return None

    def _add(self, style: str | None, text: str = "") -> Paragraph:
        """A new paragraph at the end, in the style (a resolved name, or None for Normal)."""
        paragraph = self.document.add_paragraph(text)
        if style is not None:
            paragraph._p.style = self._style_ids[style]
        return paragraph

    def heading(self, text: str, level: int = 1) -> Paragraph:
        name = self.style("Title" if level == 0 else f"Heading {level}")
        paragraph = self._add(name)
        run = paragraph.add_run(clean(text))
        if name is None:
            run.bold = True
        if self._toc is not None and 1 <= level <= self._toc.heading_levels:
            self._toc.entries.append((level, clean(text)))
        return paragraph

    def paragraph(self, text: str = "", *, style: str | None = None, bold: bool = False, italic: bool = False,
                  size: float | None = None) -> Paragraph:
        paragraph = self._add(self.style(style) if style else None)
        if text:
            run = paragraph.add_run(clean(text))
            run.bold = bold or None
            run.italic = italic or None
            if size:
                run.font.size = Pt(size)
        return paragraph

    def labelled(self, label: str, value: str) -> Paragraph:
        paragraph = self.document.add_paragraph()
        paragraph.add_run(clean(label) + ": ").bold = True
        paragraph.add_run(clean(value))
        return paragraph

    def bullet(self, text: str, *, level: int = 1, size: float | None = None) -> Paragraph:
        name = self.style("List Bullet 2" if level > 1 else "List Bullet")
        paragraph = self._add(name)
        run = paragraph.add_run(("• " if name is None else "") + clean(text))
        if size:
            run.font.size = Pt(size)
        return paragraph

    def numbered(self, text: str) -> Paragraph:
        return self._add(self.style("List Number"), clean(text))

    def _normal_size(self) -> float:
        size = self.document.styles["Normal"].font.size
        return size.pt if size is not None else DEFAULT_SIZE

    def table(self, header: Sequence[str], rows: Iterable[Sequence[object]], *, size: float | None = None):
        """A table with a shaded header row that repeats on every page. Its columns fit their words
        (fitted_widths): when they do not fit at the body's font size (or `size`), the table's font
        gets smaller, down to MIN_TABLE_SIZE; only then would Word break a long word."""
        header = [clean(text) for text in header]
        rows = [[clean(value) for value in row] for row in rows]
        wanted = size or self._normal_size()
        widths = None
        for candidate in _sizes(wanted):
            widths = fitted_widths(header, rows, total_cm=self.width_cm, size_pt=candidate)
            if widths is not None:
                break
        run_size = Pt(candidate) if candidate != self._normal_size() else None
        table = self.document.add_table(rows=1, cols=len(header))
        if TABLE_STYLE in self._styles:
            table.style = self.document.styles[TABLE_STYLE]
        head = table.rows[0]
        tr_pr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for cell, text in zip(head.cells, header):
            run = cell.paragraphs[0].add_run(text)
            run.bold = True
            run.font.size = run_size
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), "D9E2F3")
            cell._tc.get_or_add_tcPr().append(shading)
        for values in rows:
            for cell, value in zip(table.add_row().cells, values):
                cell.paragraphs[0].add_run(value).font.size = run_size
        if widths is not None:
            table.autofit = False  # a fixed layout: Word keeps these widths
            for column, width in zip(table.columns, widths):
                column.width = Cm(width)
                for cell in column.cells:
                    cell.width = Cm(width)
        self.document.add_paragraph()  # air below, and two tables never merge
        return table

    def picture(self, png: bytes, *, caption: str | None = None, width_cm: float | None = None) -> None:
        self.document.add_picture(io.BytesIO(png), width=Cm(min(width_cm or self.width_cm, self.width_cm)))
        self.document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if caption:
            self.paragraph(caption, style="Caption", italic=self.style("Caption") is None)

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def table_of_contents(self, title: str = "Inhoud", *, levels: int = 2) -> None:
        """A TOC field here; its entries (the headings written from now on) are filled in at the
        end, so the document reads well before Word or LibreOffice updates the page numbers."""
        self.paragraph(title, style="TOC Heading", bold=self.style("TOC Heading") is None)
        self._toc = _Toc(heading_levels=levels, anchor=self.document.add_paragraph())

    def _finish_toc(self) -> None:
        toc = self._toc
        if toc is None:
            return
        instruction = f'TOC \\o "1-{toc.heading_levels}" \\h \\z \\u'
        entries = toc.entries or [(1, "(nog geen hoofdstukken)")]
        first = True
        for level, text in entries:
            paragraph = toc.anchor.insert_paragraph_before()
            if self.style(f"TOC {level}") is not None:
                paragraph._p.style = self._style_ids[self.style(f"TOC {level}")]
            if first:
                for kind, value in (("begin", None), ("instr", instruction), ("separate", None)):
                    run = paragraph.add_run()
                    if kind == "instr":
                        element = OxmlElement("w:instrText")
                        element.set(qn("xml:space"), "preserve")
                        element.text = f" {value} "
                    else:
                        element = OxmlElement("w:fldChar")
                        element.set(qn("w:fldCharType"), kind)
                    run._r.append(element)
                first = False
            paragraph.add_run(("    " if level > 1 and self.style(f"TOC {level}") is None else "") + text)
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        toc.anchor.add_run()._r.append(end)
        # Word fills in the page numbers when the document is opened.
        settings = self.document.settings.element
        if settings.find(qn("w:updateFields")) is None:
            update = OxmlElement("w:updateFields")
            update.set(qn("w:val"), "true")
            settings.append(update)

    def to_bytes(self) -> bytes:
        self._finish_toc()
        _add_page_numbers(self.document)
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()
