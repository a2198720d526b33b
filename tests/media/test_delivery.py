"""Readers' view of films: the GraphQL Film type and the HLS playlist views."""

import graphene
import pytest
from django.test import RequestFactory

from cms.access import visible_films
from cms.accounts.roles import Role
from media_pipeline.graphql import FilmType
from media_pipeline.models import Film
from media_pipeline.tasks import process_film_now
from tests.access.factories import person
from tests.media.factories import FilmCaptionFactory, film_from_video
from tests.media.videos import make_video

pytestmark = pytest.mark.django_db

FILM_QUERY = """
query ($id: ID!) {
  film(id: $id) {
    status duration width height hls transcript
    poster { id }
    sources { url mimeType width height bitrate }
    captions { language label url }
  }
}
"""


class Query(graphene.ObjectType):
    # A root field like the one the GraphQL layer offers, so the type is tested on its own.
    film = graphene.Field(FilmType, id=graphene.ID(required=True))

    def resolve_film(root, info, id):
        return visible_films(info.context).filter(pk=id).first()


schema = graphene.Schema(query=Query)


@pytest.fixture
def volunteer(db):
    return person([Role.VOLUNTEER])


@pytest.fixture
def volunteer_client(client, volunteer):
    client.force_login(volunteer)
    return client


def graphql_request(user):
    request = RequestFactory().get("/graphql/")
    request.user = user
    return request


@pytest.fixture
def ready_film(media_root, tmp_path, django_capture_on_commit_callbacks):
    film = film_from_video(make_video(tmp_path / "Første møde.mp4"))
    FilmCaptionFactory(film=film)
    with django_capture_on_commit_callbacks(execute=True):
        process_film_now(film)
    return film


def query_film(film, user):
    result = schema.execute(FILM_QUERY, variables={"id": str(film.pk)}, context_value=graphql_request(user))
    assert result.errors is None
    return result.data["film"]


def test_ready_film_has_sources(ready_film, volunteer):
    data = query_film(ready_film, volunteer)
    assert data["status"] == "READY"
    assert data["sources"][0]["mimeType"] == "video/mp4"
    assert (data["sources"][0]["width"], data["sources"][0]["height"]) == (320, 180)
    assert data["sources"][0]["url"].startswith("http://testserver/media/films/")


def test_ready_film_has_hls_view_address(ready_film, volunteer):
    assert query_film(ready_film, volunteer)["hls"] == f"http://testserver/films/{ready_film.pk}/hls/master.m3u8"


def test_ready_film_has_extracted_poster(ready_film, volunteer):
    assert query_film(ready_film, volunteer)["poster"]["id"] == str(ready_film.extracted_poster_id)


def test_ready_film_has_captions(ready_film, volunteer):
    assert query_film(ready_film, volunteer)["captions"][0]["language"] == "da"


def test_response_never_names_the_original(ready_film, volunteer):
    response_text = str(query_film(ready_film, volunteer))
    assert ready_film.file.name not in response_text
    assert "originals" not in response_text


def test_unprocessed_film_is_invisible(media_root, tmp_path, volunteer):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    assert query_film(film, volunteer) is None


def test_ready_film_is_invisible_to_anonymous(ready_film):
    from django.contrib.auth.models import AnonymousUser

    assert query_film(ready_film, AnonymousUser()) is None


def test_master_playlist_lists_renditions(volunteer_client, ready_film):
    response = volunteer_client.get(f"/films/{ready_film.pk}/hls/master.m3u8")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.apple.mpegurl"
    rendition = ready_film.renditions.get()
    assert f"http://testserver/films/{ready_film.pk}/hls/{rendition.pk}.m3u8" in response.content.decode()


def test_media_playlist_has_absolute_segment_urls(volunteer_client, ready_film):
    rendition = ready_film.renditions.get()
    body = volunteer_client.get(f"/films/{ready_film.pk}/hls/{rendition.pk}.m3u8").content.decode()
    segment_lines = [line for line in body.splitlines() if line and not line.startswith("#")]
    assert segment_lines
    for line in segment_lines:
        assert line.startswith("http://testserver/media/films/")
        assert line.endswith(".ts")


def test_playlist_of_unprocessed_film_is_not_found(volunteer_client, media_root, tmp_path):
    film = film_from_video(make_video(tmp_path / "intro.mp4"))
    assert volunteer_client.get(f"/films/{film.pk}/hls/master.m3u8").status_code == 404


def test_playlist_of_failed_film_is_not_found(volunteer_client, ready_film):
    Film.objects.filter(pk=ready_film.pk).update(status=Film.Status.FAILED)
    rendition = ready_film.renditions.get()
    assert volunteer_client.get(f"/films/{ready_film.pk}/hls/{rendition.pk}.m3u8").status_code == 404


def test_playlist_is_not_found_for_anonymous(client, ready_film):
    rendition = ready_film.renditions.get()
    assert client.get(f"/films/{ready_film.pk}/hls/master.m3u8").status_code == 404
    assert client.get(f"/films/{ready_film.pk}/hls/{rendition.pk}.m3u8").status_code == 404
