"""Accounts (admins only): who logs in, with which role, and which trajectories each one opens.

Create an account, change its roles, set a new password, assign and unassign trajectories, remove
the account. A facilitator or coordinator sees only the trajectories they belong to.
"""

import streamlit as st

from facilitation import access
from facilitation import auth as accounts
from facilitation.ui import auth, data
from facilitation.ui.actions import act, show_problem
from facilitation.ui.text import md_escape

CONFIRM = "accounts-confirm-remove"  # the account whose removal waits for a second click
ROLE_HELP = ("Externe begeleider: leidt de sessies. Coördinator: bereidt het traject voor en kan nieuwe trajecten "
             "aanmaken. Beheerder: ziet alle trajecten en beheert de accounts.")

auth.require_staff()
auth.require_admin()

with data.read() as session:
    rows = access.accounts(session)
    labels = access.trajectory_labels(session)


def role_label(role: str) -> str:
    return accounts.ROLE_LABELS.get(role, role)


def create_with_trajectories(session, *, trajectory_ids: list[int], **account) -> str:
    made = accounts.create_account(session, **account)
    access.set_trajectories(session, username=made.username, trajectory_ids=trajectory_ids)
    return made.username


def create() -> None:
    state = st.session_state
    made = act(create_with_trajectories, "Account {result} aangemaakt", {
        "username": state.get("new-username", ""), "password": state.get("new-password", ""),
        "roles": state.get("new-roles") or [], "trajectory_ids": state.get("new-trajectories") or []})
    state["new-password"] = ""
    if made is not None:
        state.update({"new-username": "", "new-roles": [], "new-trajectories": []})


def save_roles(username: str) -> None:
    act(accounts.set_roles, f"Rollen van {username} bewaard",
        {"username": username, "roles": st.session_state.get(f"roles-{username}") or []})


def save_trajectories(username: str) -> None:
    act(access.set_trajectories, f"Trajecten van {username} bewaard",
        {"username": username, "trajectory_ids": st.session_state.get(f"trajectories-{username}") or []})


def set_password(username: str) -> None:
    act(accounts.set_password, f"Nieuw wachtwoord voor {username} bewaard",
        {"username": username, "password": st.session_state.get(f"password-{username}", "")})
    st.session_state[f"password-{username}"] = ""


def remove(username: str) -> None:
    st.session_state.pop(CONFIRM, None)
    act(accounts.remove_account, f"Account {username} verwijderd", {"username": username, "by": auth.username()})


st.title("👤 Accounts")
st.caption("Wie mag aanmelden, met welke rol, en welke trajecten elk account ziet. Een begeleider of coördinator ziet "
           "alleen de trajecten waar die bij hoort; een beheerder ziet alles. Ouders en stuurgroepleden hebben geen "
           "account nodig.")
show_problem()

for row in rows:
    with st.container(border=True):
        info, actions_col = st.columns([4, 2], vertical_alignment="center")
        roles_text = ", ".join(role_label(r) for r in row.roles)
        info.markdown(f"**{md_escape(row.username)}** · {roles_text}")
        if "admin" in row.roles:
            info.caption("Ziet alle trajecten.")
        elif row.trajectory_ids:
            info.caption("Trajecten: " + ", ".join(md_escape(labels.get(i, str(i))) for i in row.trajectory_ids))
        else:
            info.caption("Hoort nog bij geen enkel traject: ziet er dus geen.")
        with actions_col.popover("Aanpassen", icon="✏️", width="stretch"):
            st.multiselect("Rollen", list(accounts.ROLES), default=row.roles, format_func=role_label,
                           placeholder="Kies een of meer rollen", help=ROLE_HELP, key=f"roles-{row.username}")
            st.button("Rollen bewaren", key=f"save-roles-{row.username}", icon="💾", on_click=save_roles,
                      args=(row.username,))
            st.multiselect("Trajecten", list(labels), default=[i for i in row.trajectory_ids if i in labels],
                           format_func=labels.get, placeholder="Kies de trajecten van dit account",
                           key=f"trajectories-{row.username}")
            st.button("Trajecten bewaren", key=f"save-trajectories-{row.username}", icon="💾",
                      on_click=save_trajectories, args=(row.username,))
            st.text_input("Nieuw wachtwoord", type="password", max_chars=accounts.MAX_PASSWORD_LENGTH,
                          key=f"password-{row.username}",
                          help=f"Minstens {accounts.MIN_PASSWORD_LENGTH} tekens. Het account wordt overal afgemeld.")
            st.button("Wachtwoord instellen", key=f"set-password-{row.username}", icon="🔑", on_click=set_password,
                      args=(row.username,))
        if st.session_state.get(CONFIRM) == row.username:
            st.warning(f"Account {md_escape(row.username)} echt verwijderen? Wie ermee aanmeldt, kan dat daarna "
                       "niet meer. De trajecten en alles wat erin staat blijven.", icon="🗑️")
            yes, no, _rest = st.columns([1, 1, 3])
            yes.button("Ja, verwijderen", key=f"remove-{row.username}", type="primary", on_click=remove,
                       args=(row.username,))
            no.button("Nee, houden", key=f"keep-{row.username}", on_click=st.session_state.pop, args=(CONFIRM, None))
        else:
            actions_col.button("Verwijderen", key=f"ask-remove-{row.username}", icon="🗑️", width="stretch",
                               on_click=st.session_state.__setitem__, args=(CONFIRM, row.username))

st.subheader("Account aanmaken")
with st.form("new-account", border=True, enter_to_submit=False):
    st.text_input("Gebruikersnaam", max_chars=32, key="new-username", placeholder="bv. anna.peeters",
                  help="3 tot 32 tekens: kleine letters, cijfers, punt, streepje of liggend streepje.")
    st.text_input("Wachtwoord", type="password", max_chars=accounts.MAX_PASSWORD_LENGTH, key="new-password",
                  help=f"Minstens {accounts.MIN_PASSWORD_LENGTH} tekens. Geef het persoonlijk door.")
    st.multiselect("Rollen", list(accounts.ROLES), format_func=role_label, placeholder="Kies een of meer rollen",
                   help=ROLE_HELP, key="new-roles")
    st.multiselect("Trajecten", list(labels), format_func=labels.get, placeholder="Kies de trajecten van dit account",
                   key="new-trajectories")
    st.form_submit_button("Account aanmaken", type="primary", icon="➕", on_click=create)
