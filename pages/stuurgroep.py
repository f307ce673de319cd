"""Stuurgroep (roadmap step 3): its members by role, partner organisations with their sector,
parents as a count only, and how parents take part (rechtstreeks or in their own track)."""

import streamlit as st

from facilitation import trajectory
from facilitation.models import MemberRole, ParticipationMode
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.ui.text import md_escape

# Parents are not added as members: they are one count (below), never a name.
ROLES = [role for role in MemberRole if role is not MemberRole.OUDER]
COUNT_ONLY = ("Een functie of organisatie volstaat: de naam van een persoon is niet nodig. Voor ouders en "
              "ervaringsdeskundigen bewaren we alleen de rol en het aantal.")

auth.require_staff()
trajectory_id = params.id_param("traject")
with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        seats = [m for m in trajectory.members(session, trajectory_id=current.id) if m.role is not MemberRole.OUDER]
        parents = trajectory.parent_count(session, trajectory_id=current.id)
        hints = trajectory.composition_hints(session, trajectory_id=current.id)

stop_without_trajectory(current)


def save_mode() -> None:
    act(trajectory.update_trajectory, "Deelname van ouders bewaard",
        {"trajectory_id": current.id, "participation_mode": st.session_state["mode"]})


def save_parents() -> None:
    act(trajectory.set_parent_count, "Aantal ouders bewaard",
        {"trajectory_id": current.id, "count": st.session_state["parents"]})


def seat_fields(prefix: str) -> dict:
    state = st.session_state
    return {"role": state.get(f"{prefix}role"), "organisation": state.get(f"{prefix}organisation"),
            "sector": state.get(f"{prefix}sector"), "count": state.get(f"{prefix}count", 1)}


def add_member() -> None:
    added = act(trajectory.add_member, "Lid toegevoegd", {"trajectory_id": current.id, **seat_fields("new-")})
    if added is not None:
        st.session_state.update({"new-role": None, "new-organisation": "", "new-sector": None, "new-count": 1})


def save_member(member_id: int) -> None:
    act(trajectory.update_member, "Lid bewaard", {"member_id": member_id, **seat_fields(f"{member_id}-")})


def remove_member(member_id: int) -> None:
    act(trajectory.remove_member, "Lid verwijderd", {"member_id": member_id})


def seat_inputs(prefix: str, seat=None) -> None:
    """Role, function or organisation, sector and number of people, for a new or an existing seat."""
    roles = ROLES if seat is None else list(MemberRole)
    st.selectbox("Rol", roles, index=None if seat is None else roles.index(seat.role),
                 format_func=trajectory.MEMBER_ROLE_LABELS.get, placeholder="Kies een rol", key=f"{prefix}role")
    st.text_input("Functie of organisatie", value="" if seat is None else seat.organisation or "",
                  max_chars=trajectory.ORGANISATION_MAX, key=f"{prefix}organisation",
                  placeholder="bv. Schepen van jeugd, CAW, Sociale dienst")
    sectors = list(trajectory.SECTORS)
    if seat is not None and seat.sector and seat.sector not in sectors:
        sectors.append(seat.sector)
    st.selectbox("Sector (van een partnerorganisatie)", sectors, accept_new_options=True,
                 index=sectors.index(seat.sector) if seat is not None and seat.sector else None,
                 placeholder="Kies of typ een sector", key=f"{prefix}sector")
    st.number_input("Aantal personen", 1, trajectory.MAX_SEATS, 1 if seat is None else seat.count, step=1,
                    key=f"{prefix}count")


back_links(current.id, current.gemeente)
st.title(f"👥 Stuurgroep · {md_escape(current.gemeente)}")
show_problem()
if hints:
    st.info("**Wat de roadmap nog vraagt**\n\n" + "\n".join(f"- {hint}" for hint in hints), icon="🧭")

st.header("Hoe nemen ouders deel?")
modes = list(ParticipationMode)
st.radio("Deelname van ouders", modes, index=modes.index(current.participation_mode),
         format_func=trajectory.MODE_LABELS.get, key="mode", on_change=save_mode, label_visibility="collapsed")
st.caption("Rechtstreeks: ouders zitten in elke vergadering van de stuurgroep. Onrechtstreeks: ouders kiezen in een "
           "eigen oudertraject hun prioritaire domeinen en stellen die voor op de derde stuurgroep. "
           "Je kunt dit later nog veranderen.")

st.header("Ouders")
count_col, button_col = st.columns([3, 1], vertical_alignment="bottom")
count_col.number_input("Aantal ouders in de stuurgroep", 0, trajectory.MAX_SEATS, parents, step=1, key="parents")
button_col.button("Aantal bewaren", key="save-parents", icon="💾", on_click=save_parents, width="stretch")
st.caption("Alleen een aantal: geen namen, geen organisatie. De vertrouwenspersoon herinnert de ouders de dag "
           "voordien aan de vergadering en vraagt achteraf hoe het ging.")

st.header("Leden")
if not seats:
    st.info("Nog geen leden. Voeg hieronder de voorzitter, schepenen, medewerkers en partners toe.")
for seat in seats:
    with st.container(border=True):
        info, edit, remove = st.columns([4, 1.6, 1.6], vertical_alignment="center")
        label = trajectory.MEMBER_ROLE_LABELS[seat.role]
        organisation = f" · {md_escape(seat.organisation)}" if seat.organisation else ""
        info.markdown(f"**{label}**{organisation}")
        details = [f"{seat.count} {'persoon' if seat.count == 1 else 'personen'}"]
        if seat.sector:
            details.append(f"sector {md_escape(seat.sector)}")
        info.caption(" · ".join(details))
        with edit.popover("Aanpassen", icon="✏️", width="stretch"):
            seat_inputs(f"{seat.id}-", seat)
            st.button("Bewaren", key=f"save-{seat.id}", type="primary", on_click=save_member, args=(seat.id,))
        remove.button("Verwijderen", key=f"remove-{seat.id}", icon="🗑️", on_click=remove_member, args=(seat.id,),
                      width="stretch")

st.subheader("Lid toevoegen")
with st.form("add-member", border=True, enter_to_submit=False):
    seat_inputs("new-")
    st.caption(COUNT_ONLY)
    st.form_submit_button("Lid toevoegen", type="primary", icon="➕", on_click=add_member)
