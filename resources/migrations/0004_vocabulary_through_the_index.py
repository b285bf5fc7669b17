"""The vocabulary's names leave the search vector: they are matched through the facet index
(eprm_hub_vocabularyname), which keeps each resource's vector small. French stemming is kept
for French resources only."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.expressions
from django.db import migrations, models

SEARCH_WORDS = """
CREATE MATERIALIZED VIEW resources_searchword AS
SELECT word, ndoc
FROM ts_stat($$
    SELECT to_tsvector('public.hub_simple', concat_ws(' ', title, summary, tag_text, publisher_text))
      FROM public.resources_resource WHERE status = 'published'
    UNION ALL
    SELECT to_tsvector('public.hub_simple', names) FROM public.eprm_hub_vocabularyname
    UNION ALL
    SELECT to_tsvector('public.hub_simple', name) FROM public.eprm_hub_concept
    UNION ALL
    SELECT to_tsvector('public.hub_simple', text) FROM public.eprm_hub_conceptterm
$$)
WHERE length(word) > 2 AND word !~ '^[0-9]+$'
WITH NO DATA;
CREATE UNIQUE INDEX resources_searchword_word ON resources_searchword (word);
CREATE INDEX resources_searchword_trgm ON resources_searchword USING gin (word gin_trgm_ops);
-- The view is empty again: the next suggestion must refresh it (Catalogue.refresh_words).
DELETE FROM eprm_hub_indexversion WHERE name = 'resources-words';
"""
DROP_SEARCH_WORDS = "DROP MATERIALIZED VIEW resources_searchword;"

# What 0003 created, for going back to it.
VOCABULARY_TEXT_0003 = """
CREATE FUNCTION resources_vocabulary_text(resource bigint) RETURNS text
LANGUAGE sql STABLE AS $$
SELECT concat_ws(' ',
    (SELECT string_agg(concat_ws(' ', m.name, m.name_fr), ' ' ORDER BY m."order", m.id)
       FROM resources_resource_minerals x JOIN eprm_hub_mineral m ON m.id = x.mineral_id
      WHERE x.resource_id = resource),
    (SELECT string_agg(concat_ws(' ', t.name, t.name_fr), ' ' ORDER BY t."order")
       FROM resources_resource_supply_chain_tiers x
       JOIN eprm_hub_supplychaintier t ON t.id = x.supplychaintier_id
      WHERE x.resource_id = resource),
    (SELECT string_agg(concat_ws(' ', 'Step ' || s.number, s.name, 'Étape ' || s.number, s.name_fr),
                       ' ' ORDER BY s.number)
       FROM resources_resource_oecd_steps x JOIN eprm_hub_oecdstep s ON s.id = x.oecdstep_id
      WHERE x.resource_id = resource),
    (SELECT string_agg(concat_ws(' ', n.name, n.name_fr), ' ' ORDER BY n."order")
       FROM resources_resource_business_needs x
       JOIN eprm_hub_businessneed n ON n.id = x.businessneed_id
      WHERE x.resource_id = resource),
    (SELECT concat_ws(' ', t.name, t.name_fr)
       FROM resources_resource r JOIN eprm_hub_resourcetype t ON t.id = r.resource_type_id
      WHERE r.id = resource),
    (SELECT string_agg(concat_ws(' ', g.name, g.name_fr, p.name, p.name_fr), ' ' ORDER BY g."order")
       FROM resources_resource_regions x JOIN eprm_hub_region g ON g.id = x.region_id
       LEFT JOIN eprm_hub_region p ON p.id = g.parent_id
      WHERE x.resource_id = resource)
)
$$;

