"""Processing runs on real videos against PostgreSQL and local file storage."""

import uuid
from datetime import timedelta

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation
from wagtail.images import get_image_model

from media_pipeline import processing
from media_pipeline.models import Film
from media_pipeline.pipeline.keys import output_prefix
from media_pipeline.pipeline.probe import DAMAGED_MESSAGE
from media_pipeline.tasks import process_film_now
from tests.media.factories import film_from_video
from tests.media.videos import describe, make_video, truncate

pytestmark = pytest.mark.django_db


def stored_files(root):
    return sorted(str(path.relative_to(root)) for path in root.rglob("*") if path.is_file())


def test_film_becomes_ready_with_renditions(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    with django_capture_on_commit_callbacks(execute=True):
        status = process_film_now(film)
    assert status == Film.Status.READY
    assert film.status == Film.Status.READY
    assert (film.width, film.height) == (320, 180)
    assert film.duration == pytest.approx(1.0, abs=0.1)
    assert film.renditions.count() == 1


def test_rendition_files_are_playable(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "phone.mp4", rotation=-90))
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    rendition = film.renditions.get()
    output = describe(media_root / rendition.file.name)
    assert (output["width"], output["height"]) == (180, 320)
    assert (media_root / rendition.hls_playlist.name).exists()


def test_poster_is_extracted_when_none_chosen(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    assert film.extracted_poster is not None
    assert film.get_poster() == film.extracted_poster


def test_chosen_poster_is_kept(media_root, tmp_path, django_capture_on_commit_callbacks):
    import wagtail_factories

    chosen = wagtail_factories.ImageFactory()
    film = film_from_video(make_video(tmp_path / "intro.mp4"), poster=chosen)
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    assert film.extracted_poster is None
    assert film.get_poster() == chosen


def test_truncated_mp4_fails_with_danish_reason(media_root, tmp_path):
    film = film_from_video(truncate(make_video(tmp_path / "cut.mp4")))
    status = process_film_now(film)
    assert status == Film.Status.FAILED
    assert film.status == Film.Status.FAILED
    with translation.override("da"):
        assert film.failure_reason == str(DAMAGED_MESSAGE)
    assert film.renditions.count() == 0


def test_non_video_fails_without_orphan_outputs(media_root):
    film = film_from_video_bytes(b"not a film at all" * 100)
    process_film_now(film)
    assert film.status == Film.Status.FAILED
    assert [name for name in stored_files(media_root) if not name.startswith("films/originals/")] == []


def film_from_video_bytes(data):
    from tests.media.factories import FilmFactory

    return FilmFactory(file=ContentFile(data, name="film.mp4"))


def test_film_over_duration_limit_fails(media_root, tmp_path, settings):
    settings.FILM_MAX_DURATION_SECONDS = 0
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    process_film_now(film)
    assert film.status == Film.Status.FAILED
    assert "0:01" in film.failure_reason


def test_second_claim_gets_nothing(media_root, tmp_path):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    first = processing.claim(film.pk)
    second = processing.claim(film.pk)
    assert first is not None
    assert second is None


def test_ready_film_is_not_processed_again(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    assert processing.run(film.pk) is None


def test_retry_after_killed_run_leaves_no_duplicates(media_root, tmp_path, settings, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    # A run that was killed midway: claimed long ago, one output written.
    dead_token = uuid.uuid4()
    Film.objects.filter(pk=film.pk).update(
        status=Film.Status.PROCESSING,
        processing_token=dead_token,
        processing_started_at=timezone.now() - timedelta(seconds=settings.FILM_PROCESSING_TIMEOUT_SECONDS + 1),
    )
    leftover = default_storage.save(output_prefix(film.pk, dead_token) + "180p.mp4", ContentFile(b"partial"))

    with django_capture_on_commit_callbacks(execute=True):
        status = process_film_now(film)
    assert status == Film.Status.READY
    assert film.renditions.count() == 1
    assert not default_storage.exists(leftover)


def test_recent_processing_film_is_not_claimable(media_root, tmp_path):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    Film.objects.filter(pk=film.pk).update(status=Film.Status.PROCESSING, processing_started_at=timezone.now())
    assert processing.claim(film.pk) is None


def test_failed_film_can_be_retried(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    Film.objects.filter(pk=film.pk).update(status=Film.Status.FAILED, failure_reason="Tidligere fejl")
    film.refresh_from_db()
    assert film.can_retry()
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    assert film.status == Film.Status.READY
    assert film.failure_reason == ""


def test_replaced_source_replaces_old_renditions(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "first.mp4", width=320, height=180))
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    old_rendition = film.renditions.get()
    old_files = [old_rendition.file.name, old_rendition.hls_playlist.name]

    film.file.save("second.mp4", ContentFile(make_video(tmp_path / "second.mp4", width=240, height=136).read_bytes()))
    Film.objects.filter(pk=film.pk).update(status=Film.Status.UPLOADED)
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)

    assert [(r.width, r.height) for r in film.renditions.all()] == [(240, 136)]
    for name in old_files:
        assert not default_storage.exists(name)


def test_deleting_film_deletes_all_files(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    poster_id = film.extracted_poster_id
    with django_capture_on_commit_callbacks(execute=True):
        film.delete()
    assert [name for name in stored_files(media_root) if name.startswith("films/")] == []
    assert not get_image_model().objects.filter(pk=poster_id).exists()
