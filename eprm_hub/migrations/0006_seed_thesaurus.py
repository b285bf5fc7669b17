"""Seed the thesaurus of the free-text search: the field's concepts with their English
synonyms, acronyms and French terms (eprm_hub.models.Concept; docs/search.md), from
eprm_hub/data/0006-thesaurus.json.

Written from the OECD Due Diligence Guidance for minerals and its French edition, the EU
Conflict Minerals Regulation, the schemes and bodies of the field, the risks of Annex II and
the words of the Great Lakes region. Editors keep it up to date in the admin.
"""

from django.db import migrations

from eprm_hub import loading


def seed(apps, schema_editor):
    data = loading.read("0006-thesaurus.json")
    loading.create_concepts(apps, data, schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0005_spelling_dictionary")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
