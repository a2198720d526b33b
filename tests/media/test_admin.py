"""The film admin: upload, validation, retry, delete, permissions and the chooser."""

import io

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tasks_db.models import DBTaskResult
from PIL import Image
from wagtail.models import Collection, GroupCollectionPermission

from media_pipeline.models import Film
from tests.media.factories import FilmFactory, film_from_video
from tests.media.videos import make_video

pytestmark = pytest.mark.django_db

ADD_URL = "/admin/films/new/"
VTT = b"WEBVTT\r\n\r\n00:00:00.000 --> 00:00:01.000\r\nHej og velkommen.\r\n"


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktoer", "redaktoer@example.com", "kodeord")
    client.force_login(user)
    return client


@pytest.fixture
def video_upload(tmp_path):
    path = make_video(tmp_path / "intro.mp4")
    return SimpleUploadedFile("intro.mp4", path.read_bytes(), content_type="video/mp4")


def upload_data(file, **extra):
    data = {"title": "Den gode modtagelse", "description": "", "collection": Collection.get_first_root_node().pk, "file": file}
    data.update(extra)
    return data


def stored_files(root):
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def test_upload_creates_film_and_queues_processing(editor_client, media_root, video_upload):
    response = editor_client.post(ADD_URL, upload_data(video_upload))
    assert response.status_code == 302
    film = Film.objects.get()
    assert film.status == Film.Status.UPLOADED
    assert DBTaskResult.objects.filter(task_path="media_pipeline.tasks.process_film", args_kwargs__args=[film.pk]).exists()


def test_upload_records_uploader(editor_client, media_root, video_upload):
    editor_client.post(ADD_URL, upload_data(video_upload))
    assert Film.objects.get().uploaded_by_user.username == "redaktoer"


def test_upload_stores_normalised_captions_and_transcript(editor_client, media_root, video_upload):
    captions = SimpleUploadedFile("da.srt", b"\xef\xbb\xbf1\r\n00:00:00,000 --> 00:00:01,000\r\nHej og velkommen.\r\n")
    editor_client.post(ADD_URL, upload_data(video_upload, captions_da=captions))
    film = Film.objects.get()
    caption = film.captions.get()
    assert caption.file.read().decode("utf-8").startswith("WEBVTT\n\n00:00:00.000 --> 00:00:01.000")
    assert film.transcript == "Hej og velkommen."


def test_upload_form_shows_limits(editor_client, media_root, settings):
    settings.FILM_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
    body = editor_client.get(ADD_URL).content.decode()
    assert "5,0" in body or "5.0" in body
    assert 'data-max-bytes="5242880"' in body


@pytest.mark.parametrize(
    "content",
    [b"hello, I am not a film" * 50, b"\x00" * 10],
    ids=["text-under-video-name", "zero-bytes-of-nothing"],
)
def test_upload_of_non_video_is_rejected(editor_client, media_root, content):
    response = editor_client.post(ADD_URL, upload_data(SimpleUploadedFile("intro.mp4", content)))
    assert response.status_code == 200
    assert response.context["form"].errors["file"]
    assert not Film.objects.exists()
    assert stored_files(media_root) == []


def test_upload_of_empty_file_is_rejected(editor_client, media_root):
    response = editor_client.post(ADD_URL, upload_data(SimpleUploadedFile("intro.mp4", b"")))
    assert response.context["form"].errors["file"]
    assert not Film.objects.exists()


