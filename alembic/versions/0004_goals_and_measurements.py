"""Goals traceable to what people said (goal_source); indicator measurements over time.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 00:30:51.560973
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('goal_source',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('contribution_id', sa.Integer(), nullable=True),
    sa.Column('element_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['contribution_id'], ['contribution.id'], name=op.f('fk_goal_source_contribution_id_contribution'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['element_id'], ['essential_element.id'], name=op.f('fk_goal_source_element_id_essential_element'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['goal_id'], ['goal.id'], name=op.f('fk_goal_source_goal_id_goal'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_source'))
    )
    with op.batch_alter_table('goal_source', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_source_goal_id'), ['goal_id'], unique=False)

    op.create_table('measurement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('indicator_id', sa.Integer(), nullable=False),
    sa.Column('measured_on', sa.Date(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['indicator_id'], ['indicator.id'], name=op.f('fk_measurement_indicator_id_indicator'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_measurement'))
    )
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_measurement_indicator_id'), ['indicator_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('measurement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_measurement_indicator_id'))

    op.drop_table('measurement')
    with op.batch_alter_table('goal_source', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_source_goal_id'))

    op.drop_table('goal_source')
