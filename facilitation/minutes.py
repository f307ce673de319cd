"""The minutes (verslag) of a session as a Word document, and what every Samenspraak document
shares: the replaceable .docx template, headings, tables, pictures, a table of contents and page
numbers.

Every document starts from a .docx template a municipality may replace with its own house style:
SAMENSPRAAK_DOCX_TEMPLATE, by default exports/templates/samenspraak.docx (made by
``build_default_template``), and python-docx's own default when that file is missing. The template
gives the styles, the page set-up, headers and footers; its body text is not copied. A style the
template lacks falls back to a plainer one, so any Word document will do as a template.

The minutes respect the promise to parents: only what may be projected is written (never a hidden,
waiting or merged-away answer), answers in the projector's order rather than the order they were
sent in, no token, no participant, and no figure for a self-declared group of fewer than
anonymity.MIN_GROUP_SIZE. Text is written exactly as typed: nothing is read as markup.
"""

from __future__ import annotations

import datetime as dt
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
from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession

from facilitation import attendance, config, contribution, vote
from facilitation import domain as domains_mod
from facilitation import session as meetings
from facilitation.anonymity import large_enough
from facilitation.exercises import Catalogue, catalogue
from facilitation.models import (
    Contribution,
    Domain,
    DomainSet,
    MemberRole,
    ParticipantGroup,
    Session,
    SessionExercise,
    SessionKind,
    SessionState,
    VoteMethod,
    VoteRound,
)
from facilitation.trajectory import MEMBER_ROLE_LABELS, composition

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

PARENTS_LABEL = "Ouders"
OTHERS_LABEL = "Anderen"
GROUP_LABELS = {vote.PARENTS: PARENTS_LABEL, vote.OTHERS: OTHERS_LABEL}
METHOD_LABELS = {VoteMethod.DOTS: "stippen", VoteMethod.RANKING: "rangorde", VoteMethod.POINTS: "punten verdelen"}
SCORE_LABELS = {VoteMethod.DOTS: "Stippen", VoteMethod.RANKING: "Punten (rangorde)", VoteMethod.POINTS: "Punten"}
UNGROUPED = "Nog niet in een domein"
NO_VALUE = "niet ingevuld"
ANONYMITY_NOTE = (
    "Dit verslag bevat geen namen. Verborgen antwoorden staan er niet in. Een groep van minder dan "
    "3 mensen wordt nooit apart geteld, zodat niemand herkenbaar is."
)


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


def session_label(meeting: Session) -> str:
    """"Stuurgroep 2", "Focusgroep", ..."""
    kind = meetings.KIND_LABELS[meeting.kind]
    return f"{kind} {meeting.number}" if meeting.number else kind


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

    def table(self, header: Sequence[str], rows: Iterable[Sequence[object]], *,
              widths_cm: Sequence[float] | None = None):
        rows = [list(row) for row in rows]
        table = self.document.add_table(rows=1, cols=len(header))
        if TABLE_STYLE in self._styles:
            table.style = self.document.styles[TABLE_STYLE]
        head = table.rows[0]
        tr_pr = head._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")  # the header row repeats on every page
        repeat.set(qn("w:val"), "true")
        tr_pr.append(repeat)
        for cell, text in zip(head.cells, header):
            cell.paragraphs[0].add_run(clean(text)).bold = True
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), "D9E2F3")
            cell._tc.get_or_add_tcPr().append(shading)
        for values in rows:
            for cell, value in zip(table.add_row().cells, values):
                cell.paragraphs[0].add_run(clean(value))
        if widths_cm:
            table.autofit = False
            for column, width in zip(table.columns, widths_cm):
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


# --- the minutes ------------------------------------------------------------------------------------


def trajectory_domains(db: DbSession, trajectory_id: int) -> dict[int, Domain]:
    """Every domain of the trajectory's domain sets, by id, in list order."""
    return {
        d.id: d
        for d in db.scalars(
            select(Domain).join(DomainSet).where(DomainSet.trajectory_id == trajectory_id)
            .order_by(Domain.domain_set_id, Domain.position, Domain.id)
        )
    }


