import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.test import RequestFactory
from wagtail.models import BaseViewRestriction, Collection, CollectionViewRestriction, PageViewRestriction

from cms.accounts.models import APIKey
from cms.accounts.readers import NOBODY, hidden_collection_paths, hidden_page_paths, reader_for
from cms.accounts.roles import Role
from pages.models.choices import Audience
from tests.access.factories import UserFactory, person
from tests.factories import ModulePageFactory


def request_as(user=None, api_key=None):
    request = RequestFactory().get("/graphql/")
    request.user = user or AnonymousUser()
    request.api_key = api_key
    return request


@pytest.mark.django_db
def test_anonymous_reads_nothing():
    assert reader_for(request_as()) == NOBODY


@pytest.mark.django_db
def test_volunteer_reads_volunteer_audiences():
    reader = reader_for(request_as(person([Role.VOLUNTEER])))
    assert reader.audiences == {Audience.VOLUNTEERS, Audience.BOTH}
    assert reader.is_person


@pytest.mark.django_db
def test_inactive_user_reads_nothing():
    user = person([Role.STAFF])
    user.is_active = False
    assert reader_for(request_as(user)) == NOBODY


@pytest.mark.django_db
def test_user_without_membership_reads_nothing():
    assert not reader_for(request_as(UserFactory())).may_read


@pytest.mark.django_db
def test_api_key_reads_its_audience():
    api_key = APIKey(name="Web", audience="volunteers")
    api_key.set_new_key()
    api_key.save()
    reader = reader_for(request_as(api_key=api_key))
    assert reader.audiences == {Audience.VOLUNTEERS, Audience.BOTH}
    assert not reader.is_person


def restrict_page(page, restriction_type, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=restriction_type, password=password)
    restriction.groups.set(groups)
    return restriction


def test_group_restriction_passes_for_members(academy):
    group = Group.objects.create(name="Mentors")
    page = ModulePageFactory(parent=academy.modules)
    restrict_page(page, BaseViewRestriction.GROUPS, groups=[group])
    member = person([Role.VOLUNTEER])
    member.groups.add(group)
    assert hidden_page_paths(reader_for(request_as(member))) == []


def test_group_restriction_hides_from_others(academy):
    group = Group.objects.create(name="Mentors")
    page = ModulePageFactory(parent=academy.modules)
    restrict_page(page, BaseViewRestriction.GROUPS, groups=[group])
    assert hidden_page_paths(reader_for(request_as(person([Role.STAFF])))) == [page.path]


def test_password_restriction_hides_from_everyone(academy):
    page = ModulePageFactory(parent=academy.modules)
    restrict_page(page, BaseViewRestriction.PASSWORD, password="hemmelig")
    superuser = UserFactory(is_superuser=True)
    assert hidden_page_paths(reader_for(request_as(superuser))) == [page.path]


def test_login_restriction_passes_for_people(academy):
    page = ModulePageFactory(parent=academy.modules)
    restrict_page(page, BaseViewRestriction.LOGIN)
    assert hidden_page_paths(reader_for(request_as(person([Role.VOLUNTEER])))) == []


def test_login_restriction_hides_from_api_keys(academy):
    page = ModulePageFactory(parent=academy.modules)
    restrict_page(page, BaseViewRestriction.LOGIN)
    api_key = APIKey(name="Web", audience="staff")
    api_key.set_new_key()
    api_key.save()
    assert hidden_page_paths(reader_for(request_as(api_key=api_key))) == [page.path]


@pytest.mark.django_db
def test_group_restricted_collection_hidden_from_others():
    collection = Collection.get_first_root_node().add_child(name="Fortroligt")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=BaseViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Mentors")])
    assert hidden_collection_paths(reader_for(request_as(person([Role.STAFF])))) == [collection.path]
