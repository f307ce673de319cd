"""Pictures for the Word documents: the vote results as a bar chart and the word cloud, as PNG.

Drawn without a browser: matplotlib on its Agg canvas (no pyplot, so no global figure state and
no display), and the word cloud of facilitation/words.py. The app's own charts stay plotly; these
are only for documents. Both libraries are imported late: they are slow to load, and the CLI and
the pages that never export should not pay for them.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence

from facilitation import words

# Colours a printer in black and white still tells apart (dark and light), readable on a beamer.
TOTAL_COLOUR = "#1f5f8b"
GROUP_COLOURS = ("#1f5f8b", "#f0a030")
LABEL_MAX = 38
# Labels are typed text (domain and indicator names), never read as a formula ("$$\frac{1}{0}$$"):
# so every label and legend entry is drawn with parse_math=False.


def _short(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_MAX else label[: LABEL_MAX - 1] + "…"


def _bars_figure(width_cm: float, height_in: float):
    """A figure on its own Agg canvas (no pyplot) and its axes, without the top and right lines."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width_cm / 2.54, min(height_in, 9.0)), dpi=150)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure, axes


def _png(figure) -> bytes:
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def vote_chart_png(
    labels: Sequence[str],
    totals: Sequence[int],
    *,
    groups: Mapping[str, Sequence[int]] | None = None,
    value_label: str = "Score",
    width_cm: float = 16.0,
) -> bytes:
    """A horizontal bar chart of the scores per domain, the best at the top.

    ``groups`` ({"Ouders": [...], "Anderen": [...]}) draws one bar per group beside each other
    instead of the total; pass it only when the results may be split (vote.Results.by_group)."""
    from matplotlib.ticker import MaxNLocator

    rows = max(len(labels), 1)
    bars_per_row = len(groups) if groups else 1
    figure, axes = _bars_figure(width_cm, 1.1 + 0.3 * rows * (1.0 if bars_per_row == 1 else 0.8 * bars_per_row))
    positions = list(range(rows))
    short = [_short(label) for label in labels]
    if groups:
        thickness = 0.8 / len(groups)
        for index, (name, values) in enumerate(groups.items()):
            offset = (index - (len(groups) - 1) / 2) * thickness
            bars = axes.barh([p + offset for p in positions], list(values), height=thickness, label=name,
                             color=GROUP_COLOURS[index % len(GROUP_COLOURS)])
            axes.bar_label(bars, padding=2, fontsize=7)
        legend = axes.legend(loc="lower right", fontsize=8, frameon=False)
        for entry in legend.get_texts():
            entry.set_parse_math(False)
    else:
        bars = axes.barh(positions, list(totals), height=0.6, color=TOTAL_COLOUR)
        axes.bar_label(bars, padding=2, fontsize=8)
    axes.set_yticks(positions, short, fontsize=8, parse_math=False)
    axes.invert_yaxis()  # the first domain (the best) on top
    axes.set_xlabel(value_label, fontsize=8, parse_math=False)
    axes.tick_params(axis="x", labelsize=7)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # dots and points are whole numbers
    axes.margins(x=0.12)
    return _png(figure)


def word_cloud_png(texts: Iterable[str], *, width: int = 900, height: int = 380) -> bytes | None:
    """The word cloud of the texts (Dutch stop words out, inflections merged), or None without words."""
    return words.cloud_png(words.word_frequencies(texts), width=width, height=height)


def progress_chart_png(labels: Sequence[str], shares: Sequence[float], *, width_cm: float = 16.0) -> bytes:
    """How far each indicator is on its way to the target: a bar per indicator, 0% the start and
    a line at 100% the target (a bar may pass it, or go below 0 when things went the wrong way)."""
    from matplotlib.ticker import PercentFormatter

    rows = max(len(labels), 1)
    figure, axes = _bars_figure(width_cm, 1.1 + 0.3 * rows)
    positions = list(range(rows))
    values = [share * 100 for share in shares]
    bars = axes.barh(positions, values, height=0.6, color=TOTAL_COLOUR)
    axes.bar_label(bars, labels=[f"{round(v)}%" for v in values], padding=2, fontsize=8)
    axes.axvline(100, color=GROUP_COLOURS[1], linewidth=1.5)
    axes.set_yticks(positions, [_short(label) for label in labels], fontsize=8, parse_math=False)
    axes.invert_yaxis()
    axes.set_xlim(min(0, *values) - 5, max(110, *values) + 15)
    axes.xaxis.set_major_formatter(PercentFormatter())
    axes.tick_params(axis="x", labelsize=7)
    return _png(figure)
