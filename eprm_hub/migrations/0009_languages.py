"""Six languages: the vocabulary's names move from `name_fr`/`description_fr` columns to one
`translations` column (eprm_hub.i18n), the search gains Spanish, Portuguese, German and Dutch
configurations, and the vocabulary's names are searched in each language (docs/languages.md).
"""

from django.db import migrations, models

# Stemmed in its own language, accents removed first, as hub_en and hub_fr (0004).
CONFIGURATIONS = {"es": "spanish", "pt": "portuguese", "de": "german", "nl": "dutch"}
SEARCH_CONFIGURATION = "".join(
    f"""
CREATE TEXT SEARCH CONFIGURATION hub_{code} (COPY = {name});
ALTER TEXT SEARCH CONFIGURATION hub_{code}
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, {name}_stem;"""
    for code, name in CONFIGURATIONS.items()
)
DROP_SEARCH_CONFIGURATION = "".join(
    f"DROP TEXT SEARCH CONFIGURATION hub_{code};" for code in CONFIGURATIONS
)

TERMS = ["mineral", "supplychaintier", "oecdstep", "businessneed", "resourcetype", "region", "sdg"]
DESCRIBED = ["supplychaintier", "businessneed"]
LANGUAGES = {"fr": "hub_fr", **{code: f"hub_{code}" for code in CONFIGURATIONS}}
# What a step is called before its number ("Step 4"), as a visitor types it.
STEP = {"en": "Step", "fr": "Étape", "es": "Paso", "pt": "Etapa", "de": "Schritt", "nl": "Stap"}


def _name(code):
    return f"coalesce(translations -> '{code}' ->> 'name', '')"


def _view():
    """The vocabulary's names as search documents (0007), from `translations`: each name
    stemmed in its own language."""
    selects = []
    for kind, table in [
        ("mineral", "mineral"),
        ("tier", "supplychaintier"),
        ("need", "businessneed"),
        ("type", "resourcetype"),
        ("region", "region"),
    ]:
        names = ", ".join(["name", *(_name(code) for code in LANGUAGES)])
        document = " || ".join(
            ["to_tsvector('hub_en', name)"]
            + [f"to_tsvector('{config}', {_name(code)})" for code, config in LANGUAGES.items()]
        )
        selects.append(
            f"SELECT '{kind}', slug, concat_ws(' ', {names}), {document} FROM eprm_hub_{table}"
        )
    step_names = ", ".join(
        ["'Step ' || number", "name"]
        + [f"'{STEP[code]} ' || number, {_name(code)}" for code in LANGUAGES]
    )
    step_document = " || ".join(
        ["to_tsvector('hub_en', 'Step ' || number || ' ' || name)"]
        + [
            f"to_tsvector('{config}', '{STEP[code]} ' || number || ' ' || {_name(code)})"
            for code, config in LANGUAGES.items()
        ]
    )
    selects.insert(
        2,
        f"SELECT 'step', slug, concat_ws(' ', {step_names}), {step_document} "
        "FROM eprm_hub_oecdstep",
    )
    return (
        "CREATE OR REPLACE VIEW eprm_hub_vocabularyname (kind, slug, names, document) AS\n"
        + "\nUNION ALL\n".join(selects)
        + ";"
    )


# The view as 0007 made it, for going back.
VIEW_0007 = """
CREATE OR REPLACE VIEW eprm_hub_vocabularyname (kind, slug, names, document) AS
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


def _fields(model):
    return ["name", "description"] if model in DESCRIBED else ["name"]


def to_translations(apps, schema_editor):
    db = schema_editor.connection.alias
    for model in TERMS:
        rows = apps.get_model("eprm_hub", model).objects.using(db)
        for term in rows.all():
            french = {f: getattr(term, f"{f}_fr") for f in _fields(model)}
            french = {f: text for f, text in french.items() if text}
            if french:
                term.translations = {"fr": french}
                term.save(update_fields=["translations"])


def from_translations(apps, schema_editor):
    db = schema_editor.connection.alias
    for model in TERMS:
        rows = apps.get_model("eprm_hub", model).objects.using(db)
        for term in rows.all():
            french = (term.translations or {}).get("fr") or {}
            for field in _fields(model):
                setattr(term, f"{field}_fr", french.get(field, ""))
            term.save()


def _translations_field():
    return models.JSONField(
        blank=True, default=dict, editable=False, verbose_name="translations"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0008_bump_on_listed_change"),
        # After the search function of resources 0003, which read name_fr, was dropped.
        ("resources", "0004_vocabulary_through_the_index"),
    ]

    operations = [
        migrations.RunSQL(SEARCH_CONFIGURATION, DROP_SEARCH_CONFIGURATION),
        *(
            migrations.AddField(model, "translations", _translations_field())
            for model in TERMS
        ),
        migrations.RunPython(to_translations, from_translations),
        migrations.RunSQL(_view(), VIEW_0007),
        *(migrations.RemoveField(model, "name_fr") for model in TERMS),
        *(migrations.RemoveField(model, "description_fr") for model in DESCRIBED),
        *(
            migrations.AlterField(
                model,
                "name",
                models.CharField(
                    help_text="In English. Its names in the other languages are further down "
                    "the form.",
                    max_length=120,
                    verbose_name="name",
                ),
            )
            for model in TERMS
        ),
    ]