def group_split(groups: Sequence[ParticipantGroup | None]) -> tuple[int, int] | None:
    """(parents, others) among self-declared groups, or None when either is under MIN_GROUP_SIZE:
    then no split exists at all, as with the vote results."""
    parents = sum(1 for g in groups if g is ParticipantGroup.OUDER)
    others = len(groups) - parents
    return (parents, others) if large_enough(parents) and large_enough(others) else None


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _write_cover(writer: DocumentWriter, meeting: Session, *, kind_title: str) -> None:
    trajectory = meeting.trajectory
    writer.heading(kind_title, 0)
    writer.paragraph(meeting.title, style="Subtitle")
    writer.labelled("Gemeente", trajectory.gemeente)
    writer.labelled("Soort bijeenkomst", session_label(meeting))
    writer.labelled("Datum", dutch_date(meeting.scheduled_on))
    writer.labelled("Begeleider", meeting.facilitator or NO_VALUE)
    writer.labelled("Beleidsperiode", f"{trajectory.period_start}-{trajectory.period_end}")


def _write_attendance(writer: DocumentWriter, db: DbSession, meeting: Session) -> None:
    writer.heading("Aanwezigen", 1)
    present = attendance.parents_present(db, session_id=meeting.id)
    writer.labelled("Ouders aanwezig", NO_VALUE if present is None else str(present))
    if meeting.kind is SessionKind.STUURGROEP:
        members = composition(db, trajectory_id=meeting.trajectory_id)
        if members:
            writer.paragraph("Samenstelling van de stuurgroep, per rol (ouders als aantal, zonder naam):")
            writer.table(["Rol", "Organisatie", "Aantal"],
                         [(role, organisation or "", count) for role, organisation, count in members],
                         widths_cm=[5.5, 8.0, 2.0])


def _write_answers(writer: DocumentWriter, db: DbSession, exercise: SessionExercise,
                   domains: dict[int, Domain]) -> None:
    shown = contribution.shown_answers(db, session_exercise_id=exercise.id)
    if not shown:
        writer.paragraph("Er kwamen geen antwoorden.", italic=True)
        return
    visible = {c.id: c for c in contribution.visible_contributions(db, session_exercise_id=exercise.id)}
    total = len(shown) + sum(a.merged for a in shown)
    line = f"{_plural(len(shown), 'antwoord', 'antwoorden')}"
    if total != len(shown):
        line += f" ({total} voor het samenvoegen van gelijkaardige antwoorden)"
    split = group_split([visible[a.id].participant_group for a in shown if a.id in visible])
    if split is not None:
        line += f"; {split[0]} van ouders en {split[1]} van anderen (zoals ze zelf aangaven)"
    writer.paragraph(line + ".")
    cloud = _cloud([a.text for a in shown] + [e for a in shown for e in a.elements])
    if cloud:
        writer.picture(cloud, caption="Woordwolk van de antwoorden en hun essentiële elementen", width_cm=12)

    by_domain: dict[int | None, list] = {}
    for answer in shown:
        domain_id = visible[answer.id].domain_id if answer.id in visible else None
        by_domain.setdefault(domain_id if domain_id in domains else None, []).append(answer)
    order = [d for d in domains if d in by_domain] + ([None] if None in by_domain else [])
    flat = order == [None]
    for domain_id in order:
        answers = by_domain[domain_id]
        if not flat:
            name = domains[domain_id].name if domain_id is not None else UNGROUPED
            writer.heading(f"{name} ({len(answers)})", 3)
        for answer in answers:
            text = answer.text + (f" (+{answer.merged} gelijkaardig)" if answer.merged else "")
            writer.bullet(text)
            for element in answer.elements:
                writer.bullet(element, level=2)
    if any(a.elements for a in shown):
        writer.paragraph("Ingesprongen: de essentiële elementen van een antwoord.", style="Caption", italic=True)


def _cloud(texts: list[str]) -> bytes | None:
    from facilitation import charts_doc

    return charts_doc.word_cloud_png(texts)


def _write_grouping(writer: DocumentWriter, db: DbSession, meeting: Session, domains: dict[int, Domain]) -> None:
    """How this session's visible answers were spread over the domains."""
    rows = db.execute(
        select(Contribution.domain_id, func.count(Contribution.id))
        .join(SessionExercise, Contribution.session_exercise_id == SessionExercise.id)
        .where(SessionExercise.session_id == meeting.id, Contribution.hidden.is_(False),
               Contribution.approved.is_(True), Contribution.merged_into_id.is_(None))
        .group_by(Contribution.domain_id)
    ).all()
    counts = dict(rows)
    if not any(counts.get(d) for d in domains):
        writer.paragraph("De antwoorden van deze bijeenkomst zijn nog niet in domeinen gegroepeerd.", italic=True)
        return
    table_rows = [(d.name, counts.get(d_id, 0)) for d_id, d in domains.items() if counts.get(d_id)]
    if counts.get(None):
        table_rows.append((UNGROUPED, counts[None]))
    writer.table(["Domein", "Antwoorden"], table_rows, widths_cm=[11.0, 4.0])


