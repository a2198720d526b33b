"""Create the development accounts: ``manage.py create_dev_accounts``."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.accounts.models import Membership
from cms.accounts.roles import Role
from pages.models import CentrePage

# Development only, documented in the README. The command refuses to run unless
# the settings enable it, and only cms.settings.dev does.
DEV_PASSWORD = "academy-dev"

# Username, demo centre slug (None for the secretariat), roles, superuser.
DEV_ACCOUNTS = [
    ("admin", None, [Role.ACADEMY_TEAM], True),
    ("frivillig", "odense", [Role.VOLUNTEER], False),
    ("ansat", "aarhus", [Role.STAFF], False),
    ("redaktoer", "aalborg", [Role.STAFF, Role.CENTRE_EDITOR], False),
]


class Command(BaseCommand):
    help = gettext_lazy(
        "Create the development accounts (admin, a volunteer, a staff member and a centre editor) with the "
        "password from the README. Works only with the development settings, after load_demo_content."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "DEV_ACCOUNTS_ENABLED", False) or not settings.DEBUG:
            raise CommandError(
                _("create_dev_accounts works only with the development settings (cms.settings.dev), never in production.")
            )

        with transaction.atomic():
            for username, centre_slug, roles, is_superuser in DEV_ACCOUNTS:
                self.ensure_account(username, centre_slug, roles, is_superuser)

    def ensure_account(self, username, centre_slug, roles, is_superuser):
        user_model = get_user_model()
        if user_model.objects.filter(username=username).exists():
            self.stdout.write(
                _("The development account “%(username)s” already exists and is left unchanged.") % {"username": username}
            )
            return

        centre = None
        if centre_slug is not None:
            centre = CentrePage.objects.filter(slug=centre_slug).first()
            if centre is None:
                raise CommandError(
                    _("The demo centre “%(slug)s” is missing. Run manage.py load_demo_content first.")
                    % {"slug": centre_slug}
                )

        email = f"{username}@example.org"
        if is_superuser:
            user = user_model.objects.create_superuser(username=username, email=email, password=DEV_PASSWORD)
        else:
            user = user_model.objects.create_user(username=username, email=email, password=DEV_PASSWORD)
        Membership.objects.create(user=user, centre=centre, is_secretariat=centre is None, roles=list(roles))
        self.stdout.write(
            self.style.SUCCESS(
                _("Created the development account “%(username)s” (%(roles)s); its password is in the README.")
                % {"username": username, "roles": ", ".join(str(Role(role).label) for role in roles)}
            )
        )
