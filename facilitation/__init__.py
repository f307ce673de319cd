"""Samenspraak: the domain of a participation trajectory against child poverty.

This package follows the roadmap "Veilige kindertijd" (seed 003): a trajectory per gemeente, its
stuurgroep and parent sessions, contributions, domains, votes, goals and the vision. It imports no
Streamlit; the screen pieces that several pages share live in ``facilitation.ui``.
"""
