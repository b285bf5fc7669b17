"""Logos uploaded from now on get a random name (eprm_hub/uploads.py, issue 29): files
uploaded before keep theirs, served by the same access rules (config/media.py)."""

from django.db import migrations, models

import eprm_hub.uploads


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0011_question_resources"),
    ]

    operations = [
        migrations.AlterField(
            model_name="organisation",
            name="logo",
            field=models.ImageField(
                blank=True,
                upload_to=eprm_hub.uploads.RandomName("logos", "png"),
                verbose_name="logo",
            ),
        ),
    ]
