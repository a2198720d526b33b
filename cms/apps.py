from django.apps import AppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = "Academy CMS"

    def ready(self):
        # Revokes tokens when a password changes or an account is deactivated.
        from cms.accounts import signals  # noqa: F401
