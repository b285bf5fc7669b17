"""Imports from the admin become jobs: checked, then imported, large files in the background."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('resources', '0004_vocabulary_through_the_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ImportJob',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('file', models.FileField(blank=True, upload_to='imports/%Y/%m/', verbose_name='file')),
                ('file_name', models.CharField(max_length=255, verbose_name='file name')),
                ('file_size', models.PositiveBigIntegerField(verbose_name='size in bytes')),
                ('rows_expected', models.PositiveIntegerField(default=0, help_text="Counted, or estimated from the file's size.", verbose_name='rows expected')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='uploaded at')),
                ('language', models.CharField(default='en', max_length=10, verbose_name='language of its messages')),
                ('action', models.CharField(choices=[('check', 'Check'), ('import', 'Import')], default='check', max_length=10, verbose_name='step')),
                ('state', models.CharField(choices=[('queued', 'Waiting'), ('running', 'Running'), ('checked', 'Checked, not imported yet'), ('imported', 'Imported'), ('rejected', 'Rejected: bad rows'), ('failed', 'Stopped by an error')], default='queued', max_length=10, verbose_name='state')),
                ('started_at', models.DateTimeField(blank=True, null=True, verbose_name='started at')),
                ('finished_at', models.DateTimeField(blank=True, null=True, verbose_name='finished at')),
                ('rows_done', models.PositiveIntegerField(default=0, verbose_name='rows done')),
                ('bytes_done', models.PositiveBigIntegerField(default=0, verbose_name='bytes read')),
                ('new', models.PositiveIntegerField(blank=True, null=True, verbose_name='new')),
                ('updated', models.PositiveIntegerField(blank=True, null=True, verbose_name='updated')),
                ('unchanged', models.PositiveIntegerField(blank=True, null=True, verbose_name='unchanged')),
                ('problems', models.JSONField(blank=True, default=list, verbose_name='problems')),
                ('error', models.TextField(blank=True, verbose_name='error')),
                ('created_by', models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='uploaded by')),
            ],
            options={
                'verbose_name': 'import',
                'verbose_name_plural': 'imports',
                'ordering': ['-created_at', '-pk'],
            },
        ),
    ]
