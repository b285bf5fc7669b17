from django.db import migrations

from eprm_hub.triggers import bump_on_change


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0001_initial"),
        ("members", "0003_search_support"),
        ("eprm_hub", "0003_index_version"),
    ]

    operations = [
        bump_on_change(
            "projects",
            [
                "projects_project",
                "projects_project_minerals",
                "projects_project_sdgs",
                "projects_partnership",
                "projects_call",
                # Partners' names are the labels of the partner facet.
                "members_organisation",
            ],
        ),
    ]
