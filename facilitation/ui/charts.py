"""Vote results as bars: plotly for the control view and /prioriteiten, HTML sized to the screen for
the beamer (never on the phones); no bars at all for a round with too few ballots
(vote.Results.too_few)."""

from __future__ import annotations

import html
from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from facilitation import vote
from facilitation.models import Domain

GROUP_LABELS = {"ouders": "Ouders", "anderen": "Anderen"}
COLOURS = {"ouders": "#b35300", "anderen": "#0b4f66", "alle": "#0b4f66"}  # 5:1 and 9:1 on white


def vote_bars(results, domains: list[Domain], *, height: int = 520, font_size: int = 22) -> go.Figure:
    """Horizontal bars, best on top; parents and the others side by side when both groups are
    large enough (results.by_group), otherwise one combined bar per domain."""
    if results.too_few:
        raise ValueError(vote.TOO_FEW_NOTE)
    names = {d.id: f"{d.icon} {d.name}".strip() for d in domains}
    order = sorted(results.totals, key=lambda d: results.totals[d])  # plotly draws bottom-up
    labels = [names.get(d, str(d)) for d in order]
    figure = go.Figure()
    if results.by_group:
        for group, scores in results.by_group.items():
            figure.add_bar(y=labels, x=[scores.get(d, 0) for d in order], name=GROUP_LABELS.get(group, group),
                           orientation="h", marker_color=COLOURS.get(group), text=[scores.get(d, 0) for d in order],
                           textposition="outside")
        figure.update_layout(barmode="group", legend={"orientation": "h", "y": 1.08})
    else:
        values = [results.totals[d] for d in order]
        figure.add_bar(y=labels, x=values, orientation="h", marker_color=COLOURS["alle"], text=values,
                       textposition="outside", showlegend=False)
    figure.update_layout(height=height, margin={"l": 10, "r": 40, "t": 40, "b": 10}, font={"size": font_size},
                         xaxis={"visible": False}, yaxis={"tickfont": {"size": font_size}},
                         legend_font={"size": font_size}, plot_bgcolor="white")
    return figure


def tie_note(results, domains: list[Domain]) -> str | None:
    """Domains with the same score, named, so a tie is read as a tie."""
    names = {d.id: d.name for d in domains}
    ties = [group for group in results.ranking if len(group) > 1 and results.totals[group[0]] > 0]
    if not ties:
        return None
    return "Gelijke stand: " + "; ".join(" = ".join(names[d] for d in group) for group in ties)


def show_results(results, domains: list[Domain], *, key: str, say: Callable[[str], object] = st.caption,
                 say_too_few: Callable[[str], object] = st.info, **size: int) -> None:
    """The bars and what is said under them; with too few ballots only vote.TOO_FEW_NOTE, no figure."""
    if results.too_few:
        say_too_few(vote.TOO_FEW_NOTE)
        return
    st.plotly_chart(vote_bars(results, domains, **size), key=key, config={"displayModeBar": False})
    for note in (results.split_note, tie_note(results, domains)):
        if note:
            say(note)


def stage_bars(results, domains: list[Domain]) -> str:
    """The vote on the beamer, readable from 10 m: one row per domain, best on top, its name and its
    score in large type (at least 34 px at 1080), parents and the others as two bars when both groups
    are large enough. HTML sized in vh (styles in facilitation/ui/stage.py); names are escaped."""
    if results.too_few:
        raise ValueError(vote.TOO_FEW_NOTE)
    names = {d.id: f"{d.icon} {d.name}".strip() for d in domains}
    position = {domain_id: index for index, domain_id in enumerate(results.totals)}
    order = sorted(results.totals, key=lambda d: (-results.totals[d], position[d]))
    series = ([(GROUP_LABELS.get(group, group), COLOURS.get(group, COLOURS["alle"]), scores)
               for group, scores in results.by_group.items()] if results.by_group
              else [("", COLOURS["alle"], results.totals)])
    top = max([1, *(scores.get(d, 0) for _label, _colour, scores in series for d in order)])
    rows = []
    for domain_id in order:
        lines = "".join(
            f'<div class="ss-bar-line"><div class="ss-bar" style="width:{82 * scores.get(domain_id, 0) / top:.1f}%;'
            f'background:{colour}" title="{html.escape(label)}"></div>'
            f'<span class="ss-bar-value">{scores.get(domain_id, 0)}</span></div>'
            for label, colour, scores in series
        )
        label = html.escape(names.get(domain_id, str(domain_id)))
        rows.append(f'<div class="ss-bar-row"><div class="ss-bar-label">{label}</div>'
                    f'<div class="ss-bar-track">{lines}</div></div>')
    legend = ""
    if results.by_group:
        legend = '<div class="ss-legend">' + "".join(
            f'<span style="--c:{colour}">{html.escape(label)}</span>' for label, colour, _scores in series) + "</div>"
    return f'<div class="ss-bars">{legend}{"".join(rows)}</div>'
