"""The database triggers that bump an IndexVersion when a listing's data changes.

Used by migrations: keep these functions stable.
"""

from django.db import migrations

# Versions come from a sequence, which a rollback does not rewind: a version number is never
# given to two different states of the data (a counter would be, after a rollback).
BUMP_FUNCTION = """
CREATE SEQUENCE IF NOT EXISTS eprm_hub_index_version_seq;
CREATE OR REPLACE FUNCTION eprm_hub_bump_index_version() RETURNS trigger AS $$
BEGIN
    INSERT INTO eprm_hub_indexversion (name, version)
    VALUES (TG_ARGV[0], nextval('eprm_hub_index_version_seq'))
    ON CONFLICT (name) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""
DROP_BUMP_FUNCTION = """
DROP FUNCTION eprm_hub_bump_index_version();
DROP SEQUENCE eprm_hub_index_version_seq;
"""


def bump_on_change(listing, tables):
    """A migration operation: any write to these tables bumps the listing's version."""
    create, drop = [], []
    for table in tables:
        trigger = f"{table}_bumps_{listing}"
        create.append(
            f"CREATE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            f"FOR EACH STATEMENT EXECUTE FUNCTION eprm_hub_bump_index_version('{listing}');"
        )
        drop.append(f"DROP TRIGGER IF EXISTS {trigger} ON {table};")
    return migrations.RunSQL("\n".join(create), "\n".join(drop))
