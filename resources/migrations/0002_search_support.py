from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from eprm_hub.triggers import bump_on_change

SEARCH_WORDS = """
CREATE MATERIALIZED VIEW resources_searchword AS
SELECT word, ndoc
FROM ts_stat($$
    SELECT to_tsvector('simple', title || ' ' || summary || ' ' || tag_text || ' ' || publisher_text)
    FROM public.resources_resource WHERE status = 'published'
$$)
WHERE length(word) > 2 AND word !~ '^[0-9]+$'
WITH NO DATA;
CREATE UNIQUE INDEX resources_searchword_word ON resources_searchword (word);
CREATE INDEX resources_searchword_trgm ON resources_searchword USING gin (word gin_trgm_ops);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("eprm_hub", "0003_index_version"),
    ]

    operations = [
        TrigramExtension(),
        # The words of published resources, for "did you mean" (resources/search.py).
        migrations.RunSQL(SEARCH_WORDS, "DROP MATERIALIZED VIEW resources_searchword;"),
        bump_on_change(
            "resources",
            [
                "resources_resource",
                "resources_resource_minerals",
                "resources_resource_supply_chain_tiers",
                "resources_resource_oecd_steps",
                "resources_resource_business_needs",
                "resources_resource_regions",
                "resources_publisher",
            ],
        ),
    ]
