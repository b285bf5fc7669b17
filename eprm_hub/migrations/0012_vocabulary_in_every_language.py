"""The vocabulary's names (and the tiers' and needs' descriptions) in Spanish, Portuguese,
German and Dutch, beside the French of 0002 (docs/languages.md), from
eprm_hub/data/0012-vocabulary-names.json. Written from the official editions of the OECD
Guidance and the EU Regulation, and the UN's short titles of the SDGs."""

from django.db import migrations

from eprm_hub import loading

LANGUAGES = ["es", "pt", "de", "nl"]


def seed(apps, schema_editor):
    data = loading.read("0012-vocabulary-names.json")
    loading.add_translations(apps, data, schema_editor.connection.alias)


def unseed(apps, schema_editor):
    db = schema_editor.connection.alias
    for label in loading.read("0012-vocabulary-names.json"):
        for term in apps.get_model(label).objects.using(db).all():
            kept = {k: v for k, v in (term.translations or {}).items() if k not in LANGUAGES}
            term.translations = kept
            term.save(update_fields=["translations"])


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0011_thesaurus_german_dutch")]

    operations = [migrations.RunPython(seed, unseed)]