def test_upload_of_truncated_video_is_rejected(editor_client, media_root, video_upload):
    truncated = SimpleUploadedFile("intro.mp4", video_upload.read()[: video_upload.size // 2])
    response = editor_client.post(ADD_URL, upload_data(truncated))
    assert response.context["form"].errors["file"]
    assert not Film.objects.exists()


def test_upload_over_size_limit_is_rejected(editor_client, media_root, video_upload, settings):
    settings.FILM_MAX_UPLOAD_BYTES = 100
    response = editor_client.post(ADD_URL, upload_data(video_upload))
    assert response.context["form"].errors["file"]
    assert not Film.objects.exists()


def test_upload_over_duration_limit_is_rejected(editor_client, media_root, video_upload, settings):
    settings.FILM_MAX_DURATION_SECONDS = 0
    response = editor_client.post(ADD_URL, upload_data(video_upload))
    assert response.context["form"].errors["file"]
    assert not Film.objects.exists()


def test_broken_caption_file_is_rejected(editor_client, media_root, video_upload):
    broken = SimpleUploadedFile("da.vtt", b"WEBVTT\n\n00:00:xx --> 00:00:01.000\nHej\n")
    response = editor_client.post(ADD_URL, upload_data(video_upload, captions_da=broken))
    assert response.context["form"].errors["captions_da"]
    assert not Film.objects.exists()
    assert stored_files(media_root) == []


def test_decompression_bomb_poster_is_rejected(editor_client, media_root, video_upload):
    buffer = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(buffer, format="PNG")
    bomb = SimpleUploadedFile("poster.png", buffer.getvalue(), content_type="image/png")
    response = editor_client.post(ADD_URL, upload_data(video_upload, poster_upload=bomb))
    assert response.context["form"].errors["poster_upload"]
    assert not Film.objects.exists()
    assert stored_files(media_root) == []


def test_poster_upload_becomes_poster(editor_client, media_root, video_upload):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 36), (0, 0, 255)).save(buffer, format="PNG")
    poster = SimpleUploadedFile("poster.png", buffer.getvalue(), content_type="image/png")
    editor_client.post(ADD_URL, upload_data(video_upload, poster_upload=poster))
    assert Film.objects.get().poster is not None


def test_index_filters_by_status(editor_client, media_root):
    FilmFactory(title="Klar film", status=Film.Status.READY)
    FilmFactory(title="Fejlet film", status=Film.Status.FAILED)
    body = editor_client.get("/admin/films/", {"status": "failed"}).content.decode()
    assert "Fejlet film" in body
    assert "Klar film" not in body


def test_retry_queues_failed_film(editor_client, media_root):
    film = FilmFactory(status=Film.Status.FAILED, failure_reason="Filen er ikke en video.")
    response = editor_client.post(f"/admin/films/retry/{film.pk}/")
    assert response.status_code == 302
    assert DBTaskResult.objects.filter(args_kwargs__args=[film.pk]).exists()


def test_retry_of_ready_film_is_refused(editor_client, media_root):
    film = FilmFactory(status=Film.Status.READY)
    editor_client.post(f"/admin/films/retry/{film.pk}/")
    assert not DBTaskResult.objects.filter(args_kwargs__args=[film.pk]).exists()


def test_edit_page_shows_failure_reason(editor_client, media_root):
    film = FilmFactory(status=Film.Status.FAILED, failure_reason="Filen er tom.")
    body = editor_client.get(f"/admin/films/edit/{film.pk}/").content.decode()
    assert "Filen er tom." in body
    assert f"/admin/films/retry/{film.pk}/" in body


def test_replacing_source_queues_processing(editor_client, media_root, video_upload, tmp_path):
    film = film_from_video(make_video(tmp_path / "first.mp4"), status=Film.Status.READY)
    old_name = film.file.name
    response = editor_client.post(
        f"/admin/films/edit/{film.pk}/",
        upload_data(video_upload, title=film.title, collection=film.collection_id),
    )
    assert response.status_code == 302
    film.refresh_from_db()
    assert film.status == Film.Status.UPLOADED
    assert film.file.name != old_name
    assert DBTaskResult.objects.filter(args_kwargs__args=[film.pk]).exists()


def test_delete_warns_about_live_pages(editor_client, media_root, academy):
    from tests.factories import ModulePageFactory

    film = FilmFactory(status=Film.Status.READY)
    ModulePageFactory(parent=academy.modules, title="Modul om modtagelse", body=[("film", {"film": film, "caption": ""})])
    body = editor_client.get(f"/admin/films/delete/{film.pk}/").content.decode()
    assert "Modul om modtagelse" in body


