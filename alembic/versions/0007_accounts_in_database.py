"""Staff accounts, roles and the trajectories they belong to, in the database (issue 13).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 18:50:00.000000
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
