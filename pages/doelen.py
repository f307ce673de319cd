"""Doelstellingen: per priority domain, strategic goals and SMART operational goals, each with the
words of parents and members that inspired it (werkgroep phase of the roadmap). Every goal can be
edited and deleted; G and R have their own fields (afgesproken op / aanvaard door; trekker / mensen
en middelen), so the goal's text stays the goal."""

import datetime as dt

import streamlit as st

from facilitation import domain, goal, smart, trajectory
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.text import LONG_TEXT
from facilitation.ui.text import md_escape

auth.require_staff()
trajectory_id = params.id_param("traject")
CONFIRM = "doelen-confirm-delete"  # the goal id whose deletion waits for a second click

with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        priorities = domain.priority_domains(session, trajectory_id=current.id)
        strategic = {d.id: goal.goals(session, trajectory_id=current.id, domain_id=d.id) for d in priorities}
        tree = {
            s.id: [(o, goal.smart_check(session, goal_id=o.id), goal.sources(session, goal_id=o.id))
                   for o in s.children]
            for goals_of_domain in strategic.values() for s in goals_of_domain
        }
        strategic_sources = {s.id: goal.sources(session, goal_id=s.id)
                             for goals_of_domain in strategic.values() for s in goals_of_domain}
        under = {s.id: (len(s.children), len(s.actions) + sum(len(o.actions) for o in s.children))
                 for goals_of_domain in strategic.values() for s in goals_of_domain}
        action_counts = {o.id: len(o.actions) for goals_of_domain in strategic.values()
                         for s in goals_of_domain for o in s.children}
        candidates = goal.candidate_sources(session, trajectory_id=current.id)

stop_without_trajectory(current)

PERIOD = {"period_start": current.period_start, "period_end": current.period_end}
FIRST_DAY, LAST_DAY = dt.date(current.period_start, 1, 1), dt.date(current.period_end, 12, 31)
# The fields of an operational goal besides its text: key prefix and label.
FIELDS = {"owner": "Trekker", "means": "Mensen en middelen", "agreed_by": "Aanvaard door"}


def letters(verdicts) -> str:
    return " ".join(f"{'✅' if v.met else '⏳'} **{v.letter}**" for v in verdicts)


def show_verdicts(verdicts) -> None:
    st.markdown(letters(verdicts))
    with st.expander("Waarom?"):
        show_reasons(verdicts)


def show_reasons(verdicts) -> None:
    for v in verdicts:
        st.markdown(f"{'✅' if v.met else '⏳'} **{v.name}**: {md_escape(v.reason)}")


def show_sources(sources) -> None:
    if sources:
        st.caption("Geïnspireerd door (anoniem):")
        for source in sources:
            st.text(f"💬 {source.text}  ({source.session_title})")


def show_fields(operational) -> None:
    """G and R (and the deadline) as filled in, under the goal."""
    agreed = ""
    if operational.agreed_on or operational.agreed_by:
        when = f"op {smart.dutch_date(operational.agreed_on)}" if operational.agreed_on else ""
        agreed = " ".join(filter(None, ["Afgesproken", when, f"door {operational.agreed_by}" if operational.agreed_by
                                        else ""]))
    parts = [
        f"Trekker: {operational.owner}" if operational.owner else "",
        f"Mensen en middelen: {operational.means}" if operational.means else "",
        agreed,
        f"Deadline: {smart.dutch_date(operational.deadline)}" if operational.deadline else "",
    ]
    if any(parts):
        st.caption(md_escape(" · ".join(p for p in parts if p)))


def typed(prefix: str) -> dict:
    """What is typed in the goal form with this key prefix ("new-12" or "edit-34")."""
    state = st.session_state
    return {"text": state.get(f"{prefix}-text", ""), "owner": state.get(f"{prefix}-owner") or None,
            "means": state.get(f"{prefix}-means") or None, "deadline": state.get(f"{prefix}-deadline"),
            "agreed_on": state.get(f"{prefix}-agreed_on"), "agreed_by": state.get(f"{prefix}-agreed_by") or None}