def test_usage_view_lists_page(editor_client, media_root, academy):
    from tests.factories import ModulePageFactory

    film = FilmFactory(status=Film.Status.READY)
    ModulePageFactory(parent=academy.modules, title="Modul om modtagelse", body=[("film", {"film": film, "caption": ""})])
    body = editor_client.get(f"/admin/films/usage/{film.pk}/").content.decode()
    assert "Modul om modtagelse" in body


def test_delete_removes_film(editor_client, media_root):
    film = FilmFactory()
    editor_client.post(f"/admin/films/delete/{film.pk}/")
    assert not Film.objects.filter(pk=film.pk).exists()


@pytest.fixture
def centre_setup(django_user_model):
    root = Collection.get_first_root_node()
    odense = root.add_child(name="headspace Odense")
    aarhus = root.add_child(name="headspace Aarhus")
    group = Group.objects.create(name="Redaktører Odense")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_film", "choose_film"]:
        GroupCollectionPermission.objects.create(
            group=group, collection=odense, permission=Permission.objects.get(codename=codename)
        )
    user = django_user_model.objects.create_user("odense", "odense@example.com", "kodeord")
    user.groups.add(group)
    return {"user": user, "odense": odense, "aarhus": aarhus}


def test_centre_editor_cannot_edit_other_centres_film(client, media_root, centre_setup):
    film = FilmFactory(collection=centre_setup["aarhus"])
    client.force_login(centre_setup["user"])
    assert client.get(f"/admin/films/edit/{film.pk}/").status_code in (302, 403)


def test_centre_editor_edits_own_film(client, media_root, centre_setup):
    film = FilmFactory(collection=centre_setup["odense"], uploaded_by_user=centre_setup["user"])
    client.force_login(centre_setup["user"])
    assert client.get(f"/admin/films/edit/{film.pk}/").status_code == 200


def test_chooser_lists_only_choosable_films(client, media_root, centre_setup):
    FilmFactory(title="Odense-film", collection=centre_setup["odense"])
    FilmFactory(title="Aarhus-film", collection=centre_setup["aarhus"])
    client.force_login(centre_setup["user"])
    body = client.get("/admin/film_chooser/").content.decode()
    assert "Odense-film" in body
    assert "Aarhus-film" not in body


def test_editing_keeps_status_recorded_meanwhile(media_root, django_user_model):
    from media_pipeline.forms import FilmForm

    film = FilmFactory(status=Film.Status.PROCESSING)
    # The worker finishes while the editor's form is open.
    Film.objects.filter(pk=film.pk).update(status=Film.Status.READY, width=320, height=180)
    user = django_user_model.objects.create_superuser("redaktoer", "redaktoer@example.com", "kodeord")
    form = FilmForm(
        data={"title": "Ny titel", "description": "", "collection": film.collection_id},
        instance=film,
        for_user=user,
    )
    assert form.is_valid(), form.errors
    form.save()
    film.refresh_from_db()
    assert film.title == "Ny titel"
    assert film.status == Film.Status.READY
    assert film.width == 320


def test_replacing_source_during_processing_releases_claim(editor_client, media_root, video_upload, tmp_path):
    import uuid

    from django.utils import timezone

    from media_pipeline import processing

    film = film_from_video(make_video(tmp_path / "first.mp4"))
    running_token = uuid.uuid4()
    Film.objects.filter(pk=film.pk).update(
        status=Film.Status.PROCESSING, processing_token=running_token, processing_started_at=timezone.now()
    )
    editor_client.post(
        f"/admin/films/edit/{film.pk}/", upload_data(video_upload, title=film.title, collection=film.collection_id)
    )
    film.refresh_from_db()
    assert film.status == Film.Status.UPLOADED
    assert film.processing_token is None
    assert processing.claim(film.pk) is not None