-- An editor renaming a term renames it in every resource's search text, whatever wrote it.
CREATE FUNCTION resources_refresh_vocabulary_text() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE resources_resource SET vocabulary_text = resources_vocabulary_text(id)
     WHERE vocabulary_text IS DISTINCT FROM resources_vocabulary_text(id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER eprm_hub_mineral_renames_resources AFTER UPDATE OF name, name_fr
    ON eprm_hub_mineral FOR EACH STATEMENT EXECUTE FUNCTION resources_refresh_vocabulary_text();
CREATE TRIGGER eprm_hub_supplychaintier_renames_resources AFTER UPDATE OF name, name_fr
    ON eprm_hub_supplychaintier FOR EACH STATEMENT
    EXECUTE FUNCTION resources_refresh_vocabulary_text();
CREATE TRIGGER eprm_hub_oecdstep_renames_resources AFTER UPDATE OF name, name_fr, number
    ON eprm_hub_oecdstep FOR EACH STATEMENT EXECUTE FUNCTION resources_refresh_vocabulary_text();
CREATE TRIGGER eprm_hub_businessneed_renames_resources AFTER UPDATE OF name, name_fr
    ON eprm_hub_businessneed FOR EACH STATEMENT
    EXECUTE FUNCTION resources_refresh_vocabulary_text();
CREATE TRIGGER eprm_hub_resourcetype_renames_resources AFTER UPDATE OF name, name_fr
    ON eprm_hub_resourcetype FOR EACH STATEMENT
    EXECUTE FUNCTION resources_refresh_vocabulary_text();
CREATE TRIGGER eprm_hub_region_renames_resources AFTER UPDATE OF name, name_fr, parent_id
    ON eprm_hub_region FOR EACH STATEMENT EXECUTE FUNCTION resources_refresh_vocabulary_text();

"""
SEARCH_WORDS_0003 = """
CREATE MATERIALIZED VIEW resources_searchword AS
SELECT word, ndoc
FROM ts_stat($$
    SELECT to_tsvector('public.hub_simple', concat_ws(' ', title, summary, tag_text, publisher_text,
                                                vocabulary_text))
      FROM public.resources_resource WHERE status = 'published'
    UNION ALL
    SELECT to_tsvector('public.hub_simple', name) FROM public.eprm_hub_concept
    UNION ALL
    SELECT to_tsvector('public.hub_simple', text) FROM public.eprm_hub_conceptterm
$$)
WHERE length(word) > 2 AND word !~ '^[0-9]+$'
WITH NO DATA;
CREATE UNIQUE INDEX resources_searchword_word ON resources_searchword (word);
CREATE INDEX resources_searchword_trgm ON resources_searchword USING gin (word gin_trgm_ops);
"""
DROP_VOCABULARY_TEXT = """
DROP TRIGGER eprm_hub_mineral_renames_resources ON eprm_hub_mineral;
DROP TRIGGER eprm_hub_supplychaintier_renames_resources ON eprm_hub_supplychaintier;
DROP TRIGGER eprm_hub_oecdstep_renames_resources ON eprm_hub_oecdstep;
DROP TRIGGER eprm_hub_businessneed_renames_resources ON eprm_hub_businessneed;
DROP TRIGGER eprm_hub_resourcetype_renames_resources ON eprm_hub_resourcetype;
DROP TRIGGER eprm_hub_region_renames_resources ON eprm_hub_region;
DROP FUNCTION resources_refresh_vocabulary_text();
DROP FUNCTION resources_vocabulary_text(bigint);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_search_understands_people"),
        ("eprm_hub", "0007_vocabulary_names"),
    ]

    operations = [
        migrations.RunSQL(DROP_SEARCH_WORDS, SEARCH_WORDS_0003),
        migrations.RunSQL(DROP_VOCABULARY_TEXT, VOCABULARY_TEXT_0003),
        # A generated column cannot be altered: it is dropped and added again, with its index.
        migrations.RemoveIndex(model_name="resource", name="resource_search_gin"),
        migrations.RemoveField(model_name="resource", name="search_vector"),
        migrations.RemoveField(model_name="resource", name="vocabulary_text"),
        migrations.AddField(
            model_name="resource",
            name="search_vector",
            field=models.GeneratedField(db_persist=True, expression=django.db.models.expressions.CombinedExpression(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('title', config='hub_en', weight='A'), '||', django.contrib.postgres.search.SearchVector('summary', 'tag_text', config='hub_en', weight='B'), django.contrib.postgres.search.SearchConfig('hub_en')), '||', django.contrib.postgres.search.SearchVector('publisher_text', config='hub_en', weight='C'), django.contrib.postgres.search.SearchConfig('hub_en')), '||', django.contrib.postgres.search.SearchVector('description', config='hub_en', weight='D'), django.contrib.postgres.search.SearchConfig('hub_en')), '||', models.Case(models.When(models.Q(('languages__contains', ['fr'])), then=django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector('title', config='hub_fr', weight='A'), '||', django.contrib.postgres.search.SearchVector('summary', 'tag_text', config='hub_fr', weight='B'), django.contrib.postgres.search.SearchConfig('hub_fr')), '||', django.contrib.postgres.search.SearchVector('publisher_text', config='hub_fr', weight='C'), django.contrib.postgres.search.SearchConfig('hub_fr')), '||', django.contrib.postgres.search.SearchVector('description', config='hub_fr', weight='D'), django.contrib.postgres.search.SearchConfig('hub_fr'))), default=models.Value('', output_field=django.contrib.postgres.search.SearchVectorField()), output_field=django.contrib.postgres.search.SearchVectorField()), output_field=django.contrib.postgres.search.SearchVectorField()), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.AddIndex(
            model_name="resource",
            index=django.contrib.postgres.indexes.GinIndex(
                fields=["search_vector"], name="resource_search_gin"
            ),
        ),
        migrations.RunSQL(SEARCH_WORDS, DROP_SEARCH_WORDS),
    ]
