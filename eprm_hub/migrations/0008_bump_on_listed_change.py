from django.db import migrations

from eprm_hub.triggers import CHANGE_FUNCTION, DROP_CHANGE_FUNCTION


class Migration(migrations.Migration):
    """The trigger function that renews a catalogue's version only when an update changes a
    column its listing reads (eprm_hub/triggers.py installs the triggers after migrate)."""

    dependencies = [
        ("eprm_hub", "0007_vocabulary_names"),
    ]

    operations = [
        migrations.RunSQL(CHANGE_FUNCTION, DROP_CHANGE_FUNCTION),
    ]
