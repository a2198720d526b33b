"""Reading rights of a request: its audiences, its groups, and the view restrictions it passes.

``cms.access`` narrows every query with these rights, so no other module
decides what a person may read.
"""

import dataclasses

from wagtail.models import BaseViewRestriction, CollectionViewRestriction, PageViewRestriction

from cms.accounts.models import membership_for

READER_ATTRIBUTE = "_academy_reader"


@dataclasses.dataclass(frozen=True)
class Reader:
    """The reading rights of one request."""

    # ``pages.models.choices.Audience`` values of the content it may read; empty reads nothing.
    audiences: frozenset = frozenset()
    group_ids: frozenset = frozenset()
    # A signed-in person, as opposed to an API key or an anonymous request.
    is_person: bool = False
    user_id: int = None
    api_key_id: int = None

    @property
    def may_read(self):
        return bool(self.audiences)

    def passes(self, restriction):
        """Return whether this reader passes a page or collection view restriction.

        Group restrictions pass for the group's members and login restrictions
        for any signed-in person. Password restrictions never pass, because the
        API has no way to ask for the password.
        """
        if restriction.restriction_type == BaseViewRestriction.NONE:
            return True
        if restriction.restriction_type == BaseViewRestriction.LOGIN:
            return self.is_person
        if restriction.restriction_type == BaseViewRestriction.GROUPS:
            return bool(self.group_ids & {group.pk for group in restriction.groups.all()})
        return False


NOBODY = Reader()


def reader_for(request):
    """Return the request's Reader, computed once per request."""
    if request is None:
        return NOBODY
    reader = getattr(request, READER_ATTRIBUTE, None)
    if reader is None:
        reader = _build_reader(request)
        setattr(request, READER_ATTRIBUTE, reader)
    return reader


def _build_reader(request):
    from pages.models.choices import Audience

    api_key = getattr(request, "api_key", None)
    if api_key is not None:
        # API keys read published content for their audience and pass no view restriction.
        return Reader(audiences=api_key.reader_audiences, api_key_id=api_key.pk)

    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_active:
        return NOBODY
    membership = membership_for(user)
    audiences = membership.reader_audiences if membership else frozenset()
    if user.is_superuser:
        audiences = frozenset(Audience.values)
    return Reader(
        audiences=audiences,
        group_ids=frozenset(user.groups.values_list("pk", flat=True)),
        is_person=True,
        user_id=user.pk,
    )


def hidden_page_paths(reader):
    """Return the tree paths of restricted pages this reader does not pass; their subtrees are hidden."""
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return sorted({restriction.page.path for restriction in restrictions if not reader.passes(restriction)})


def hidden_collection_paths(reader):
    """Return the tree paths of restricted collections this reader does not pass; child collections too."""
    restrictions = CollectionViewRestriction.objects.select_related("collection").prefetch_related("groups")
    return sorted({restriction.collection.path for restriction in restrictions if not reader.passes(restriction)})