def goal_fields(prefix: str, stored=None) -> None:
    """The fields of an operational goal (outside a form, so the letters follow what is typed)."""
    owner_col, means_col = st.columns(2)
    owner_col.text_input(FIELDS["owner"], value=(stored.owner or "") if stored else "", key=f"{prefix}-owner",
                         placeholder="een dienst of organisatie", max_chars=goal.GOAL_FIELDS["owner"])
    means_col.text_input(FIELDS["means"], value=(stored.means or "") if stored else "", key=f"{prefix}-means",
                         placeholder="budget, uren, medewerkers, vrijwilligers", max_chars=LONG_TEXT)
    on_col, by_col, deadline_col = st.columns(3)
    on_col.date_input("Afgesproken op", value=stored.agreed_on if stored else None, format="DD/MM/YYYY",
                      key=f"{prefix}-agreed_on")
    by_col.text_input(FIELDS["agreed_by"], value=(stored.agreed_by or "") if stored else "", key=f"{prefix}-agreed_by",
                      placeholder="welke rollen: werkgroep, CAW, 3 ouders", max_chars=goal.GOAL_FIELDS["agreed_by"])
    deadline = stored.deadline if stored else None
    deadline_col.date_input("Deadline", value=deadline, format="DD/MM/YYYY", key=f"{prefix}-deadline",
                            min_value=min(FIRST_DAY, deadline or FIRST_DAY), max_value=max(LAST_DAY, deadline or LAST_DAY))


def edit_goal(goal_id: int, version: int, prefix: str, *, operational: bool) -> None:
    fields = typed(prefix)
    kwargs = {"goal_id": goal_id, "expected_version": version, "text": fields.pop("text")}
    act(goal.update_goal, "Doelstelling bewaard", kwargs | (fields if operational else {}))


def add_operational(strategic_id: int) -> None:
    prefix = f"new-{strategic_id}"
    if act(goal.add_operational_goal, "Doelstelling toegevoegd", {"parent_id": strategic_id} | typed(prefix)):
        for name in ("text", "owner", "means", "agreed_by"):
            st.session_state[f"{prefix}-{name}"] = ""
        for name in ("deadline", "agreed_on"):
            st.session_state[f"{prefix}-{name}"] = None


def ask_delete(goal_id: int) -> None:
    st.session_state[CONFIRM] = goal_id


def delete(goal_id: int, version: int) -> None:
    st.session_state.pop(CONFIRM, None)
    act(goal.delete_goal, "Doelstelling verwijderd", {"goal_id": goal_id, "expected_version": version})


def delete_controls(item, question: str) -> None:
    """"Verwijderen" asks first; the second click deletes (from the version this screen saw)."""
    if st.session_state.get(CONFIRM) != item.id:
        st.button("Verwijderen", key=f"delete-{item.id}", icon="🗑️", on_click=ask_delete, args=(item.id,))
        return
    st.warning(question, icon="🗑️")
    yes, no = st.columns(2)
    yes.button("Ja, verwijderen", key=f"confirm-delete-{item.id}", type="primary", on_click=delete,
               args=(item.id, item.version))
    no.button("Nee, houden", key=f"cancel-delete-{item.id}", on_click=st.session_state.pop, args=(CONFIRM, None))


def link(goal_id: int) -> None:
    chosen = st.session_state.get(f"sources-{goal_id}", [])
    act(goal.link_sources, "Bronnen gekoppeld", {
        "goal_id": goal_id,
        "contribution_ids": [i for kind, i in chosen if kind == goal.CONTRIBUTION],
        "element_ids": [i for kind, i in chosen if kind == goal.ELEMENT],
    })


def count(n: int, one: str, more: str) -> str:
    return f"{n} {one if n == 1 else more}"


back_links(current.id, current.gemeente)
st.title(f"🎯 Doelstellingen · {md_escape(current.gemeente)}")
show_problem()
if not priorities:
    st.info("Kies eerst de prioritaire domeinen (stuurgroep 3).")
    st.page_link("pages/prioriteiten.py", label="Prioriteiten", icon="⭐", query_params={"traject": str(current.id)})
    st.stop()

source_labels = {(s.kind, s.id): f"{'💬' if s.kind == goal.CONTRIBUTION else '•'} {s.text[:90]} ({s.session_title})"
                 for s in candidates}

