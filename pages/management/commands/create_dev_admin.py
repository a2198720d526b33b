"""Create the development admin account: ``manage.py create_dev_admin``."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# Development only, documented in the README. The command refuses to run unless
# the settings enable it, and only cms.settings.dev does.
DEV_ADMIN_USERNAME = "admin"
DEV_ADMIN_PASSWORD = "academy-dev"


class Command(BaseCommand):
    help = gettext_lazy(
        "Create the development superuser “admin” with the password from the README. "
        "Works only with the development settings."
    )

    def handle(self, *args, **options):
        if not getattr(settings, "DEV_ADMIN_ENABLED", False) or not settings.DEBUG:
            raise CommandError(
                _("create_dev_admin works only with the development settings (cms.settings.dev), never in production.")
            )

        user_model = get_user_model()
        user = user_model.objects.filter(username=DEV_ADMIN_USERNAME).first()
        if user is not None:
            self.stdout.write(
                _("The development admin “%(username)s” already exists; its password is unchanged.")
                % {"username": DEV_ADMIN_USERNAME}
            )
            return

        user_model.objects.create_superuser(
            username=DEV_ADMIN_USERNAME, email="admin@example.org", password=DEV_ADMIN_PASSWORD
        )
        self.stdout.write(
            self.style.SUCCESS(
                _("Created the development admin “%(username)s”; its password is in the README.")
                % {"username": DEV_ADMIN_USERNAME}
            )
        )
