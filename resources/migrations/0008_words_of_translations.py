"""The library's words (for "did you mean") include the words of its translations, so that a
Spanish or German word of a translated title is never "corrected" (docs/search.md)."""

from django.db import migrations

SEARCH_WORDS = """
CREATE MATERIALIZED VIEW resources_searchword AS
SELECT word, ndoc
FROM ts_stat($$
    SELECT to_tsvector('public.hub_simple', concat_ws(' ', title, summary, tag_text, publisher_text,
                                                  jsonb_path_query_array(translations, '$.*.*')::text))
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
SEARCH_WORDS_0004 = """
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


class Migration(migrations.Migration):
    dependencies = [("resources", "0007_languages")]

    operations = [
        migrations.RunSQL(DROP_SEARCH_WORDS, SEARCH_WORDS_0004),
        migrations.RunSQL(SEARCH_WORDS, DROP_SEARCH_WORDS),
    ]
