"""A real ``db_worker`` process processes a film end to end against PostgreSQL."""

import os
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.db import connection
from wagtail.models import Collection

from media_pipeline.models import Film
from media_pipeline.tasks import enqueue_film_processing
from tests.media.factories import film_from_video
from tests.media.videos import make_video

pytestmark = [pytest.mark.django_db(transaction=True, serialized_rollback=True), pytest.mark.slow]

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TIMEOUT_SECONDS = 120


def worker_environment(media_root):
    """Return the environment for a worker that uses this test's database and media folder."""
    configured = urlsplit(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/academy"))
    test_database_url = configured._replace(path="/" + connection.settings_dict["NAME"]).geturl()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": test_database_url,
        "MEDIA_ROOT": str(media_root),
    }


def test_db_worker_processes_film(media_root, tmp_path):
    # A transactional test starts from flushed tables, without Wagtail's root collection.
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    film = film_from_video(make_video(tmp_path / "intro.mp4"), collection=collection)
    enqueue_film_processing(film)

    worker = start_worker(media_root)
    try:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while time.monotonic() < deadline and worker.poll() is None:
            film.refresh_from_db()
            if film.status in (Film.Status.READY, Film.Status.FAILED):
                break
            time.sleep(0.5)
    finally:
        output = stop_worker(worker)

    assert film.status == Film.Status.READY, output
    assert film.renditions.count() == 1
    assert (media_root / film.renditions.get().file.name).exists()


def start_worker(media_root):
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--backend", "films", "--no-startup-delay", "--interval", "0.5", "--no-reload"],
        cwd=PROJECT_ROOT,
        env=worker_environment(media_root),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop_worker(worker):
    worker.terminate()
    try:
        return worker.communicate(timeout=15)[0]
    except subprocess.TimeoutExpired:
        worker.kill()
        return worker.communicate()[0]


def test_two_workers_process_film_once(media_root, tmp_path):
    collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    film = film_from_video(make_video(tmp_path / "intro.mp4"), collection=collection)
    # The same film queued twice, as a double click on "retry" would do.
    first = enqueue_film_processing(film)
    second = enqueue_film_processing(film)

    workers = [start_worker(media_root), start_worker(media_root)]
    try:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            first.refresh()
            second.refresh()
            if first.is_finished and second.is_finished:
                break
            time.sleep(0.5)
    finally:
        outputs = [stop_worker(worker) for worker in workers]

    film.refresh_from_db()
    assert film.status == Film.Status.READY, outputs
    assert sorted([first.return_value, second.return_value], key=str) == [None, "ready"]
    assert film.renditions.count() == 1
