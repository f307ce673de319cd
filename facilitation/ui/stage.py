"""The beamer as a stage, readable from the back of a town-hall room (issue 12, barrier 7).

Everything is sized in viewport units, so 1920x1080 and 1280x720 show the same picture; at 1920x1080
no text on the stage is under 28 px. The answers fill the screen below the question: the grid and its
font follow the number of answers, and every text that cannot be shown whole ends in "…" (a line clamp
computed here from the space a card has), never cut silently. Everything typed is escaped here.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass

from facilitation.contribution import ShownAnswer

# The stage's geometry in vh (hundredths of the screen height). The main column is about 4/5 of a
# 16:9 screen: 133 vh wide. On a narrower screen the texts get more lines than estimated here; the
# line clamps then show "…" sooner, and nothing overflows.
STAGE_HEIGHT = 94.0
MAIN_WIDTH = 133.0
META_HEIGHT = 4.6  # the line above the question, with its margin
QUESTION_MARGIN = 1.6
MORE_HEIGHT = 4.8  # "en nog 3 antwoorden" under the cards
GAP = 1.4  # between cards
CARD_PAD_Y, CARD_PAD_X, CARD_BORDER = 1.2, 1.6, 0.8
LINE = 1.22  # line height of card text, in ems
CHAR = 0.47  # average width of a character in ems (estimate; wider text gets its "…" sooner)
MIN_FONT = 2.8  # vh: 30 px at 1080, 20 px at 720
FONTS = (6.4, 5.6, 4.8, 4.2, 3.7, 3.2, MIN_FONT)
MAX_CARDS = 12

STAGE_CSS = """
<style>
  .block-container, [data-testid="stMainBlockContainer"] {padding: 2vh 2vw 0 2vw !important; max-width: 100%;}
  header[data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
  [data-testid="stToolbar"], [data-testid="stDecoration"] {display: none;}
  /* The login's cookie component and these styles take no room on the stage (they still run). */
  [data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] > :is(.st-key-init, :has(style)) {
    position: absolute; width: 0; height: 0; overflow: hidden;}
  .ss-stage {height: 94vh; display: flex; flex-direction: column; overflow: hidden; color: #111;}
  .ss-stage.ss-free {height: auto;}
  .ss-meta {font-size: 2.8vh; line-height: 1.3; color: #333; margin: 0 0 .9vh 0; white-space: nowrap;
            overflow: hidden; text-overflow: ellipsis; flex: none;}
  .ss-meta b {color: #111;}
  .ss-question {white-space: pre-line; font-weight: 700; line-height: 1.15; margin: 0 0 1.6vh 0; flex: none;
                overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical; overflow: hidden;}
  .ss-say {font-size: 4.4vh; line-height: 1.25; font-weight: 600; color: #222; margin-top: 2vh;}
  .ss-grid {display: grid; gap: 1.4vh; flex: 1 1 0; min-height: 0;}
  .ss-card {background: #eef3f6; border-left: .8vh solid #0b4f66; border-radius: .8vh; padding: 1.2vh 1.6vh;
            line-height: 1.22; overflow: hidden; min-width: 0; min-height: 0; display: flex;
            flex-direction: column; justify-content: center; color: #111;}
  .ss-card.pinned {border-left-color: #8a5a00; background: #fff3d6;}
  .ss-text {white-space: pre-wrap; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
            overflow: hidden; flex: none;}
  .ss-times {color: #0b4f66;}
  .ss-el {display: flex; gap: .6vh; color: #0a3d52; font-weight: 600; white-space: nowrap; flex: none;}
  .ss-el-text {overflow: hidden; text-overflow: ellipsis; min-width: 0;}
  .ss-el-more {flex: none; background: #0a3d52; color: #fff; border-radius: .6vh; padding: 0 .8vh;}
  .ss-more {font-size: 3vh; line-height: 1.3; color: #222; margin-top: 1.2vh; flex: none;}
  .ss-domain {font-weight: 700; overflow-wrap: anywhere; display: -webkit-box; -webkit-box-orient: vertical;
              overflow: hidden;}
  .ss-domain-count {font-size: 7vh; line-height: 1.1; font-weight: 800; color: #0b4f66;}
  .ss-side {container-type: inline-size;}  /* the code fits the QR's column, beside the answers or the cloud */
  .ss-code {font-size: min(6vh, 19cqi); font-weight: 800; letter-spacing: .1em; text-align: center; line-height: 1.1;
            color: #111; white-space: nowrap;}
  .ss-count {font-size: min(2.6vh, 8cqi); text-align: center; color: #222; overflow-wrap: anywhere;}
  .ss-bars {flex: 1 1 0; min-height: 0; display: flex; flex-direction: column; gap: 1vh;}
  .ss-legend {display: flex; gap: 3vh; font-size: 3vh; flex: none;}
  .ss-legend span::before {content: ""; display: inline-block; width: 2.4vh; height: 2.4vh; margin-right: .8vh;
                           vertical-align: -.3vh; background: var(--c); border-radius: .3vh;}
  .ss-bar-row {flex: 1 1 0; min-height: 0; max-height: 14vh; display: grid; grid-template-columns: 36% 1fr;
               gap: 2vh; align-items: center;}
  .ss-bar-label {font-size: 3.4vh; line-height: 1.15; font-weight: 600; overflow-wrap: anywhere;
                 display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden;}
  .ss-bar-track {display: flex; flex-direction: column; justify-content: center; gap: .6vh; height: 100%;
                 min-height: 0;}
  .ss-bar-line {display: flex; align-items: center; gap: 1.2vh; flex: 1 1 0; min-height: 0; max-height: 7vh;}
  .ss-bar {height: 100%; border-radius: .6vh; min-width: .6vh;}
  .ss-bar-value {font-size: 4.4vh; font-weight: 800; line-height: 1; color: #111;}
  .ss-note {font-size: 2.8vh; color: #222; flex: none; margin-top: 1vh;}
  .st-key-ss-cloud img {max-height: 78vh; object-fit: contain;}
  .st-key-toon {margin-top: 1vh;}
</style>
"""


def escaped(text: str) -> str:
    """Typed text as HTML text: escaped, and newlines as character references, so a blank line in an
    answer can never end the HTML block and turn the rest into Markdown."""
    return html.escape(text).replace("\r", "").replace("\n", "&#10;")


def lines_needed(text: str, *, width: float, font: float) -> int:
    """How many lines `text` takes in a box `width` vh wide at `font` vh (an estimate)."""
    per_line = max(1, int(width / (CHAR * font)))
    return sum(max(1, math.ceil(len(part) / per_line)) for part in text.split("\n"))


@dataclass(frozen=True)
class Question:
    html: str
    height: float  # vh it may take, its margin included


def question(text: str, *, compact: bool = False) -> Question:
    """The question in the largest type that fits its share of the screen; a question too long for it
    ends in "…" (the facilitator's phone and the control view have it whole)."""
    sizes = ((3.6, 2), (3.0, 3)) if compact else ((5.6, 2), (4.8, 3), (4.0, 3), (3.4, 4))
    for font, most in sizes:
        needed = lines_needed(text, width=MAIN_WIDTH, font=font * 1.08)  # bold is wider
        if needed <= most:
            break
    clamp = min(most, needed + 1)  # one line to spare for the estimate
    height = clamp * 1.15 * font
    style = f"font-size:{font}vh;-webkit-line-clamp:{clamp};max-height:{height:.2f}vh"
    return Question(f'<div class="ss-question" style="{style}">{escaped(text)}</div>', height + QUESTION_MARGIN)


def stage(meta: str, body: str, *, question_html: str = "", free: bool = False) -> str:
    """The main column: a line of facts, the question, then what fills the screen. `meta` is HTML."""
    return (f'<div class="ss-stage{" ss-free" if free else ""}"><div class="ss-meta">{meta}</div>'
            f"{question_html}{body}</div>")


def say(text: str) -> str:
    """A sentence in large type in the body of the stage."""
    return f'<div class="ss-say">{escaped(text)}</div>'


def grid_shape(count: int) -> tuple[int, int]:
    """Columns and rows for `count` cards: few answers get big cards."""
    for most, shape in ((1, (1, 1)), (2, (2, 1)), (3, (3, 1)), (4, (2, 2)), (6, (3, 2)), (9, (3, 3))):
        if count <= most:
            return shape
    return 4, math.ceil(count / 4)


@dataclass(frozen=True)
class Card:
    text_lines: int  # the line clamp of the answer's text
    elements: tuple[str, ...]  # the elements shown, one line each
    hidden_elements: int  # how many more there are ("+N" on the last element line)


def fit_card(text: str, elements: Sequence[str], *, lines: int, width: float, font: float) -> Card:
    """How an answer uses the `lines` of its card: the text first, its elements one per line; when
    not all fit, the text and the elements share the card and the last element line says "+N"."""
    needed = lines_needed(text, width=width, font=font)
    if needed + len(elements) <= lines:
        return Card(lines - len(elements), tuple(elements), 0)
    element_lines = min(len(elements), max(1, lines // 2), max(0, lines - 1))
    if len(elements) > element_lines and needed + element_lines < lines:
        element_lines = min(len(elements), lines - needed)  # short text: the spare lines go to elements
    return Card(max(1, lines - element_lines), tuple(elements[:element_lines]), len(elements) - element_lines)


def _card_text(answer: ShownAnswer) -> str:
    return (f"×{answer.merged + 1} " if answer.merged else "") + answer.text


def answer_grid(answers: Sequence[ShownAnswer], *, room: float, total: int | None = None) -> str:
    """The answers as cards filling `room` vh below the question: at most MAX_CARDS, in the order
    given (the display order), one font for all, the largest at which every card fits (never under
    MIN_FONT); with more answers a line "en nog N antwoorden"."""
    shown = list(answers[:MAX_CARDS])
    more = (len(answers) if total is None else total) - len(shown)
    if more > 0:
        room -= MORE_HEIGHT
    columns, rows = grid_shape(len(shown))
    card_height = (room - (rows - 1) * GAP) / rows - 2 * CARD_PAD_Y
    card_width = (MAIN_WIDTH - (columns - 1) * GAP) / columns - 2 * CARD_PAD_X - CARD_BORDER
    for font in FONTS:
        lines = max(1, int(card_height / (LINE * font)))
        if all(lines_needed(_card_text(a), width=card_width, font=font) + len(a.elements) <= lines for a in shown):
            break
    cards = []
    for answer in shown:
        fitted = fit_card(_card_text(answer), answer.elements, lines=lines, width=card_width, font=font)
        times = f'<b class="ss-times">×{answer.merged + 1}</b> ' if answer.merged else ""
        parts = [f'<div class="ss-text" style="-webkit-line-clamp:{fitted.text_lines};'
                 f'max-height:{fitted.text_lines * LINE:.2f}em">{times}{escaped(answer.text)}</div>']
        for index, element in enumerate(fitted.elements):
            last = index == len(fitted.elements) - 1 and fitted.hidden_elements
            badge = f'<span class="ss-el-more">+{fitted.hidden_elements}</span>' if last else ""
            parts.append(f'<div class="ss-el"><span class="ss-el-text">▸ {escaped(element)}</span>{badge}</div>')
        pinned = " pinned" if answer.pinned else ""
        cards.append(f'<div class="ss-card{pinned}">{"".join(parts)}</div>')
    style = (f"grid-template-columns:repeat({columns},minmax(0,1fr));grid-template-rows:repeat({rows},minmax(0,1fr));"
             f"font-size:{font}vh")
    more_html = (f'<div class="ss-more">en nog {more} {"antwoord" if more == 1 else "antwoorden"}</div>'
                 if more > 0 else "")
    return f'<div class="ss-grid" style="{style}">{"".join(cards)}</div>{more_html}'


def domain_grid(counts: Sequence[tuple[str, str, int]], *, room: float) -> str:
    """The domains filling up while answers are grouped: (icon, name, count) as cards."""
    if not counts:
        return ""
    columns, rows = grid_shape(len(counts))
    card_height = (room - (rows - 1) * GAP) / rows - 2 * CARD_PAD_Y
    font = 4.0 if rows <= 2 else 3.2
    name_lines = max(1, min(3, int((card_height - 7.7) / (1.22 * font))))
    cards = "".join(
        f'<div class="ss-card"><div class="ss-domain" style="-webkit-line-clamp:{name_lines}">'
        f"{escaped(f'{icon} {name}'.strip())}</div><div class=\"ss-domain-count\">{n}</div></div>"
        for icon, name, n in counts
    )
    style = (f"grid-template-columns:repeat({columns},minmax(0,1fr));grid-template-rows:repeat({rows},minmax(0,1fr));"
             f"font-size:{font}vh")
    return f'<div class="ss-grid" style="{style}">{cards}</div>'


def room_below(question_height: float) -> float:
    """The height (vh) left for the answers under the meta line and the question."""
    return STAGE_HEIGHT - META_HEIGHT - question_height
