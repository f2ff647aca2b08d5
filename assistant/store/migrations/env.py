"""Alembic's entry point for the review store's migrations.

shenbao runs the migrations on a connection it opened and locked (`assistant.store.migrate`),
handed over in `config.attributes["connection"]`: they then run inside the caller's transaction.
A developer comparing the tables with a database (`alembic … revision --autogenerate`) gives
its URL as `sqlalchemy.url`; shenbao's own settings are not read here.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import context

from assistant.store.tables import VERSION_TABLE, metadata


def _run(connection: sa.Connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE)
    with context.begin_transaction():
        context.run_migrations()


def _main() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("give the database as sqlalchemy.url (alembic -x or the ini file)")
    with sa.create_engine(url).begin() as opened:
        _run(opened)


_main()
