"""Staff accounts, roles and the trajectories they belong to, in the database (issue 13).

The accounts of an existing credentials file (data/auth.yaml or SAMENSPRAAK_AUTH_FILE) are copied
in, with their bcrypt hashes, roles and last "Afmelden", and so is its cookie key: every login and
every login cookie keeps working. The file is not read any more afterwards.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 18:50:00.000000
"""
import datetime as dt
import re

import sqlalchemy as sa
import yaml
from alembic import op

from facilitation import config


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

ROLES = ("facilitator", "coordinator", "admin")
USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,31}$")


def upgrade() -> None:
    op.create_table('staff_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('password_hash', sa.String(length=128), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('logged_out_at', sa.Float(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_account')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_account_username'))
    )
    op.create_table('staff_role',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=24), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['staff_account.id'], name=op.f('fk_staff_role_account_id_staff_account'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'role', name=op.f('pk_staff_role'))
    )
    op.create_table('staff_assignment',
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('trajectory_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['staff_account.id'], name=op.f('fk_staff_assignment_account_id_staff_account'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trajectory_id'], ['trajectory.id'], name=op.f('fk_staff_assignment_trajectory_id_trajectory'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('account_id', 'trajectory_id', name=op.f('pk_staff_assignment'))
    )
    with op.batch_alter_table('staff_assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_assignment_trajectory_id'), ['trajectory_id'], unique=False)
    op.create_table('installation_setting',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_installation_setting'))
    )
    _import_credentials_file()


def _import_credentials_file() -> None:
    """Copy the accounts and the cookie key of the credentials file; entries that the old code could
    not have written (a bad name, no bcrypt hash, no known role) are left out, never half copied."""
    path = config.auth_file()
    if not path.is_file():
        return
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise RuntimeError(f"{path}: het bestand met de accounts is onleesbaar ({exc}); "
                           "herstel of verwijder het en migreer opnieuw.") from None
    if not isinstance(data, dict):
        return
    key = (data.get("cookie") or {}).get("key")
    if isinstance(key, str) and key:
        op.bulk_insert(sa.table('installation_setting', sa.column('name'), sa.column('value')),
                       [{'name': 'cookie_key', 'value': key}])
    accounts = sa.table('staff_account', sa.column('id', sa.Integer), sa.column('username'),
                        sa.column('password_hash'), sa.column('created_at', sa.DateTime(timezone=True)),
                        sa.column('logged_out_at', sa.Float), sa.column('generation', sa.Integer))
    roles = sa.table('staff_role', sa.column('account_id', sa.Integer), sa.column('role'))
    connection = op.get_bind()
    users = ((data.get("credentials") or {}).get("usernames") or {})
    for username, entry in sorted(users.items() if isinstance(users, dict) else []):
        if not isinstance(entry, dict) or not USERNAME.fullmatch(str(username)):
            continue
        hashed = entry.get("password")
        kept = [r for r in entry.get("roles") or [] if r in ROLES]
        if not (isinstance(hashed, str) and hashed.startswith("$2") and kept):
            continue
        account_id = connection.execute(
            accounts.insert().values(username=str(username), password_hash=hashed, created_at=dt.datetime.now(dt.UTC),
                                     logged_out_at=float(entry.get("logged_out_at") or 0), generation=0)
            .returning(accounts.c.id)
        ).scalar_one()
        connection.execute(roles.insert(), [{"account_id": account_id, "role": r} for r in sorted(set(kept))])


def downgrade() -> None:
    op.drop_table('installation_setting')
    with op.batch_alter_table('staff_assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_assignment_trajectory_id'))
    op.drop_table('staff_assignment')
    op.drop_table('staff_role')
    op.drop_table('staff_account')
