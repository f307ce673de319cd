"""Live sessions: the current exercise, phones as anonymous participants, moderation.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 23:20:14.790779
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('failed_join',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('client_key', sa.String(length=64), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_failed_join'))
    )
    with op.batch_alter_table('failed_join', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_failed_join_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_failed_join_client_key'), ['client_key'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('participant_group', sa.Enum('ouder', 'professional', 'beleid', 'zeg_ik_liever_niet', name='participantgroup', native_enum=False, create_constraint=True, length=24), nullable=True),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('joined_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_participant_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('session_id', 'token_hash', name='uq_participant_session_token')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.add_column(sa.Column('approved', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('participant_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('merged_into_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_contribution_participant_id'), ['participant_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_contribution_participant_id_participant'), 'participant', ['participant_id'], ['id'], ondelete='SET NULL')
        batch_op.create_foreign_key(batch_op.f('fk_contribution_merged_into_id_contribution'), 'contribution', ['merged_into_id'], ['id'], ondelete='SET NULL')

    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('current_exercise_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('show_answers', sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column('premoderation', sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.create_foreign_key(batch_op.f('fk_session_current_exercise_id_session_exercise'), 'session_exercise', ['current_exercise_id'], ['id'], ondelete='SET NULL', use_alter=True)



def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_session_current_exercise_id_session_exercise'), type_='foreignkey')
        batch_op.drop_column('premoderation')
        batch_op.drop_column('show_answers')
        batch_op.drop_column('current_exercise_id')

    with op.batch_alter_table('contribution', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_contribution_merged_into_id_contribution'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_contribution_participant_id_participant'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_contribution_participant_id'))
        batch_op.drop_column('updated_at')
        batch_op.drop_column('merged_into_id')
        batch_op.drop_column('participant_id')
        batch_op.drop_column('approved')

    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_session_id'))

    op.drop_table('participant')
    with op.batch_alter_table('failed_join', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_failed_join_client_key'))
        batch_op.drop_index(batch_op.f('ix_failed_join_at'))

    op.drop_table('failed_join')
