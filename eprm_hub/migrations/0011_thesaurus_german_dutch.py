"""Seed the thesaurus's German and Dutch terms (from the German and Dutch texts of Regulation
(EU) 2017/821 and of the OECD minerals Guidance, the LkSG, BMZ/BGR, RVO/IMVO and ILO usage),
from eprm_hub/data/0011-thesaurus-de-nl.json.

German nouns keep their capital. Skipped: a name or word the same as in English (Lithium,
Burundi, water), and names of schemes and bodies that German and Dutch texts leave in English
(RMI, LBMA, DMCC, Better Mining, SAEMAPE)."""

from django.db import migrations

from eprm_hub import loading

LANGUAGES = ["de", "nl"]


def seed(apps, schema_editor):
    data = loading.read("0011-thesaurus-de-nl.json")
    loading.add_concept_terms(apps, data, schema_editor.connection.alias)


def unseed(apps, schema_editor):
    db = schema_editor.connection.alias
    apps.get_model("eprm_hub", "ConceptTerm").objects.using(db).filter(
        language__in=LANGUAGES, kind="translation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0010_thesaurus_spanish_portuguese")]

    operations = [migrations.RunPython(seed, unseed)]
