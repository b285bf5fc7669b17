"""Seed the thesaurus's Spanish and Portuguese terms (from the Spanish and Portuguese editions of
the OECD minerals Guidance, Regulation (EU) 2017/821 and other EU acts, and ILO and UN texts),
from eprm_hub/data/0010-thesaurus-es-pt.json.

Portuguese gives the European and the Brazilian spelling where they differ (tungsténio,
tungstênio). Skipped: a name or word the same as in English (Burundi, Chile, mica, formal), and
proper names never translated (SAEMAPE, IPIS)."""

from django.db import migrations

from eprm_hub import loading

LANGUAGES = ["es", "pt"]


def seed(apps, schema_editor):
    data = loading.read("0010-thesaurus-es-pt.json")
    loading.add_concept_terms(apps, data, schema_editor.connection.alias)


def unseed(apps, schema_editor):
    db = schema_editor.connection.alias
    apps.get_model("eprm_hub", "ConceptTerm").objects.using(db).filter(
        language__in=LANGUAGES, kind="translation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0009_languages")]

    operations = [migrations.RunPython(seed, unseed)]
