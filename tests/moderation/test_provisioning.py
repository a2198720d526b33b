"""Centres as tenants: groups, collections and permissions per centre."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.models import Collection, GroupPagePermission
from wagtail.permissions import policy_registry

from media_pipeline.models import Film
from pages.models import CentreAccess
from pages.moderation.centres import ACADEMY_TEAM_GROUP
from tests.factories import CentrePageFactory, ContributionPageFactory, LearningEventPageFactory
from tests.moderation.factories import FilmFactory, ImageFactory

film_permission_policy = policy_registry.get_by_type(Film)


def test_centre_creation_creates_groups(moderated):
    assert moderated.odense.access.editors_group.name == "headspace Odense – redaktører"
    assert moderated.odense.access.learning_pilots_group.name == "headspace Odense – læringspiloter"


def test_centre_creation_creates_collection(moderated):
    collection = moderated.odense.access.collection
    assert collection.name == "headspace Odense"
    assert collection.get_parent() == Collection.get_first_root_node()


def test_setup_centres_is_safe_to_rerun(moderated):
    groups_before = Group.objects.count()
    permissions_before = GroupPagePermission.objects.count()
    output = StringIO()

    call_command("setup_centres", stdout=output)

    assert Group.objects.count() == groups_before
    assert GroupPagePermission.objects.count() == permissions_before
    assert "headspace Odense: 0 " in output.getvalue()


def test_setup_centres_provisions_existing_centre(academy):
    centre = CentrePageFactory(parent=academy.centres, title="headspace Esbjerg")
    CentreAccess.objects.filter(centre=centre).delete()

    call_command("setup_centres", stdout=StringIO())

    assert CentreAccess.objects.filter(centre=centre).exists()


def test_centre_rename_renames_groups(moderated):
    moderated.odense.title = "headspace Odense C"
    moderated.odense.save_revision().publish()

    access = CentreAccess.objects.get(centre=moderated.odense)
    assert access.editors_group.name == "headspace Odense C – redaktører"
    assert access.collection.name == "headspace Odense C"
    assert not Group.objects.filter(name="headspace Odense – redaktører").exists()


def test_editor_can_add_in_own_centre(moderated):
    permissions = moderated.odense.permissions_for_user(moderated.odense_editor)
    assert permissions.can_add_subpage()


def test_editor_cannot_add_in_other_centre(moderated):
    permissions = moderated.aarhus.permissions_for_user(moderated.odense_editor)
    assert not permissions.can_add_subpage()


def test_editor_can_edit_and_lock_own_pages(moderated):
    contribution = ContributionPageFactory(parent=moderated.odense, live=False)
    permissions = contribution.permissions_for_user(moderated.odense_editor)
    assert permissions.can_edit()
    assert permissions.can_lock()


def test_editor_cannot_touch_other_centres_pages(moderated):
    contribution = ContributionPageFactory(parent=moderated.aarhus, live=False)
    event = LearningEventPageFactory(parent=moderated.aarhus)
    for page in (contribution, event):
        permissions = page.permissions_for_user(moderated.odense_editor)
        assert not permissions.can_edit()
        assert not permissions.can_lock()
        assert not permissions.can_delete()


def test_editor_never_publishes(moderated):
    contribution = ContributionPageFactory(parent=moderated.odense, live=False)
    assert not contribution.permissions_for_user(moderated.odense_editor).can_publish()
    assert not moderated.odense.permissions_for_user(moderated.odense_editor).can_publish_subpage()


def test_editor_cannot_edit_modules(moderated):
    assert not moderated.modules.permissions_for_user(moderated.odense_editor).can_add_subpage()


def test_editor_edit_view_of_other_centre_is_refused(client, moderated):
    contribution = ContributionPageFactory(parent=moderated.aarhus, live=False)
    client.force_login(moderated.odense_editor)

    response = client.get(f"/admin/pages/{contribution.pk}/edit/")

    assert response.status_code in (302, 403)


def test_academy_team_publishes_everywhere(moderated):
    contribution = ContributionPageFactory(parent=moderated.aarhus, live=False)
    assert contribution.permissions_for_user(moderated.reviewer).can_publish()
    assert moderated.modules.permissions_for_user(moderated.reviewer).can_publish_subpage()


def test_editor_can_change_own_centre_images(moderated):
    image = ImageFactory(collection=moderated.odense.access.collection)
    assert image_permission_policy.user_has_permission_for_instance(moderated.odense_editor, "change", image)


def test_editor_cannot_change_other_centres_images(moderated):
    image = ImageFactory(collection=moderated.aarhus.access.collection)
    assert not image_permission_policy.user_has_permission_for_instance(moderated.odense_editor, "change", image)
    assert image not in image_permission_policy.instances_user_has_permission_for(moderated.odense_editor, "choose")


def test_editor_can_change_own_centre_films(moderated):
    film = FilmFactory(collection=moderated.odense.access.collection)
    assert film_permission_policy.user_has_permission_for_instance(moderated.odense_editor, "change", film)


def test_editor_cannot_change_other_centres_films(moderated):
    film = FilmFactory(collection=moderated.aarhus.access.collection)
    assert not film_permission_policy.user_has_permission_for_instance(moderated.odense_editor, "change", film)
    assert film not in film_permission_policy.instances_user_has_permission_for(moderated.odense_editor, "choose")


def test_editor_can_add_images_only_to_own_collection(moderated):
    collections = image_permission_policy.collections_user_has_permission_for(moderated.odense_editor, "add")
    assert list(collections) == [moderated.odense.access.collection]


def test_academy_team_group_exists(moderated):
    assert Group.objects.filter(name=ACADEMY_TEAM_GROUP).exists()


@pytest.mark.parametrize("codename", ["access_admin"])
def test_centre_groups_reach_the_admin(moderated, codename):
    assert moderated.odense.access.editors_group.permissions.filter(codename=codename).exists()
    assert moderated.odense.access.learning_pilots_group.permissions.filter(codename=codename).exists()


def test_setup_renames_old_review_task(moderated):
    from pages.models import ReviewTask
    from pages.moderation.workflow import OLD_REVIEW_TASK_NAME, REVIEW_TASK_NAME

    ReviewTask.objects.update(name=OLD_REVIEW_TASK_NAME)

    call_command("setup_centres", stdout=StringIO())

    assert list(ReviewTask.objects.values_list("name", flat=True)) == [REVIEW_TASK_NAME]
