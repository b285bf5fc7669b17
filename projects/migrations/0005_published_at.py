from django.db import migrations, models
from django.db.models import F


def from_created(apps, schema_editor):
    # When a project was first published was not recorded: its creation is the nearest date
    # known, and never later than the truth.
    Project = apps.get_model("projects", "Project")
    published = Project.objects.using(schema_editor.connection.alias).filter(is_published=True)
    published.update(published_at=F("created"))


class Migration(migrations.Migration):

    dependencies = [
        ('projects', '0004_iati_rules'),
    ]

    operations = [
        migrations.AddField(
            model_name='historicalproject',
            name='published_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='first published'),
        ),
        migrations.AddField(
            model_name='project',
            name='published_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='first published'),
        ),
        migrations.RunPython(from_created, migrations.RunPython.noop),
    ]
