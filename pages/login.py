"""The site's front door ("/"): first the way in for parents and members (their code), then the
login for facilitators, coordinators and admins. Parents never need an account."""

import streamlit as st

from facilitation.ui import auth

# A plain HTML form: the browser itself opens meedoen?code=..., whatever serves that page, and
# without the login machinery of this page. Relative, so it works under a proxy's sub-path too.
JOIN_FORM = """
<style>
.ss-join { border: 3px solid #a84f00; border-radius: 1rem; padding: 1.2rem 1.4rem; margin-bottom: 1.5rem; }
.ss-join h2 { font-size: 2rem; margin: 0 0 .4rem 0; }
.ss-join p { font-size: 1.2rem; margin: 0 0 .8rem 0; }
.ss-join form { display: flex; flex-wrap: wrap; gap: .8rem; }
.ss-join input { font-size: 2rem; letter-spacing: .2em; text-transform: uppercase; padding: .5rem .8rem;
                 width: 11ch; border: 2px solid #555; border-radius: .6rem; }
.ss-join button { font-size: 1.6rem; padding: .5rem 1.4rem; border: 0; border-radius: .6rem;
                  background: #a84f00; color: #fff; cursor: pointer; }
</style>
<div class="ss-join">
  <h2>💬 Meedoen met een code</h2>
  <p>Heb je een code gekregen, op het grote scherm of op papier? Typ ze hier. Je hebt geen account nodig.</p>
  <form action="meedoen" method="get">
    <label for="ss-join-code" style="position:absolute;left:-9999px">Code</label>
    <input id="ss-join-code" name="code" type="text" maxlength="12" placeholder="ABC123" required
           autocomplete="off" autocapitalize="characters" spellcheck="false" aria-label="Code">
    <button type="submit">Meedoen</button>
  </form>
</div>
"""

st.title("💬 Samenspraak")
st.html(JOIN_FORM)
# A parent who typed the site's address reads the code form first, and no word that labels them.
st.write("**Voor begeleiders en coördinatoren**: samen met ouders het lokale beleid voor kinderen en gezinnen "
         "maken.")
if st.session_state.get(auth.ENDED_ELSEWHERE):
    st.info("Je bent afgemeld: in een ander venster, of je wachtwoord of account is veranderd. Meld je opnieuw aan.",
            icon="🚪")
auth.login_form()
if auth.is_logged_in():
    # No st.rerun() here: the cookie component must render first, and its answer reruns the app.
    st.success("Je bent aangemeld. Even geduld ...")
st.caption(
    "Dit aanmelden is voor begeleiders, coördinatoren en beheerders. Ouders en stuurgroepleden hebben geen "
    "account nodig: zij doen mee met de code of de QR-code op het grote scherm."
)
