"""Project documents uploaded from now on get a random name (eprm_hub/uploads.py, issue 29): files
uploaded before keep theirs, served by the same access rules (config/media.py)."""

from django.db import migrations, models

import eprm_hub.uploads


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0006_languages"),
    ]

    operations = [
        migrations.AlterField(
            model_name="document",
            name="file",
            field=models.FileField(
                blank=True,
                upload_to=eprm_hub.uploads.RandomName("project-documents", "pdf"),
                verbose_name="PDF file",
            ),
        ),
    ]
