"""The meeting's title on the phones, per language (issue 12): the staff title may say "armoede".
When the college approved the minutes, and when the raw answer texts were removed (retention).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 19:05:00.000000
"""
import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        for language in ('nl', 'en', 'fr'):
            batch_op.add_column(sa.Column(f'phone_title_{language}', sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column('minutes_approved_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('texts_removed_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('session', schema=None) as batch_op:
        batch_op.drop_column('texts_removed_on')
        batch_op.drop_column('minutes_approved_on')
        for language in ('fr', 'en', 'nl'):
            batch_op.drop_column(f'phone_title_{language}')
