from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaPipelineConfig(AppConfig):
    name = "media_pipeline"
    verbose_name = _("Films")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from media_pipeline.signal_handlers import register_signal_handlers

        register_signal_handlers()
