"""Background tasks for films, run by ``manage.py db_worker --backend films``."""

import logging

from django_tasks import task

from media_pipeline import processing

logger = logging.getLogger(__name__)


@task(backend="films")
def process_film(film_id):
    """Process one film; a second task for the same film finds it claimed and does nothing."""
    status = processing.run(film_id)
    return str(status) if status else None


def enqueue_film_processing(film):
    """Queue processing of ``film`` on the films backend and return the task result.

    The task row is written in the current transaction, so no worker can pick
    it up before the film itself is committed.
    """
    result = process_film.enqueue(film.pk)
    logger.info("Film %s queued for processing (task %s)", film.pk, result.id)
    return result


def process_film_now(film):
    """Process ``film`` in this process, for scripts and the demo loader; return the final status."""
    status = processing.run(film.pk)
    film.refresh_from_db()
    return status
