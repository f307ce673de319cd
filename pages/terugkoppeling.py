"""Terugkoppeling: the parents' own page, "wat we met jullie inbreng deden". Public, read-only, no
login: /terugkoppeling?t=<the trajectory's public token> (the QR code on the feedback page), in
plain words (A2) in Dutch, English or French. Counts only, never a name, no figure under 3.

A wrong or missing token gets a friendly message and nothing else: no trajectory, no id.
"""

import streamlit as st

from facilitation import config, participant
from facilitation.documents import feedback
from facilitation.ui import data
from facilitation.ui.live import PHONE_CSS
from facilitation.ui.startup import require_exercises
from facilitation.ui.text import md_escape

LANGUAGE_NAMES = {"nl": "🇧🇪 Nederlands", "en": "🇬🇧 English", "fr": "🇫🇷 Français"}

st.markdown(PHONE_CSS, unsafe_allow_html=True)
catalogue = require_exercises()
language = st.query_params.get("lang", "nl")
language = language if language in participant.LANGUAGES else "nl"


@st.cache_data(ttl=30, show_spinner=False)
def content(token: str | None, database_url: str) -> feedback.FeedbackContent | None:
    """One read per token every 30 s, shared by every parent who opens the link."""
    with data.read() as session:
        return feedback.public_feedback(session, token=token)


def say(key: str, **values: object) -> str:
    return feedback.say(key, language, catalogue, **values)


def bullets(lines: list[str]) -> None:
    st.markdown("\n".join(f"- {md_escape(line)}" for line in lines))


shown = content(st.query_params.get("t"), config.database_url())
chosen = st.radio(say("language"), list(LANGUAGE_NAMES), index=list(LANGUAGE_NAMES).index(language),
                  format_func=LANGUAGE_NAMES.get, horizontal=True, key="language")
if chosen != language:
    st.query_params["lang"] = chosen
    st.rerun()

if shown is None:
    st.title("💌 Samenspraak")
    st.warning(say("feedback_bad_link"), icon="🔗")
    st.stop()

text = feedback.lines(shown, language, catalogue)
st.title(f"💌 {say('feedback_title')}")
st.markdown(md_escape(say("feedback_intro", gemeente=shown.gemeente)))
st.markdown(f"🔒 {md_escape(say('feedback_no_names'))}")

if text["together"]:
    st.header(f"🤝 {say('feedback_together')}")
    bullets(text["together"])

st.header(f"⭐ {say('feedback_priorities')}")
if not shown.priorities:
    st.markdown(md_escape(say("feedback_priorities_later")))
for priority in shown.priorities:
    st.subheader(md_escape(f"{priority.icon} {feedback.domain_name(priority, language, catalogue)}"))
    if priority.goals:
        in_dutch = f" {say('feedback_in_dutch')}" if language != "nl" else ""
        st.markdown(f"🎯 **{md_escape(say('feedback_goals'))}**{md_escape(in_dutch)}")
        bullets(list(priority.goals))

st.header(f"🛠️ {say('feedback_actions')}")
if text["actions"]:
    if language != "nl":
        st.caption(say("feedback_in_dutch"))
    bullets(text["actions"])
else:
    st.markdown(md_escape(say("feedback_actions_later")))

st.header(f"📅 {say('feedback_next')}")
bullets(text["next"][:1])
