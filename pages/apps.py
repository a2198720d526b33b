from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "pages"
    verbose_name = _("Academy content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from pages.moderation import signals

        signals.connect()
