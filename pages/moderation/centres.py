"""Centres as tenants: the groups, page section, media collection and permissions of each centre."""

import logging
from dataclasses import dataclass, field

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

logger = logging.getLogger(__name__)

# Group names are data that other features look up (people's roles map to
# them), so they never go through translation. They are Danish because
# editors read them in the admin's user and group screens.
ACADEMY_TEAM_GROUP = "Academy-teamet"
EDITORS_SUFFIX = "redaktører"
LEARNING_PILOTS_SUFFIX = "læringspiloter"

# Centre editors write and lock in their own section, and never publish.
CENTRE_EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
ACADEMY_TEAM_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page", "bulk_delete_page"]

# Media: (app label, model name) of each media model kept in collections.
MEDIA_MODELS = [("wagtailimages", "image"), ("wagtaildocs", "document"), ("media_pipeline", "film")]
CENTRE_EDITOR_MEDIA_ACTIONS = ["add", "change", "choose"]
ACADEMY_TEAM_MEDIA_ACTIONS = ["add", "change", "delete", "choose"]


def centre_group_name(centre, suffix):
    """Return the name of a centre's group, e.g. "headspace Odense – redaktører" (with an en dash)."""
    return f"{centre.title} – {suffix}"


@dataclass
class ProvisioningReport:
    """Record of the items that provisioning created or found for one centre or the academy team."""

    created: list = field(default_factory=list)
    found: list = field(default_factory=list)

    def note(self, created, description):
        (self.created if created else self.found).append(description)


def _permission(codename, app_label):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_page_permissions(group, page, codenames, report):
    for codename in codenames:
        _, created = GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=_permission(codename, "wagtailcore")
        )
        report.note(created, f"page permission {codename} for {group.name} on page {page.pk}")


def _grant_media_permissions(group, collection, actions, report):
    for app_label, model_name in MEDIA_MODELS:
        for action in actions:
            codename = f"{action}_{model_name}"
            _, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=collection, permission=_permission(codename, app_label)
            )
            report.note(created, f"collection permission {codename} for {group.name} on collection {collection.pk}")


def _grant_admin_access(group, report):
    access_admin = _permission("access_admin", "wagtailadmin")
    created = not group.permissions.filter(pk=access_admin.pk).exists()
    group.permissions.add(access_admin)
    report.note(created, f"admin access for {group.name}")


def _named_group(existing, name, report):
    """Return ``existing`` renamed to ``name``, or the group called ``name``, creating it if needed."""
    if existing is not None:
        if existing.name != name:
            logger.info("Renaming group %s from %r to %r", existing.pk, existing.name, name)
            existing.name = name
            existing.save(update_fields=["name"])
        report.note(False, f"group {name}")
        return existing
    group, created = Group.objects.get_or_create(name=name)
    report.note(created, f"group {name}")
    return group


def _centre_collection(existing, centre, report):
    if existing is not None:
        if existing.name != centre.title:
            existing.name = centre.title
            existing.save(update_fields=["name"])
        report.note(False, f"collection {centre.title}")
        return existing
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=centre.title).first()
    if collection is None:
        collection = root.add_child(name=centre.title)
        report.note(True, f"collection {centre.title}")
    else:
        report.note(False, f"collection {centre.title}")
    return collection


@transaction.atomic
def provision_academy_team():
    """Create the "Academy-teamet" group, which edits and publishes every page and all media."""
    report = ProvisioningReport()
    group, created = Group.objects.get_or_create(name=ACADEMY_TEAM_GROUP)
    report.note(created, f"group {ACADEMY_TEAM_GROUP}")
    _grant_admin_access(group, report)
    _grant_page_permissions(group, Page.get_first_root_node(), ACADEMY_TEAM_PAGE_PERMISSIONS, report)
    _grant_media_permissions(group, Collection.get_first_root_node(), ACADEMY_TEAM_MEDIA_ACTIONS, report)
    return group, report


@transaction.atomic
def provision_centre(centre):
    """Create what ``centre`` needs, or find it: its two groups, media collection and permissions.

    Safe to run again: existing groups, collection and permissions are reused,
    and renamed when the centre was renamed.
    """
    from pages.models import CentreAccess

    report = ProvisioningReport()
    access = CentreAccess.objects.filter(centre=centre).select_related(
        "editors_group", "learning_pilots_group", "collection"
    ).first()

    editors = _named_group(
        access.editors_group if access else None, centre_group_name(centre, EDITORS_SUFFIX), report
    )
    learning_pilots = _named_group(
        access.learning_pilots_group if access else None, centre_group_name(centre, LEARNING_PILOTS_SUFFIX), report
    )
    collection = _centre_collection(access.collection if access else None, centre, report)
    if access is None:
        CentreAccess.objects.create(
            centre=centre, editors_group=editors, learning_pilots_group=learning_pilots, collection=collection
        )

    _grant_admin_access(editors, report)
    _grant_admin_access(learning_pilots, report)
    _grant_page_permissions(editors, centre, CENTRE_EDITOR_PAGE_PERMISSIONS, report)
    _grant_media_permissions(editors, collection, CENTRE_EDITOR_MEDIA_ACTIONS, report)

    logger.info(
        "Provisioned centre %s: %d created, %d found", centre.pk, len(report.created), len(report.found)
    )
    return report
