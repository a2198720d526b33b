from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaPipelineConfig(AppConfig):
    name = "media_pipeline"
    verbose_name = _("Films")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
        from wagtail.permissions import register_permission_policy

        from media_pipeline.models import Film
        from media_pipeline.signal_handlers import register_signal_handlers

        # Like Wagtail's images and documents: permissions per collection, and
        # editors with "add" may change and delete the films they uploaded.
        register_permission_policy(
            Film,
            CollectionOwnershipPermissionPolicy(Film, auth_model=Film, owner_field_name="uploaded_by_user"),
        )
        register_signal_handlers()
