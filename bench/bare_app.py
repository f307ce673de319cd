"""The baseline for bench/live.py: the same live architecture as Samenspraak, without its code.

A phone page (/meedoen: "Ik doe mee", a form with a text area, "Versturen", "Bedankt ...", and a
polling fragment like the real phone page's, BARE_APP_PHONE_POLL seconds) writes to a SQLite file (WAL, busy timeout); a
screen page (/scherm) shows "<n> antwoorden" (class ss-count-inline) and the last texts from a
@st.fragment(run_every=1). No cache, no login, no word cloud: what Streamlit itself costs. The phone
fragment shows what the facilitator shows ("Scherm nu: <v>", a row bench/load.py changes).

    BARE_APP_DB=/tmp/x.db streamlit run bench/bare_app.py   (bench/live.py does this for you)
"""

import html
import os
import sqlite3
import time

import streamlit as st

DB = os.environ.get("BARE_APP_DB", "bare_app.db")
PHONE_POLL = float(os.environ.get("BARE_APP_PHONE_POLL", "1.5"))  # bench/live.py copies pages/meedoen.py's


def connect() -> sqlite3.Connection:
    connection = sqlite3.connect(DB, timeout=30, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA busy_timeout=30000")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS answers (id INTEGER PRIMARY KEY AUTOINCREMENT, text TEXT NOT NULL, created REAL)"
    )
    connection.execute("CREATE TABLE IF NOT EXISTS screen (k INTEGER PRIMARY KEY, v INTEGER NOT NULL)")
    return connection


def screen_version() -> int:
    """What the facilitator shows now (bench/load.py writes it): the phones' one small query."""
    connection = connect()
    try:
        row = connection.execute("SELECT v FROM screen WHERE k = 1").fetchone()
    finally:
        connection.close()
    return row[0] if row else 0


def count_and_last(limit: int = 12) -> tuple[int, list[str]]:
    connection = connect()
    try:
        count = connection.execute("SELECT count(*) FROM answers").fetchone()[0]
        texts = [r[0] for r in connection.execute("SELECT text FROM answers ORDER BY id DESC LIMIT ?", (limit,))]
    finally:
        connection.close()
    return count, texts


def phone() -> None:
    if not st.session_state.get("joined"):
        st.subheader("Welkom!")
        if st.button("Ik doe mee", type="primary", width="stretch"):
            st.session_state["joined"] = True
            st.rerun()
        return

    @st.fragment(run_every=PHONE_POLL)
    def follow() -> None:  # the real phone polls the session state: so does this one, as often
        # What the facilitator shows (bench/load.py moves it on); drawn in the fragment: an st.rerun()
        # from a fragment loses the fragment on streamlit 1.67 ("does not exist anymore").
        st.caption(f"Scherm nu: {screen_version()}")

    follow()
    if st.session_state.get("sent"):
        st.success("Bedankt, je antwoord is doorgestuurd")
        st.text(st.session_state["sent"])
        return
    with st.form("answer"):
        text = st.text_area("Jouw antwoord", max_chars=2000, height=160)
        send = st.form_submit_button("Versturen", type="primary", width="stretch")
    if send and text.strip():
        connection = connect()
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO answers (text, created) VALUES (?, ?)", (text.strip(), time.time()))
            connection.execute("COMMIT")
        finally:
            connection.close()
        st.session_state["sent"] = text.strip()
        st.rerun()


def screen() -> None:
    @st.fragment(run_every=1)
    def live() -> None:
        count, texts = count_and_last()
        st.markdown(f'<div class="ss-count-inline">💬 <b>{count}</b> antwoorden</div>', unsafe_allow_html=True)
        cards = "".join(f'<div class="ss-card">{html.escape(t)}</div>' for t in texts)
        st.markdown(f'<div class="ss-grid">{cards}</div>', unsafe_allow_html=True)

    live()


def home() -> None:
    st.write("Baseline app for bench/live.py: /meedoen and /scherm.")


st.set_page_config(page_title="Bare", layout="wide")
st.navigation(
    [
        st.Page(home, title="Home", url_path="home", default=True),
        st.Page(phone, title="Meedoen", url_path="meedoen"),
        st.Page(screen, title="Scherm", url_path="scherm"),
    ],
    position="hidden",
).run()
