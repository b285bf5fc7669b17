"""Each vocabulary term keeps its names' search document in a stored generated column, which
the names view (0007, 0009) reads: computed in the view, six languages cost every search
some 360 to_tsvector calls, about 4 ms (docs/search.md)."""

from django.db import migrations

LANGUAGES = {
    "fr": "hub_fr",
    "es": "hub_es",
    "pt": "hub_pt",
    "de": "hub_de",
    "nl": "hub_nl",
}
STEP = {"en": "Step", "fr": "Étape", "es": "Paso", "pt": "Etapa", "de": "Schritt", "nl": "Stap"}
TABLES = {
    "mineral": "mineral",
    "tier": "supplychaintier",
    "step": "oecdstep",
    "need": "businessneed",
    "type": "resourcetype",
    "region": "region",
}


def _name(code):
    return f"coalesce(translations -> '{code}' ->> 'name', '')"


def _document(kind):
    # Only immutable parts: a generated column may use nothing else (number::text, not ||).
    if kind == "step":
        parts = ["to_tsvector('hub_en'::regconfig, 'Step ' || number::text || ' ' || name)"]
        parts += [
            f"to_tsvector('{config}'::regconfig, '{STEP[code]} ' || number::text || ' ' "
            f"|| {_name(code)})"
            for code, config in LANGUAGES.items()
        ]
    else:
        parts = ["to_tsvector('hub_en'::regconfig, name)"]
        parts += [
            f"to_tsvector('{config}'::regconfig, {_name(code)})"
            for code, config in LANGUAGES.items()
        ]
    return " || ".join(parts)


def _names(kind):
    if kind == "step":
        parts = ["'Step ' || number", "name"]
        parts += [f"'{STEP[code]} ' || number, {_name(code)}" for code in LANGUAGES]
    else:
        parts = ["name", *(_name(code) for code in LANGUAGES)]
    return "concat_ws(' ', " + ", ".join(parts) + ")"


COLUMNS = "".join(
    f"ALTER TABLE eprm_hub_{table} ADD COLUMN search_document tsvector "
    f"GENERATED ALWAYS AS ({_document(kind)}) STORED;\n"
    for kind, table in TABLES.items()
)
VIEW = (
    "CREATE OR REPLACE VIEW eprm_hub_vocabularyname (kind, slug, names, document) AS\n"
    + "\nUNION ALL\n".join(
        f"SELECT '{kind}', slug, {_names(kind)}, search_document FROM eprm_hub_{table}"
        for kind, table in TABLES.items()
    )
    + ";"
)
# The view as 0009 made it, computing each document, for going back.
VIEW_0009 = (
    "CREATE OR REPLACE VIEW eprm_hub_vocabularyname (kind, slug, names, document) AS\n"
    + "\nUNION ALL\n".join(
        f"SELECT '{kind}', slug, {_names(kind)}, {_document(kind)} FROM eprm_hub_{table}"
        for kind, table in TABLES.items()
    )
    + ";"
)
DROP_COLUMNS = "".join(
    f"ALTER TABLE eprm_hub_{table} DROP COLUMN search_document;\n" for table in TABLES.values()
)


class Migration(migrations.Migration):
    dependencies = [("eprm_hub", "0012_vocabulary_in_every_language")]

    operations = [
        migrations.RunSQL(COLUMNS, DROP_COLUMNS),
        migrations.RunSQL(VIEW, VIEW_0009),
    ]
