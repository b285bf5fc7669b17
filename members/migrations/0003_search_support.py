from django.db import migrations

from eprm_hub.triggers import bump_on_change


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_seed_check_questions"),
        ("eprm_hub", "0003_index_version"),
    ]

    operations = [
        bump_on_change(
            "members",
            [
                "members_organisation",
                "members_organisation_supply_chain_tiers",
                "members_organisation_minerals",
            ],
        ),
    ]
