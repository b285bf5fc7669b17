from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("eprm_hub", "0013_stored_name_documents"),
    ]

    operations = [
        migrations.CreateModel(
            name="RequestCounter",
            fields=[
                ("key", models.CharField(max_length=80, primary_key=True, serialize=False)),
                ("window_start", models.DateTimeField(db_index=True)),
                ("count", models.PositiveIntegerField()),
            ],
        ),
    ]