def vote_table_rows(results: vote.Results, domains: dict[int, Domain]) -> tuple[list[str], list[list[object]]]:
    """The results as a table, best first: place, domain, score (and parents/others when split)."""
    header = ["Plaats", "Domein", SCORE_LABELS[results.method]]
    if results.by_group is not None:
        header += [GROUP_LABELS[vote.PARENTS], GROUP_LABELS[vote.OTHERS]]
    rows: list[list[object]] = []
    place = 1
    for tied in results.ranking:
        for domain_id in tied:
            row: list[object] = [place, domains[domain_id].name if domain_id in domains else "?",
                                 results.totals[domain_id]]
            if results.by_group is not None:
                row += [results.by_group[vote.PARENTS][domain_id], results.by_group[vote.OTHERS][domain_id]]
            rows.append(row)
        place += len(tied)
    return header, rows


def write_vote_results(writer: DocumentWriter, results: vote.Results, domains: dict[int, Domain]) -> None:
    """Table, note and chart of one round's results (the chart split only when by_group exists)."""
    from facilitation import charts_doc

    header, rows = vote_table_rows(results, domains)
    writer.table(header, rows, widths_cm=[1.8, 6.0, 3.0, 2.4, 2.4][: len(header)])
    if results.split_note:
        writer.paragraph(results.split_note, italic=True)
    ordered = [domain_id for tied in results.ranking for domain_id in tied]
    labels = [domains[d].name if d in domains else "?" for d in ordered]
    groups = None
    if results.by_group is not None:
        groups = {GROUP_LABELS[g]: [results.by_group[g][d] for d in ordered] for g in (vote.PARENTS, vote.OTHERS)}
    png = charts_doc.vote_chart_png(labels, [results.totals[d] for d in ordered], groups=groups,
                                    value_label=SCORE_LABELS[results.method], width_cm=writer.width_cm)
    writer.picture(png, caption="Uitslag van de stemming")


def _write_votes(writer: DocumentWriter, db: DbSession, exercise: SessionExercise,
                 domains: dict[int, Domain]) -> int:
    rounds = db.scalars(
        select(VoteRound).where(VoteRound.session_exercise_id == exercise.id).order_by(VoteRound.id)
    ).all()
    if not rounds:
        writer.paragraph("Er werd (nog) niet gestemd.", italic=True)
    for number, vote_round in enumerate(rounds, start=1):
        method = METHOD_LABELS[vote_round.method]
        if vote_round.method is VoteMethod.RANKING:
            method = f"rangorde (top {vote_round.budget})"
        elif vote_round.method is VoteMethod.DOTS:
            method = f"{vote_round.budget} stippen per persoon"
        elif vote_round.method is VoteMethod.POINTS:
            method = f"{vote_round.budget} punten verdelen"
        title = f"Stemronde {number}" if len(rounds) > 1 else "Stemming"
        writer.heading(f"{title}: {method}", 3)
        if not vote.results_visible(db, vote_round_id=vote_round.id):
            writer.paragraph("De stemming loopt nog en de uitslag is verborgen.", italic=True)
            continue
        results = vote.results(db, vote_round_id=vote_round.id)
        state = "afgesloten" if vote_round.state.value == "closed" else "loopt nog"
        writer.paragraph(f"{_plural(results.ballots, 'stem', 'stemmen')} (telefoon en papier); de stemming is {state}.")
        write_vote_results(writer, results, domains)
    return len(rounds)


def _write_decisions(writer: DocumentWriter, db: DbSession, meeting: Session, *, voted: bool) -> None:
    writer.heading("Beslissingen", 1)
    priorities = domains_mod.priority_domains(db, trajectory_id=meeting.trajectory_id)
    if not voted and meeting.roadmap_step != "stuurgroep_3":
        writer.paragraph("In deze bijeenkomst werden geen prioritaire domeinen gekozen.")
        return
    if not priorities:
        writer.paragraph("Er zijn nog geen prioritaire domeinen gekozen.")
        return
    writer.heading("Prioritaire domeinen", 2)
    for priority in priorities:
        kind = domains_mod.PRIORITY_LABELS.get(priority.priority_kind, "") if priority.priority_kind else ""
        writer.bullet(priority.name + (f" ({kind})" if kind else ""))
    writer.heading("Werkgroepen", 2)
    for priority in priorities:
        group = domains_mod.werkgroep(db, domain_id=priority.id)
        if group is None or not group.members:
            writer.labelled(priority.name, "de werkgroep is nog niet samengesteld")
            continue
        writer.paragraph(f"Werkgroep {priority.name}:", bold=True)
        writer.table(
            ["Rol", "Organisatie", "Aantal"],
            [(MEMBER_ROLE_LABELS[m.role], "" if m.role in domains_mod.PARENT_ROLES else (m.organisation or ""),
              m.count) for m in group.members],
            widths_cm=[5.5, 8.0, 2.0],
        )


