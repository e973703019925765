"""change log origin

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 00:03:21.468338
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('origin', sa.String(length=36), nullable=False, server_default=sa.text("''")))




def downgrade() -> None:

    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_column('origin')