for d in priorities:
    st.header(f"{md_escape(d.icon)} {md_escape(d.name)}")
    for strategic_goal in strategic[d.id]:
        sid = strategic_goal.id
        with st.container(border=True):
            st.markdown(f"**Strategisch:** {md_escape(strategic_goal.text)}")
            show_sources(strategic_sources[sid])
            edit_col, delete_col = st.columns(2)
            with edit_col.popover("Aanpassen", icon="✏️"):
                st.text_area("Strategische doelstelling", value=strategic_goal.text, key=f"edit-{sid}-text",
                             max_chars=LONG_TEXT)
                st.button("Bewaren", key=f"save-{sid}", type="primary", on_click=edit_goal,
                          args=(sid, strategic_goal.version, f"edit-{sid}"), kwargs={"operational": False})
            with delete_col:
                goals_under, actions_under = under[sid]
                delete_controls(strategic_goal, "Deze strategische doelstelling verwijderen, met "
                                f"{count(goals_under, 'operationele doelstelling', 'operationele doelstellingen')} "
                                f"en {count(actions_under, 'actie', 'acties')} eronder (en hun indicatoren)?")
            for operational, verdicts, sources in tree[sid]:
                oid = operational.id
                with st.container(border=True):
                    st.markdown(f"**Operationeel:** {md_escape(operational.text)}")
                    show_fields(operational)
                    show_verdicts(verdicts)
                    show_sources(sources)
                    edit_col, link_col, delete_col = st.columns(3)
                    with edit_col.popover("Aanpassen", icon="✏️"):
                        prefix = f"edit-{oid}"
                        st.text_area("Doelstelling", value=operational.text, key=f"{prefix}-text",
                                     max_chars=LONG_TEXT)
                        goal_fields(prefix, operational)
                        now = typed(prefix)
                        with data.read() as session:
                            live = goal.smart_check(session, goal_id=oid, **now)
                        st.caption(letters(live))
                        st.button("Bewaren", key=f"save-{oid}", type="primary", on_click=edit_goal,
                                  args=(oid, operational.version, prefix), kwargs={"operational": True})
                    with link_col.popover("Bronnen koppelen", icon="🔗"):
                        st.multiselect("Antwoorden en elementen", list(source_labels), format_func=source_labels.get,
                                       key=f"sources-{oid}", placeholder="Kies antwoorden of elementen")
                        st.button("Koppelen", key=f"link-{oid}", on_click=link, args=(oid,))
                    with delete_col:
                        delete_controls(operational, "Deze operationele doelstelling verwijderen, met "
                                        f"{count(action_counts[oid], 'actie', 'acties')} (en hun indicatoren)?")
            # Outside a form, so the SMART letters follow the text and the fields as they are typed.
            prefix = f"new-{sid}"
            st.text_area("Nieuwe operationele doelstelling (SMART)", key=f"{prefix}-text", max_chars=LONG_TEXT,
                         placeholder="Tegen eind 2027 daalt de schoolse vertraging bij ... met 50%")
            goal_fields(prefix)
            new = typed(prefix)
            if new["text"]:
                show_reasons(smart.check(new.pop("text"), **new, **PERIOD))
            st.button("Toevoegen", key=f"add-op-{sid}", on_click=add_operational, args=(sid,))
    with st.form(f"new-strategic-{d.id}", clear_on_submit=True, enter_to_submit=False):
        text = st.text_input("Nieuwe strategische doelstelling (een ambitie voor de lange termijn)",
                             max_chars=LONG_TEXT)
        if st.form_submit_button("Toevoegen"):
            act(goal.add_strategic_goal, "Strategische doelstelling toegevoegd",
                {"trajectory_id": current.id, "domain_id": d.id, "text": text})
            st.rerun()

with st.expander("🧪 SMART-hulp: probeer een zin"):
    st.caption("G en R lees je af uit de velden van een doelstelling; hier kijkt de assistent alleen naar de zin.")
    sentence = st.text_area("Doelstelling", key="smart-try")
    if sentence:
        show_reasons(smart.check(sentence, **PERIOD))
