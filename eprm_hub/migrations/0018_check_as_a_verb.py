""""Check" is a verb as often as a noun ("where can I check…"): the thesaurus's concept had only
the nouns of the other languages (vérification, contrôle…), so a French text saying
"vérifier" did not answer it. Its verbs, as the concept "verify" has them."""

from django.db import migrations

from eprm_hub import loading

VERBS = {
    "w-check": {
        "fr": ["vérifier", "contrôler"],
        "es": ["comprobar", "verificar", "controlar"],
        "pt": ["verificar", "comprovar", "controlar"],
        "de": ["prüfen", "überprüfen", "kontrollieren"],
        "nl": ["controleren", "nagaan"],
    }
}


def seed(apps, schema_editor):
    loading.add_concept_terms(apps, VERBS, schema_editor.connection.alias)


def unseed(apps, schema_editor):
    ConceptTerm = apps.get_model("eprm_hub", "ConceptTerm")
    for key, languages in VERBS.items():
        for language, texts in languages.items():
            ConceptTerm.objects.using(schema_editor.connection.alias).filter(
                concept__key=key, language=language, text__in=texts
            ).delete()


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0017_index_changes")]

    operations = [migrations.RunPython(seed, unseed)]