def next_session(db: DbSession, meeting: Session) -> Session | None:
    """The first session after this one, in roadmap order, that has not taken place yet."""
    ordered = meetings.list_sessions(db, trajectory_id=meeting.trajectory_id)
    after = ordered[ordered.index(meeting) + 1:] if meeting in ordered else ordered
    return next((s for s in after if s.state is not SessionState.CLOSED), None)


def _write_next_steps(writer: DocumentWriter, db: DbSession, meeting: Session) -> None:
    writer.heading("Volgende stappen", 1)
    following = next_session(db, meeting)
    if following is None:
        writer.paragraph("Er is nog geen volgende bijeenkomst gepland.")
    else:
        when = dutch_date(following.scheduled_on) if following.scheduled_on else "datum nog niet vastgelegd"
        writer.labelled("Volgende bijeenkomst", f"{following.title} ({session_label(following)}, {when})")
    writer.paragraph("De lokale coördinator bezorgt dit verslag aan de stuurgroep en aan alle schepenen.")


def build_minutes(db: DbSession, *, session_id: int, template: str | Path | None = None,
                  exercises: Catalogue | None = None) -> bytes:
    """The minutes of a session as .docx bytes."""
    meeting = db.get(Session, session_id)
    if meeting is None:
        raise DocumentError("Deze sessie bestaat niet (meer).")
    cat = exercises or catalogue()
    domains = trajectory_domains(db, meeting.trajectory_id)
    agenda = sorted(meeting.exercises, key=lambda e: e.position)
    writer = DocumentWriter(title=f"Verslag {session_label(meeting)} {meeting.trajectory.gemeente}",
                            subject=meeting.title, template=template)
    _write_cover(writer, meeting, kind_title="Verslag")
    writer.paragraph()
    writer.table_of_contents()
    writer.page_break()
    _write_attendance(writer, db, meeting)

    writer.heading("Agenda", 1)
    titles = []
    for exercise in agenda:
        template_exercise = cat.exercises.get(exercise.exercise_key)
        titles.append(template_exercise.title.nl if template_exercise else exercise.exercise_key)
    if titles:
        for title in titles:
            writer.numbered(title)
    else:
        writer.paragraph("Deze bijeenkomst had geen oefeningen op de agenda.", italic=True)

    voted = 0
    for number, (exercise, title) in enumerate(zip(agenda, titles), start=1):
        template_exercise = cat.exercises.get(exercise.exercise_key)
        writer.heading(f"{number}. {title}", 1)
        if template_exercise is not None:
            writer.labelled("Vraag", template_exercise.question.nl)
            if template_exercise.follow_up is not None:
                writer.labelled("Doorvraag", template_exercise.follow_up.question.nl)
        kind = template_exercise.kind if template_exercise else "open"
        if kind == "vote":
            voted += _write_votes(writer, db, exercise, domains)
        elif kind == "domain_grouping":
            _write_grouping(writer, db, meeting, domains)
        else:
            _write_answers(writer, db, exercise, domains)

    _write_decisions(writer, db, meeting, voted=bool(voted))
    _write_next_steps(writer, db, meeting)
    writer.paragraph()
    writer.paragraph(ANONYMITY_NOTE, italic=True)
    return writer.to_bytes()


def minutes_stem(db: DbSession, *, session_id: int) -> str:
    """The base of the file name: verslag, gemeente, session, date."""
    meeting = db.get(Session, session_id)
    if meeting is None:
        raise DocumentError("Deze sessie bestaat niet (meer).")
    date = meeting.scheduled_on.isoformat() if meeting.scheduled_on else f"sessie-{meeting.id}"
    return f"verslag {meeting.trajectory.gemeente} {session_label(meeting)} {date}"


def parent_seats(members: Iterable) -> int:
    """How many parents and ervaringsdeskundigen sit in a group (a stuurgroep or a werkgroep)."""
    return sum(m.count for m in members if m.role in (MemberRole.OUDER, MemberRole.ERVARINGSDESKUNDIGE))

