"""Omgevingsanalyse (roadmap step 2): context indicators of the gemeente beside the arrondissement,
the provincie and the Vlaams Gewest (typed in or imported from a file, a chart per indicator), and
the inventory of existing actions and partners per domain."""

import html
from itertools import groupby

import plotly.graph_objects as go
import streamlit as st

from facilitation import omgevingsanalyse as oa
from facilitation import trajectory
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.ui.text import md_escape

GEMEENTE_COLOUR, REGION_COLOUR = "#e07a1f", "#1f6f8b"
IMPORT_PROBLEM, IMPORT_DONE, UPLOAD_ROUND = "oa-import-problem", "oa-import-done", "oa-upload-round"
LEVEL_FIELDS = {"gemeente": "Gemeente", "arrondissement": "Arrondissement", "provincie": "Provincie",
                "vlaams_gewest": "Vlaams Gewest"}

auth.require_staff()
trajectory_id = params.id_param("traject")
with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        indicators = oa.indicators(session, trajectory_id=current.id)
        inventory = oa.inventory(session, trajectory_id=current.id)
        domain_names = oa.domain_suggestions(session, trajectory_id=current.id)

stop_without_trajectory(current)


def comparison_chart(rows) -> go.Figure:
    """One indicator: gemeente, arrondissement, provincie, Vlaams Gewest side by side, a group of
    bars per year when there are several."""
    figure = go.Figure()
    for row in rows:
        shown = [(html.escape(current.gemeente) if label == "Gemeente" else label, value)
                 for label, value in oa.levels(row)]
        colours = ([GEMEENTE_COLOUR if label == html.escape(current.gemeente) else REGION_COLOUR for label, _ in shown]
                   if len(rows) == 1 else None)
        figure.add_bar(x=[label for label, _ in shown], y=[value for _, value in shown],
                       name=str(row.year) if row.year else "zonder jaar", marker_color=colours,
                       text=[oa.format_number(value) for _, value in shown], textposition="outside")
    unit = next((row.unit for row in rows if row.unit), "")
    figure.update_layout(barmode="group", height=300, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                         showlegend=len(rows) > 1, legend={"orientation": "h", "y": 1.15}, plot_bgcolor="white",
                         yaxis={"title": html.escape(unit), "rangemode": "tozero"}, separators=",.")
    return figure


def indicator_fields(prefix: str) -> dict:
    state = st.session_state
    fields = {"name": state.get(f"{prefix}name", ""), "year": state.get(f"{prefix}year"),
              "unit": state.get(f"{prefix}unit"), "source": state.get(f"{prefix}source")}
    return fields | {level: state.get(f"{prefix}{level}") for level in LEVEL_FIELDS}


def add_indicator() -> None:
    added = act(oa.add_indicator, "Indicator toegevoegd", {"trajectory_id": current.id, **indicator_fields("new-")})
    if added is not None:
        st.session_state.update({f"new-{key}": "" for key in ("name", "unit", "source", *LEVEL_FIELDS)})
        st.session_state["new-year"] = None


def save_indicator(indicator_id: int) -> None:
    act(oa.update_indicator, "Indicator bewaard", {"indicator_id": indicator_id, **indicator_fields(f"i{indicator_id}-")})


def delete_indicator(indicator_id: int) -> None:
    act(oa.delete_indicator, "Indicator verwijderd", {"indicator_id": indicator_id})


def import_file(upload_key: str) -> None:
    """The file's indicators in one transaction: all or nothing (the domain checks every row first)."""
    state = st.session_state
    state.pop(IMPORT_DONE, None)
    upload = state.get(upload_key)
    if upload is None:
        state[IMPORT_PROBLEM] = oa.ImportProblem("Kies eerst een bestand (CSV of Excel).")
        return
    try:
        with data.write() as session:
            result = oa.import_indicators(session, trajectory_id=current.id, content=upload.getvalue(),
                                          filename=upload.name)
    except oa.OmgevingsanalyseError as exc:  # shown under the upload field, the wrong rows as text
        state[IMPORT_PROBLEM] = exc
        return
    state.pop(IMPORT_PROBLEM, None)
    state[IMPORT_DONE] = f"{upload.name}: {result}"
    state[UPLOAD_ROUND] = state.get(UPLOAD_ROUND, 0) + 1  # an empty upload field for the next file


def indicator_inputs(prefix: str, indicator=None) -> None:
    st.text_input("Indicator", value=indicator.name if indicator else "", max_chars=oa.NAME_MAX, key=f"{prefix}name",
                  placeholder="bv. Eenoudergezinnen met kinderen")
    year_col, unit_col = st.columns(2)
    year_col.number_input("Jaar", 1900, 2100, value=indicator.year if indicator else None, step=1,
                          key=f"{prefix}year", placeholder="bv. 2023")
    unit_col.text_input("Eenheid", value=(indicator.unit or "") if indicator else "", max_chars=oa.UNIT_MAX,
                        key=f"{prefix}unit", placeholder="%, aantal, per 1.000 inwoners")
    columns = st.columns(4)
    for column, (level, label) in zip(columns, LEVEL_FIELDS.items()):
        value = getattr(indicator, f"value_{level}") if indicator else None
        column.text_input(md_escape(current.gemeente) if level == "gemeente" else label, value=oa.format_number(value),
                          key=f"{prefix}{level}", placeholder="bv. 9,1")
    st.text_input("Bron", value=(indicator.source or "") if indicator else "", max_chars=oa.SOURCE_MAX,
                  key=f"{prefix}source", placeholder="bv. Provincies in Cijfers, 2024")


def item_fields(prefix: str) -> dict:
    state = st.session_state
    return {"domain": state.get(f"{prefix}domain") or "", "what": state.get(f"{prefix}what", ""),
            "partners": state.get(f"{prefix}partners"), "note": state.get(f"{prefix}note")}


