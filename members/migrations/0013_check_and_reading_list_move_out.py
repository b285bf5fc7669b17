"""The Due Diligence Check moves to its own app (checks) and the reading list to the path's
(guidance). Here they leave the members app's state only: their tables and rows stay, and
checks/0001 and guidance/0003 take them over (renaming the tables, moving no row).

Their content types go with them, renamed, so the editors' permissions on them and the admin's
log of changes carry over."""

from django.db import migrations

MOVED = [
    # (old app, old model, new app, new model)
    ("members", "checkquestion", "checks", "question"),
    ("members", "assessment", "checks", "check"),
    ("members", "answer", "checks", "answer"),
    ("members", "readinglist", "guidance", "readinglist"),
    ("members", "readinglistitem", "guidance", "readinglistitem"),
]


def move_content_types(moves):
    def move(apps, schema_editor):
        alias = schema_editor.connection.alias
        content_types = apps.get_model("contenttypes", "ContentType").objects.using(alias)
        permissions = apps.get_model("auth", "Permission").objects.using(alias)
        for old_app, old_model, new_app, new_model in moves:
            if content_types.filter(app_label=new_app, model=new_model).exists():
                continue  # created meanwhile: the old one stays, as Django leaves any stale one
            content_type = content_types.filter(app_label=old_app, model=old_model).first()
            if content_type is None:
                continue  # a fresh database: Django creates them after migrating
            content_type.app_label, content_type.model = new_app, new_model
            content_type.save(update_fields=["app_label", "model"])
            for permission in permissions.filter(content_type=content_type):
                action = permission.codename.removesuffix(f"_{old_model}")
                permission.codename = f"{action}_{new_model}"
                permission.save(update_fields=["codename"])

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0012_random_upload_names"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel("Answer"),
                migrations.DeleteModel("Assessment"),
                migrations.DeleteModel("CheckQuestion"),
                migrations.DeleteModel("ReadingListItem"),
                migrations.DeleteModel("ReadingList"),
            ],
            database_operations=[],
        ),
        migrations.RunPython(
            move_content_types(MOVED),
            move_content_types(
                [(new, new_model, old, old_model) for old, old_model, new, new_model in MOVED]
            ),
        ),
    ]
