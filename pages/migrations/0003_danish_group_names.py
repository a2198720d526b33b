"""Rename the groups and the default workflow that editors see to Danish.

The role and centre groups were first created with English names; Wagtail's
own migrations create "Editors", "Moderators" and a "Moderators approval"
workflow. Editors read all of these in the Danish admin.
"""

from django.db import migrations

GROUP_RENAMES = [
    ("Volunteers", "Frivillige"),
    ("Staff", "Ansatte"),
    ("Centre editors", "Centerredaktører"),
    ("Learning pilots", "Læringspiloter"),
    ("Academy team", "Academy-teamet"),
    ("Editors", "Redaktører"),
    ("Moderators", "Moderatorer"),
]
CENTRE_SUFFIX_RENAMES = [
    (" – editors", " – redaktører"),
    (" – learning pilots", " – læringspiloter"),
]
WORKFLOW_RENAMES = [("Moderators approval", "Godkendelse ved moderatorer")]


def rename(model, field, old, new):
    # Skip when the new name is taken, so a partly renamed database stays valid.
    if model.objects.filter(**{field: new}).exists():
        return
    model.objects.filter(**{field: old}).update(**{field: new})


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    for old, new in GROUP_RENAMES:
        rename(Group, "name", old, new)
    for old_suffix, new_suffix in CENTRE_SUFFIX_RENAMES:
        for group in Group.objects.filter(name__endswith=old_suffix):
            rename(Group, "name", group.name, group.name[: -len(old_suffix)] + new_suffix)
    for old, new in WORKFLOW_RENAMES:
        rename(Task, "name", old, new)
        rename(Workflow, "name", old, new)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    for old, new in GROUP_RENAMES:
        rename(Group, "name", new, old)
    for old_suffix, new_suffix in CENTRE_SUFFIX_RENAMES:
        for group in Group.objects.filter(name__endswith=new_suffix):
            rename(Group, "name", group.name, group.name[: -len(new_suffix)] + old_suffix)
    for old, new in WORKFLOW_RENAMES:
        rename(Task, "name", new, old)
        rename(Workflow, "name", new, old)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0002_moderation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        # Wagtail's own data migrations look "Editors" and "Moderators" up by
        # name, so this runs after the last migration of each of those apps.
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
