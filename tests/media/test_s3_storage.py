"""Film storage against a real S3-compatible server (moto) started on loopback."""

import unicodedata
import uuid
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from django.core.files.base import ContentFile

from cms.accounts.roles import Role
from media_pipeline.models import Film
from media_pipeline.tasks import process_film_now
from tests.access.factories import person
from tests.media.factories import FilmCaptionFactory, FilmFactory, film_from_video
from tests.media.s3 import ACCESS_KEY, REGION, SECRET_KEY, MotoServer
from tests.media.videos import make_video

pytestmark = pytest.mark.django_db

URL_EXPIRY_SECONDS = 600


@pytest.fixture(scope="module")
def moto_server():
    server = MotoServer()
    yield server
    server.stop()


@pytest.fixture
def bucket(moto_server, settings):
    """Create a private bucket and make it the default storage, with no location prefix."""
    name = f"academy-{uuid.uuid4().hex[:12]}"
    client = moto_server.client()
    client.create_bucket(Bucket=name, ACL="private", CreateBucketConfiguration={"LocationConstraint": REGION})
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": name,
                "endpoint_url": moto_server.endpoint_url,
                "access_key": ACCESS_KEY,
                "secret_key": SECRET_KEY,
                "region_name": REGION,
                "addressing_style": "path",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": URL_EXPIRY_SECONDS,
                "file_overwrite": False,
                "location": "",
            },
        },
    }
    return {"name": name, "client": client}


def keys(bucket):
    response = bucket["client"].list_objects_v2(Bucket=bucket["name"])
    return sorted(item["Key"] for item in response.get("Contents", []))


def content_type(bucket, key):
    return bucket["client"].head_object(Bucket=bucket["name"], Key=key)["ContentType"]


@pytest.fixture
def processed_film(bucket, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "intro.mp4", seconds=1.0))
    FilmCaptionFactory(film=film)
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    assert film.status == Film.Status.READY
    return film


def test_rendition_is_video_mp4(bucket, processed_film):
    assert content_type(bucket, processed_film.renditions.get().file.name) == "video/mp4"


def test_playlist_is_mpegurl(bucket, processed_film):
    key = processed_film.renditions.get().hls_playlist.name
    assert content_type(bucket, key) == "application/vnd.apple.mpegurl"


def test_segments_are_mpeg_ts(bucket, processed_film):
    segment_keys = [key for key in keys(bucket) if key.endswith(".ts")]
    assert segment_keys
    assert {content_type(bucket, key) for key in segment_keys} == {"video/mp2t"}


def test_caption_is_text_vtt(bucket, processed_film):
    assert content_type(bucket, processed_film.captions.get().file.name) == "text/vtt"


def test_extracted_poster_is_jpeg(bucket, processed_film):
    assert content_type(bucket, processed_film.extracted_poster.file.name) == "image/jpeg"


def test_bucket_objects_are_private(bucket, processed_film):
    key = processed_film.renditions.get().file.name
    grants = bucket["client"].get_object_acl(Bucket=bucket["name"], Key=key)["Grants"]
    assert all("AllUsers" not in str(grant.get("Grantee", {})) for grant in grants)


def test_signed_url_has_expiry_and_signature(bucket, processed_film):
    # moto does not enforce signature expiry, so the parameters are checked instead.
    query = parse_qs(urlparse(processed_film.renditions.get().file.url).query)
    assert query["X-Amz-Expires"] == [str(URL_EXPIRY_SECONDS)]
    assert query["X-Amz-Signature"][0]
    assert query["X-Amz-Credential"][0].startswith(ACCESS_KEY + "/")


def test_signed_url_downloads_rendition(bucket, processed_film):
    response = requests.get(processed_film.renditions.get().file.url, timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "video/mp4"


def test_playlist_view_signs_segment_urls(client, bucket, processed_film):
    client.force_login(person([Role.VOLUNTEER]))
    rendition = processed_film.renditions.get()
    body = client.get(f"/films/{processed_film.pk}/hls/{rendition.pk}.m3u8").content.decode()
    segment_urls = [line for line in body.splitlines() if line and not line.startswith("#")]
    assert segment_urls
    for url in segment_urls:
        assert "X-Amz-Signature=" in url
    assert requests.get(segment_urls[0], timeout=10).status_code == 200


def test_key_is_nfc(bucket):
    film = FilmFactory(file=ContentFile(b"x", name=unicodedata.normalize("NFD", "Første møde.mp4")))
    assert film.file.name.endswith(unicodedata.normalize("NFC", "Første_møde.mp4"))
    assert keys(bucket) == [film.file.name]


def test_traversal_name_stays_under_prefix(bucket):
    film = FilmFactory(file=ContentFile(b"x", name="../../../secrets/intro.mp4"))
    (key,) = keys(bucket)
    assert key == film.file.name
    assert key.startswith("films/originals/")
    assert ".." not in key


def test_two_uploads_of_intro_get_two_keys(bucket):
    first = FilmFactory(file=ContentFile(b"first centre", name="intro.mp4"))
    second = FilmFactory(file=ContentFile(b"second centre", name="intro.mp4"))
    assert first.file.name != second.file.name
    body = bucket["client"].get_object(Bucket=bucket["name"], Key=first.file.name)["Body"].read()
    assert body == b"first centre"


def test_deleting_film_empties_its_keys(bucket, processed_film, django_capture_on_commit_callbacks):
    assert keys(bucket)
    with django_capture_on_commit_callbacks(execute=True):
        processed_film.delete()
    assert [key for key in keys(bucket) if key.startswith("films/")] == []