def add_item() -> None:
    added = act(oa.add_inventory_item, "Toegevoegd aan de inventaris", {"trajectory_id": current.id,
                                                                         **item_fields("inv-new-")})
    if added is not None:
        st.session_state.update({"inv-new-what": "", "inv-new-partners": "", "inv-new-note": ""})


def save_item(item_id: int) -> None:
    act(oa.update_inventory_item, "Inventaris bewaard", {"item_id": item_id, **item_fields(f"inv{item_id}-")})


def delete_item(item_id: int) -> None:
    act(oa.delete_inventory_item, "Verwijderd uit de inventaris", {"item_id": item_id})


def item_inputs(prefix: str, item=None) -> None:
    names = list(domain_names)
    st.selectbox("Domein", names, index=names.index(item.domain) if item and item.domain in names else None,
                 accept_new_options=True, placeholder="Kies of typ een domein", key=f"{prefix}domain")
    st.text_area("Actie of dienstverlening", value=item.what if item else "", key=f"{prefix}what",
                 placeholder="bv. UiTPAS met kansentarief", height=80, max_chars=oa.TEXT_MAX)
    st.text_input("Partners", value=(item.partners or "") if item else "", key=f"{prefix}partners",
                  placeholder="bv. Vrijetijdsdienst, CAW", max_chars=oa.TEXT_MAX)
    st.text_area("Opmerking", value=(item.note or "") if item else "", key=f"{prefix}note", height=68,
                 max_chars=oa.TEXT_MAX)


back_links(current.id, current.gemeente)
st.title(f"📊 Omgevingsanalyse · {md_escape(current.gemeente)}")
show_problem()
st.caption("Roadmap stap 2: hoe staat de gemeente ervoor, vergeleken met het arrondissement, de provincie en het "
           "Vlaams Gewest? En wat bestaat er al, met welke partners?")

st.header("Contextindicatoren")
if not indicators:
    st.info("Nog geen indicatoren. Importeer een bestand of vul ze hieronder in.")
else:
    st.dataframe(
        oa.table_rows(indicators, gemeente=current.gemeente, with_source=True),
        hide_index=True, width="stretch",
    )
    for number, (_name, group) in enumerate(groupby(indicators, key=lambda i: i.name.casefold())):
        rows = list(group)
        with st.container(border=True):
            st.subheader(md_escape(rows[-1].name))
            st.plotly_chart(comparison_chart(rows), key=f"chart-{number}")
            for row in rows:
                info, edit, remove = st.columns([4, 1.6, 1.6], vertical_alignment="center")
                info.caption(" · ".join(md_escape(part) for part in (
                    str(row.year) if row.year else "zonder jaar", row.unit or "", row.source or "") if part))
                with edit.popover("Aanpassen", icon="✏️", width="stretch"):
                    indicator_inputs(f"i{row.id}-", row)
                    st.button("Bewaren", key=f"save-indicator-{row.id}", type="primary", on_click=save_indicator,
                              args=(row.id,))
                remove.button("Verwijderen", key=f"delete-indicator-{row.id}", icon="🗑️", width="stretch",
                              on_click=delete_indicator, args=(row.id,))

st.subheader("Importeren uit een bestand")
st.caption(f"Een CSV- of Excel-bestand zoals de export van Provincies in Cijfers of Statistiek Vlaanderen, met de "
           f"kolommen {oa.EXPECTED} (en eventueel bron). Een fout in één rij? Dan wordt niets geïmporteerd. "
           "Een indicator die er al is voor hetzelfde jaar wordt bijgewerkt.")
upload_key = f"upload-{st.session_state.get(UPLOAD_ROUND, 0)}"
st.file_uploader("Bestand", type=["csv", "xlsx", "txt"], key=upload_key)
st.button("Importeren", key="import", type="primary", icon="📥", on_click=import_file, args=(upload_key,))
if IMPORT_DONE in st.session_state:
    st.success(f"Geïmporteerd: {md_escape(st.session_state[IMPORT_DONE])}", icon="✅")
problem = st.session_state.get(IMPORT_PROBLEM)
if problem is not None:
    st.error(md_escape(getattr(problem, "headline", str(problem))), icon="⚠️")
    if getattr(problem, "problems", None):
        st.text("\n".join(problem.problems))

st.subheader("Indicator toevoegen")
with st.form("add-indicator", enter_to_submit=False):
    indicator_inputs("new-")
    st.form_submit_button("Indicator toevoegen", type="primary", icon="➕", on_click=add_indicator)

st.header("Inventaris: bestaande acties en partners")
if not inventory:
    st.info("Nog niets in de inventaris. Wat bestaat er al in de gemeente, per domein?")
for domain_name, items in inventory:
    st.subheader(md_escape(domain_name))
    for item in items:
        with st.container(border=True):
            info, edit, remove = st.columns([4, 1.6, 1.6], vertical_alignment="center")
            info.text(item.what)
            details = [f"Partners: {item.partners}" if item.partners else "", item.note or ""]
            if any(details):
                info.text(" · ".join(d for d in details if d))
            with edit.popover("Aanpassen", icon="✏️", width="stretch"):
                item_inputs(f"inv{item.id}-", item)
                st.button("Bewaren", key=f"save-item-{item.id}", type="primary", on_click=save_item, args=(item.id,))
            remove.button("Verwijderen", key=f"delete-item-{item.id}", icon="🗑️", width="stretch",
                          on_click=delete_item, args=(item.id,))

st.subheader("Toevoegen aan de inventaris")
with st.form("add-item", enter_to_submit=False):
    item_inputs("inv-new-")
    st.form_submit_button("Toevoegen", type="primary", icon="➕", on_click=add_item)
