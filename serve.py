"""The server: the Streamlit screens (app.py) and, beside them, the light phone page (/meedoen).

`streamlit run serve.py` (as `make run` does) or any ASGI server: `uvicorn serve:app`.
"""

import streamlit as st

from phone.routes import ROUTES

app = st.App("app.py", routes=ROUTES)
