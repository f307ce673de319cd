"""Limits and fixes found by the hostile-input probe (issue 13): vision version, one answer per phone and question.

- contribution: one answer per phone and question (a unique index on session_exercise_id and
  participant_id), also when two tabs of one phone send at once. Doubles stored before this
  revision are kept: the older ones are detached from the phone (participant_id NULL), as if typed
  in separately, so nothing is lost and the newest stays the phone's own answer.
- vision_version.number: 1, 2, 3, ... per trajectory (backfilled in the order they were saved),
  unique, so two editors of one vision cannot both save on top of the same version.

Unique indexes rather than constraints: SQLite adds an index without rebuilding the table (a
rebuild of contribution would cascade-delete its essential elements while foreign keys are on).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 18:50:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE contribution SET participant_id = NULL WHERE participant_id IS NOT NULL AND id NOT IN "
        "(SELECT MAX(id) FROM contribution WHERE participant_id IS NOT NULL "
        "GROUP BY session_exercise_id, participant_id)"
    )
    op.create_index('uq_contribution_exercise_participant', 'contribution',
                    ['session_exercise_id', 'participant_id'], unique=True)

    op.add_column('vision_version', sa.Column('number', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE vision_version SET number = (SELECT COUNT(*) FROM vision_version AS earlier "
        "WHERE earlier.trajectory_id = vision_version.trajectory_id AND earlier.id <= vision_version.id)"
    )
    # Nothing refers to vision_version, so SQLite may rebuild it safely.
    with op.batch_alter_table('vision_version', schema=None) as batch_op:
        batch_op.alter_column('number', existing_type=sa.Integer(), nullable=False)
    op.create_index('uq_vision_version_trajectory_number', 'vision_version', ['trajectory_id', 'number'], unique=True)


def downgrade() -> None:
    op.drop_index('uq_vision_version_trajectory_number', table_name='vision_version')
    with op.batch_alter_table('vision_version', schema=None) as batch_op:
        batch_op.drop_column('number')
    op.drop_index('uq_contribution_exercise_participant', table_name='contribution')
