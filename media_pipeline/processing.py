"""Run the film pipeline for one film: claim, process, store, record."""

import logging
import os
import tempfile
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_lazy as _
from wagtail.images import get_image_model

from media_pipeline.models import Film, FilmRendition, delete_files_on_commit
from media_pipeline.pipeline import hls, poster, probe, transcode
from media_pipeline.pipeline.errors import FilmInputError
from media_pipeline.pipeline.keys import join_key, output_prefix
from media_pipeline.pipeline.storage import delete_prefix, download, upload

logger = logging.getLogger(__name__)

TECHNICAL_FAILURE = _("The film could not be processed because of a technical error. Try again later; if it fails again, contact the academy team.")


def _claimable_q():
    stale_before = timezone.now() - timedelta(seconds=settings.FILM_PROCESSING_TIMEOUT_SECONDS)
    return Q(status__in=[Film.Status.UPLOADED, Film.Status.FAILED]) | Q(
        status=Film.Status.PROCESSING, processing_started_at__lt=stale_before
    )


def is_claimable(film):
    """Return True when a run may start on ``film``: new, failed, or processing for too long."""
    return Film.objects.filter(_claimable_q(), pk=film.pk).exists()


def claim(film_id):
    """Mark the film as processing by a new run and return the run's token, or None.

    One conditional UPDATE does it, so of several workers that try at once
    exactly one gets the film; PostgreSQL re-checks the condition after the
    row lock of the winner is released.
    """
    token = uuid.uuid4()
    previous = Film.objects.filter(pk=film_id).values_list("processing_token", "output_token").first()
    claimed = Film.objects.filter(_claimable_q(), pk=film_id).update(
        status=Film.Status.PROCESSING,
        processing_token=token,
        processing_started_at=timezone.now(),
        failure_reason="",
    )
    if not claimed:
        return None

    # Files left by a run that crashed or was killed are no longer anyone's.
    previous_token, output_token = previous
    if previous_token and previous_token != output_token:
        delete_prefix(default_storage, output_prefix(film_id, previous_token))
    return token


def run(film_id):
    """Process the film ``film_id`` if it can be claimed; return the final status or None."""
    token = claim(film_id)
    if token is None:
        logger.info("Film %s is not claimable (already processing, ready or deleted); skipped", film_id)
        return None

    film = Film.objects.get(pk=film_id)
    logger.info("Film %s processing started (run %s, source %s)", film_id, token, film.file.name)
    prefix = output_prefix(film_id, token)
    try:
        with tempfile.TemporaryDirectory(prefix=f"film-{film_id}-") as workdir:
            outputs = _process(film, prefix, workdir)
            finished = _finish(film_id, token, outputs)
    except FilmInputError as error:
        logger.warning("Film %s failed (run %s): %s", film_id, token, error.detail or error.message)
        _fail(film_id, token, prefix, error.message)
        return Film.Status.FAILED
    except Exception:
        logger.exception("Film %s failed with a technical error (run %s)", film_id, token)
        _fail(film_id, token, prefix, TECHNICAL_FAILURE)
        raise

    if not finished:
        logger.warning("Film %s run %s lost its claim before finishing; outputs discarded", film_id, token)
        delete_prefix(default_storage, prefix)
        return None
    logger.info("Film %s ready (run %s, %d renditions)", film_id, token, len(outputs["renditions"]))
    return Film.Status.READY


def _process(film, prefix, workdir):
    source_path = os.path.join(workdir, "source")
    download(default_storage, film.file.name, source_path)

    # Validate and probe.
    result = probe.probe(source_path, max_duration=settings.FILM_MAX_DURATION_SECONDS)

    # Transcode the MP4 ladder and cut each rung into HLS segments.
    encoded_dir = os.path.join(workdir, "out")
    os.mkdir(encoded_dir)
    renditions = transcode.transcode_ladder(source_path, result, encoded_dir)
    stored = []
    for rendition in renditions:
        playlist_path, segment_paths = hls.segment_rendition(rendition.path, encoded_dir, rendition.name)
        for segment_path in segment_paths:
            upload(default_storage, join_key(prefix, os.path.basename(segment_path)), segment_path)
        stored.append(
            {
                "file": upload(default_storage, join_key(prefix, f"{rendition.name}.mp4"), rendition.path),
                "hls_playlist": upload(default_storage, join_key(prefix, f"{rendition.name}.m3u8"), playlist_path),
                "width": rendition.width,
                "height": rendition.height,
                "bitrate": rendition.bitrate,
            }
        )

    # Extract a poster frame unless an editor chose one.
    poster_path = None
    if film.poster_id is None:
        poster_path = os.path.join(workdir, "poster.jpg")
        poster.extract_poster(source_path, result, poster_path)

    return {"probe": result, "renditions": stored, "poster_path": poster_path}


def _finish(film_id, token, outputs):
    """Record the outputs and make them live, replacing the previous run's; False if the claim was lost."""
    result = outputs["probe"]
    with transaction.atomic():
        film = Film.objects.select_for_update().filter(pk=film_id, processing_token=token).first()
        if film is None:
            return False

        old_files = []
        for old in film.renditions.all():
            old_files += [old.file.name, old.hls_playlist.name]
        old_prefix = output_prefix(film_id, film.output_token) if film.output_token else None
        film.renditions.all().delete()
        FilmRendition.objects.bulk_create(FilmRendition(film=film, **values) for values in outputs["renditions"])

        old_poster = None
        if outputs["poster_path"]:
            old_poster = film.extracted_poster
            film.extracted_poster = _create_poster_image(film, outputs["poster_path"])

        film.status = Film.Status.READY
        film.failure_reason = ""
        film.duration = result.duration
        film.width = result.display_width
        film.height = result.display_height
        film.source_metadata = result.as_metadata()
        film.output_token = token
        film.save()

        if old_poster is not None:
            old_poster.delete()
        delete_files_on_commit(default_storage, old_files)
        if old_prefix:
            transaction.on_commit(lambda: delete_prefix(default_storage, old_prefix))
    return True


def _create_poster_image(film, poster_path):
    with open(poster_path, "rb") as handle:
        image = get_image_model()(
            title=gettext("Poster: %(title)s") % {"title": film.title},
            collection=film.collection,
            uploaded_by_user=film.uploaded_by_user,
        )
        image.file.save(f"film-{film.pk}-poster.jpg", File(handle), save=False)
        image.save()
    return image


def _fail(film_id, token, prefix, message):
    # The reason is stored in Danish, the editors' language, whatever the worker's locale.
    with translation.override(settings.LANGUAGE_CODE):
        reason = str(message)
    Film.objects.filter(pk=film_id, processing_token=token).update(status=Film.Status.FAILED, failure_reason=reason)
    delete_prefix(default_storage, prefix)
