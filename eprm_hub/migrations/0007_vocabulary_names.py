"""The vocabulary's names as search documents, for the free-text search (docs/search.md).

A query's words are matched against these few documents (English names stemmed as English,
French names as French, "Step 4"/"Étape 4" for the steps); a term they match stands for the
rows that have it, taken from the facet index, as if its name were in each row's text.
"""

from django.db import migrations

VIEW = """
CREATE VIEW eprm_hub_vocabularyname (kind, slug, names, document) AS
SELECT 'mineral', slug, concat_ws(' ', name, name_fr),
       to_tsvector('hub_en', name) || to_tsvector('hub_fr', name_fr) FROM eprm_hub_mineral
UNION ALL
SELECT 'tier', slug, concat_ws(' ', name, name_fr),
       to_tsvector('hub_en', name) || to_tsvector('hub_fr', name_fr) FROM eprm_hub_supplychaintier
UNION ALL
SELECT 'step', slug, concat_ws(' ', 'Step ' || number, name, 'Étape ' || number, name_fr),
       to_tsvector('hub_en', 'Step ' || number || ' ' || name)
       || to_tsvector('hub_fr', 'Étape ' || number || ' ' || name_fr) FROM eprm_hub_oecdstep
UNION ALL
SELECT 'need', slug, concat_ws(' ', name, name_fr),
       to_tsvector('hub_en', name) || to_tsvector('hub_fr', name_fr) FROM eprm_hub_businessneed
UNION ALL
SELECT 'type', slug, concat_ws(' ', name, name_fr),
       to_tsvector('hub_en', name) || to_tsvector('hub_fr', name_fr) FROM eprm_hub_resourcetype
UNION ALL
SELECT 'region', slug, concat_ws(' ', name, name_fr),
       to_tsvector('hub_en', name) || to_tsvector('hub_fr', name_fr) FROM eprm_hub_region;
"""


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0006_seed_thesaurus")]

    operations = [migrations.RunSQL(VIEW, "DROP VIEW eprm_hub_vocabularyname;")]
