"""Eigen vragen: questions the facilitator writes for this trajectory (a focus group, a werkgroep),
with a wording for the group and a plain wording for parents (Dutch required, English and French
optional), put on a session's agenda like a question of the roadmap; edited, or deleted while
nobody answered them yet."""

import streamlit as st

from facilitation import question, session as meetings, trajectory
from facilitation.ui import auth, data, params
from facilitation.ui.actions import act, back_links, show_problem, stop_without_trajectory
from facilitation.ui.text import md_escape

FIELDS = ("title", "kind", "question_nl", "parent_question_nl", "question_en", "parent_question_en", "question_fr",
          "parent_question_fr")
PARENT_HELP = ("Korte zinnen, met ‘jij’, in eenvoudige woorden (taalniveau A2). Noem ouders nooit ‘arm’ of "
               "‘kansarm’ en schrijf niet ‘armoede’: zeg wat er gebeurt, bijvoorbeeld ‘weinig geld’.")

auth.require_staff()
trajectory_id = params.id_param("traject")
with data.read() as session:
    current = trajectory.get_trajectory(session, trajectory_id=trajectory_id) if trajectory_id else None
    if current is not None:
        own = question.questions(session, trajectory_id=current.id)
        used = question.usage(session, trajectory_id=current.id)
        sessions = [(m.id, f"{m.title} ({meetings.STATE_LABELS[m.state]})")
                    for m in meetings.list_sessions(session, trajectory_id=current.id)]

stop_without_trajectory(current)
back_links(current.id, current.gemeente)
st.title("✍️ Eigen vragen")
st.caption("Schrijf een vraag van jezelf, bijvoorbeeld voor een focusgroep of een werkgroep. De groep ziet de vraag "
           "op het grote scherm, ouders zien de eenvoudige vraag op hun telefoon. Zonder Engels of Frans zien "
           "deelnemers het Nederlands.")
show_problem()


def values(prefix: str) -> dict:
    return {field: st.session_state.get(f"{prefix}-{field}") for field in FIELDS}


def create() -> None:
    if act(question.create_question, "Vraag bewaard", {"trajectory_id": current.id, **values("new")}) is not None:
        for field in FIELDS:
            st.session_state[f"new-{field}"] = "open" if field == "kind" else ""


def update(question_id: int) -> None:
    act(question.update_question, "Vraag aangepast", {"question_id": question_id, **values(f"q{question_id}")})


def add_to_agenda(question_id: int) -> None:
    act(meetings.add_exercise, "Op de agenda gezet", {"session_id": st.session_state.get(f"agenda-{question_id}"),
                                                      "exercise_key": question.key_of(question_id)})


def fields(prefix: str, own_question=None) -> None:
    """The fields of a question, empty or filled with the question as it is."""
    def now(field: str) -> str:
        return (getattr(own_question, field) or "") if own_question is not None else ""

    st.text_input("Titel (kort: voor jou, de agenda en de verslagen)", value=now("title"),
                  max_chars=question.MAX_TITLE, key=f"{prefix}-title")
    kinds = list(question.KINDS)
    st.radio("Soort vraag", kinds, format_func=question.KINDS.get, key=f"{prefix}-kind",
             index=kinds.index(own_question.kind) if own_question is not None else 0)
    st.text_area("Vraag voor de groep, op het grote scherm (Nederlands)", value=now("question_nl"),
                 max_chars=question.MAX_TEXT, key=f"{prefix}-question_nl")
    st.text_area("Eenvoudige vraag voor ouders, op hun telefoon (Nederlands)", value=now("parent_question_nl"),
                 max_chars=question.MAX_TEXT, help=PARENT_HELP, key=f"{prefix}-parent_question_nl")
    with st.expander("🌐 Engels en Frans (mag leeg blijven)"):
        for code, name in (("en", "Engels"), ("fr", "Frans")):
            left, right = st.columns(2)
            left.text_area(f"Vraag voor de groep ({name})", value=now(f"question_{code}"),
                           max_chars=question.MAX_TEXT, key=f"{prefix}-question_{code}")
            right.text_area(f"Eenvoudige vraag voor ouders ({name})", value=now(f"parent_question_{code}"),
                            max_chars=question.MAX_TEXT, help=PARENT_HELP, key=f"{prefix}-parent_question_{code}")


st.header("Vragen van dit traject")
if not own:
    st.info("Nog geen eigen vragen. Schrijf hieronder de eerste.")
for own_question in own:
    use = used.get(own_question.id, question.Usage((), 0))
    with st.container(border=True):
        st.markdown(f"**{md_escape(own_question.title)}** · {question.KINDS[own_question.kind].split(':')[0]}")
        group, parents = st.columns(2)
        group.caption("Voor de groep (scherm)")
        group.text(own_question.question_nl)
        parents.caption("Voor ouders (telefoon)")
        parents.text(own_question.parent_question_nl)
        languages = [name for code, name in (("en", "Engels"), ("fr", "Frans"))
                     if getattr(own_question, f"parent_question_{code}")]
        st.caption(("Ook in het " + " en ".join(languages) if languages else "Alleen in het Nederlands")
                   + " · " + (f"op de agenda van: {md_escape(', '.join(use.sessions))} · {use.answers} antwoorden"
                              if use.sessions else "nog op geen enkele agenda"))
        agenda_col, button_col, edit_col, delete_col = st.columns([3, 2, 2, 2], vertical_alignment="bottom")
        agenda_col.selectbox("Op de agenda zetten van", [session_id for session_id, _ in sessions], index=None,
                             placeholder="Kies een sessie", format_func=dict(sessions).get,
                             key=f"agenda-{own_question.id}")
        button_col.button("Op de agenda", icon="➕", key=f"add-{own_question.id}", width="stretch",
                          on_click=add_to_agenda, args=(own_question.id,))
        with edit_col.popover("Aanpassen", icon="✏️", width="stretch"):
            with st.form(f"edit-{own_question.id}", enter_to_submit=False):
                fields(f"q{own_question.id}", own_question)
                st.form_submit_button("Wijzigingen bewaren", type="primary", on_click=update, args=(own_question.id,))
        with delete_col.popover("Verwijderen", icon="🗑️", width="stretch", disabled=use.answers > 0,
                                help="Een vraag met antwoorden blijft bewaard." if use.answers else None):
            if use.sessions:
                st.caption(f"De vraag gaat ook van de agenda van: {md_escape(', '.join(use.sessions))}.")
            st.button("Ja, verwijderen", type="primary", key=f"delete-{own_question.id}", on_click=act,
                      args=(question.delete_question, "Vraag verwijderd", {"question_id": own_question.id}))

st.header("Nieuwe vraag")
with st.form("new-question", enter_to_submit=False):
    fields("new")
    st.form_submit_button("Vraag bewaren", type="primary", icon="💾", on_click=create)
