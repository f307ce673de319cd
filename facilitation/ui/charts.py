"""Vote results as plotly bars, for the projector, the control view and /prioriteiten (never on the
phones); no bars at all for a round with too few ballots (vote.Results.too_few)."""

from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st

from facilitation import vote
from facilitation.models import Domain

GROUP_LABELS = {"ouders": "Ouders", "anderen": "Anderen"}
COLOURS = {"ouders": "#e07a1f", "anderen": "#1f6f8b", "alle": "#1f6f8b"}


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
