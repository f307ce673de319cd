"""The participant's phone: a light HTML page beside the Streamlit screens, served by the same
server (mounted through ``st.App`` in serve.py) and built on the same domain functions.

Why not a Streamlit page: a cheap phone on prepaid data must see the question within seconds on
slow 3G and spend little in a two-hour meeting; its page must speak the parent's language from
``<html lang>`` down; and its device must live in a cookie, never in a link that can be forwarded.
"""
