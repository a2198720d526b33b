"""Factories for people and their memberships."""

import factory
from django.contrib.auth import get_user_model

from cms.accounts.models import Membership
from cms.accounts.roles import Role

PASSWORD = "Kodeord-til-test-42"


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"person{n}@example.dk")
    email = factory.LazyAttribute(lambda o: o.username)
    first_name = "Mette"
    last_name = factory.Sequence(lambda n: f"Jensen {n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    centre = None
    is_secretariat = False
    roles = factory.LazyFunction(lambda: [Role.VOLUNTEER.value])

    class Meta:
        model = Membership


def person(roles, centre=None, is_secretariat=False, **user_fields):
    """Create an active user with a membership of ``roles`` and return the user."""
    membership = MembershipFactory(
        user=UserFactory(**user_fields), roles=[Role(role).value for role in roles], centre=centre, is_secretariat=is_secretariat
    )
    return membership.user
