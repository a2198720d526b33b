import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.exceptions import ValidationError

from cms.accounts.models import Membership, membership_for
from cms.accounts.roles import Role
from pages.models.choices import Audience
from tests.access.factories import MembershipFactory, UserFactory, person
from tests.factories import CentrePageFactory


def group_names(user):
    return set(user.groups.values_list("name", flat=True))


@pytest.mark.django_db
def test_roles_put_user_in_role_groups():
    user = person([Role.VOLUNTEER, Role.STAFF])
    assert group_names(user) == {"Frivillige", "Ansatte"}


def test_centre_editor_joins_centre_group(academy):
    centre = CentrePageFactory(parent=academy.centres, title="headspace Odense")
    Group.objects.get_or_create(name="headspace Odense – redaktører")
    user = person([Role.CENTRE_EDITOR], centre=centre)
    assert "headspace Odense – redaktører" in group_names(user)
    assert "Centerredaktører" in group_names(user)


def test_learning_pilot_joins_own_centre_group_only(academy):
    odense = CentrePageFactory(parent=academy.centres, title="headspace Odense")
    aalborg = CentrePageFactory(parent=academy.centres, title="headspace Aalborg")
    Group.objects.get_or_create(name="headspace Odense – læringspiloter")
    Group.objects.get_or_create(name="headspace Aalborg – læringspiloter")
    user = person([Role.LEARNING_PILOT], centre=odense)
    assert "headspace Odense – læringspiloter" in group_names(user)
    assert "headspace Aalborg – læringspiloter" not in group_names(user)


def test_moving_centre_changes_centre_group(academy):
    odense = CentrePageFactory(parent=academy.centres, title="headspace Odense")
    aalborg = CentrePageFactory(parent=academy.centres, title="headspace Aalborg")
    Group.objects.get_or_create(name="headspace Odense – redaktører")
    Group.objects.get_or_create(name="headspace Aalborg – redaktører")
    user = person([Role.CENTRE_EDITOR], centre=odense)
    membership = user.membership
    membership.centre = aalborg
    membership.save()
    assert "headspace Odense – redaktører" not in group_names(user)
    assert "headspace Aalborg – redaktører" in group_names(user)


@pytest.mark.django_db
def test_removed_role_leaves_its_group():
    user = person([Role.VOLUNTEER, Role.STAFF])
    membership = user.membership
    membership.roles = [Role.STAFF]
    membership.save()
    assert group_names(user) == {"Ansatte"}


@pytest.mark.django_db
def test_groups_not_managed_by_roles_are_kept():
    user = person([Role.VOLUNTEER])
    user.groups.add(Group.objects.create(name="Newsletter readers"))
    membership = user.membership
    membership.roles = [Role.STAFF]
    membership.save()
    assert "Newsletter readers" in group_names(user)


@pytest.mark.django_db
def test_membership_for_anonymous_is_none():
    assert membership_for(AnonymousUser()) is None


@pytest.mark.django_db
def test_membership_for_user_without_one_is_none():
    assert membership_for(UserFactory()) is None


@pytest.mark.django_db
def test_membership_for_member():
    user = person([Role.VOLUNTEER])
    assert membership_for(user) == Membership.objects.get(user=user)


@pytest.mark.django_db
def test_volunteer_reads_volunteer_content():
    membership = MembershipFactory(roles=[Role.VOLUNTEER])
    assert membership.reader_audiences == {Audience.VOLUNTEERS, Audience.BOTH}


@pytest.mark.django_db
def test_staff_reads_every_audience():
    membership = MembershipFactory(roles=[Role.STAFF])
    assert membership.reader_audiences == set(Audience.values)


@pytest.mark.django_db
def test_member_without_roles_reads_nothing():
    membership = MembershipFactory(roles=[])
    assert not membership.is_reader


@pytest.mark.django_db
def test_unknown_role_is_invalid():
    membership = MembershipFactory.build(user=UserFactory(), roles=["king"])
    with pytest.raises(ValidationError):
        membership.full_clean()


@pytest.mark.django_db
def test_centre_editor_needs_centre():
    membership = MembershipFactory.build(user=UserFactory(), roles=[Role.CENTRE_EDITOR])
    with pytest.raises(ValidationError) as error:
        membership.full_clean()
    assert "centre" in error.value.message_dict


def test_secretariat_has_no_centre(academy):
    centre = CentrePageFactory(parent=academy.centres)
    membership = MembershipFactory.build(
        user=UserFactory(), roles=[Role.ACADEMY_TEAM], centre=centre, is_secretariat=True
    )
    with pytest.raises(ValidationError):
        membership.full_clean()
