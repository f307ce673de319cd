"""Screen pieces shared by several pages: the only part of facilitation/ that imports Streamlit."""
