"""A municipality starts from nothing: attendance by role, own questions, the inventory of the
omgevingsanalyse, SMART G and R fields, indicator deadlines, the deciding vote round, the parents'
public page token, the sector of a partner organisation. parents_present moves into attendance.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 16:01:22.600146
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('inventory_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('domain', sa.String(length=160), nullable=False),
    sa.Column('what', sa.Text(), nullable=False),
    sa.Column('partners', sa.Text(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_inventory_item_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_inventory_item'))
    )
    with op.batch_alter_table('inventory_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_inventory_item_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('own_question',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('question_nl', sa.Text(), nullable=False),
    sa.Column('question_en', sa.Text(), nullable=True),
    sa.Column('question_fr', sa.Text(), nullable=True),
    sa.Column('parent_question_nl', sa.Text(), nullable=False),
    sa.Column('parent_question_en', sa.Text(), nullable=True),
    sa.Column('parent_question_fr', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_own_question_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_own_question'))
    )
    with op.batch_alter_table('own_question', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_own_question_trajectory_id'), ['trajectory_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('externe_begeleider', 'coordinator', 'voorzitter', 'schepen', 'medewerker', 'partner', 'ouder', 'ervaringsdeskundige', 'vertrouwenspersoon', name='memberrole', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['session.id'], name=op.f('fk_attendance_session_id_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'role', name='uq_attendance_session_role')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_session_id'), ['session_id'], unique=False)

    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('agreed_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('agreed_by', sa.String(length=240), nullable=True))
        batch_op.add_column(sa.Column('means', sa.Text(), nullable=True))

    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deadline', sa.Date(), nullable=True))

    with op.batch_alter_table('stuurgroep_member', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sector', sa.String(length=80), nullable=True))

    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.add_column(sa.Column('public_token', sa.String(length=32), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_trajectory_public_token'), ['public_token'])

    with op.batch_alter_table('vote_round', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deciding', sa.Boolean(), nullable=False, server_default=sa.false()))

    op.execute(
        "INSERT INTO attendance (session_id, role, count) "
        "SELECT id, 'ouder', parents_present FROM session WHERE parents_present IS NOT NULL"
    )
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_column('parents_present')


def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.add_column(sa.Column('parents_present', sa.Integer(), nullable=True))
    op.execute(
        "UPDATE session SET parents_present = "
        "(SELECT count FROM attendance WHERE attendance.session_id = session.id AND role = 'ouder')"
    )
    with op.batch_alter_table('vote_round', schema=None) as batch_op:
        batch_op.drop_column('deciding')

    with op.batch_alter_table('trajectory', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_trajectory_public_token'), type_='unique')
        batch_op.drop_column('public_token')

    with op.batch_alter_table('stuurgroep_member', schema=None) as batch_op:
        batch_op.drop_column('sector')

    with op.batch_alter_table('indicator', schema=None) as batch_op:
        batch_op.drop_column('deadline')

    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_column('means')
        batch_op.drop_column('agreed_by')
        batch_op.drop_column('agreed_on')

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_session_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('own_question', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_own_question_trajectory_id'))

    op.drop_table('own_question')
    with op.batch_alter_table('inventory_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_inventory_item_trajectory_id'))

    op.drop_table('inventory_item')
