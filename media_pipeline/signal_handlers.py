"""Delete a film's stored files with the film."""

import logging

from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models.signals import post_delete

from media_pipeline.pipeline.storage import delete_prefix

logger = logging.getLogger(__name__)


def delete_film_files(sender, instance, **kwargs):
    """Delete the original, every rendition, segment and caption, and the extracted poster."""
    film_id = instance.pk
    source_name = instance.file.name
    extracted_poster_id = instance.extracted_poster_id

    def delete():
        if source_name:
            default_storage.delete(source_name)
        delete_prefix(default_storage, f"films/{int(film_id)}/")
        logger.info("Deleted the stored files of film %s", film_id)

    if extracted_poster_id:
        from wagtail.images import get_image_model

        # Wagtail deletes the image's own files when the image row goes.
        get_image_model().objects.filter(pk=extracted_poster_id).delete()
    transaction.on_commit(delete)


def register_signal_handlers():
    from media_pipeline.models import Film

    post_delete.connect(delete_film_files, sender=Film, dispatch_uid="media_pipeline_delete_film_files")
