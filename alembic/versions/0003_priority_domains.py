"""Priority domains: lemmas per domain for transparent suggestions, werkgroepen by role.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 00:17:10.900935
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('werkgroep',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('domain_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['domain_id'], ['domain.id'], name=op.f('fk_werkgroep_domain_id_domain'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_werkgroep')),
    sa.UniqueConstraint('domain_id', name=op.f('uq_werkgroep_domain_id'))
    )
    op.create_table('werkgroep_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('werkgroep_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('externe_begeleider', 'coordinator', 'voorzitter', 'schepen', 'medewerker', 'partner', 'ouder', 'ervaringsdeskundige', 'vertrouwenspersoon', name='memberrole', native_enum=False, create_constraint=True, length=24), nullable=False),
    sa.Column('organisation', sa.String(length=160), nullable=True),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['werkgroep_id'], ['werkgroep.id'], name=op.f('fk_werkgroep_member_werkgroep_id_werkgroep'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_werkgroep_member'))
    )
    with op.batch_alter_table('werkgroep_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_werkgroep_member_werkgroep_id'), ['werkgroep_id'], unique=False)

    with op.batch_alter_table('domain', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lemmas', sa.Text(), nullable=False, server_default=''))



def downgrade() -> None:
    with op.batch_alter_table('domain', schema=None) as batch_op:
        batch_op.drop_column('lemmas')

    with op.batch_alter_table('werkgroep_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_werkgroep_member_werkgroep_id'))

    op.drop_table('werkgroep_member')
    op.drop_table('werkgroep')
