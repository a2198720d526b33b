"""HLS playlists served through views that check access and sign segment URLs.

Segments in a private bucket cannot be fetched by relative address, so the
media playlists stored by the pipeline are rewritten on each request with
freshly signed segment URLs from the storage.
"""

import logging
import posixpath

from django.core.files.storage import default_storage
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.decorators.http import require_GET

from cms.access import visible_films
from media_pipeline.models import FilmRendition
from media_pipeline.pipeline.hls import master_playlist, rewrite_media_playlist

logger = logging.getLogger(__name__)

PLAYLIST_CONTENT_TYPE = "application/vnd.apple.mpegurl"


def _playlist_response(text):
    response = HttpResponse(text, content_type=PLAYLIST_CONTENT_TYPE)
    # The body contains signed URLs that expire, so shared caches must not keep it.
    response["Cache-Control"] = "private, no-store"
    return response


def _visible_film(request, film_id):
    return get_object_or_404(visible_films(request), pk=film_id)


@require_GET
def master_playlist_view(request, film_id):
    """Return the master playlist of a film: one variant per rendition with an HLS playlist."""
    film = _visible_film(request, film_id)
    variants = [
        (
            request.build_absolute_uri(reverse("film_hls_media", args=[film.pk, rendition.pk])),
            rendition.bitrate,
            rendition.width,
            rendition.height,
        )
        for rendition in film.renditions.all()
        if rendition.hls_playlist
    ]
    if not variants:
        raise Http404("This film has no HLS playlist.")
    return _playlist_response(master_playlist(variants))


@require_GET
def media_playlist_view(request, film_id, rendition_id):
    """Return one rendition's media playlist with signed segment URLs."""
    film = _visible_film(request, film_id)
    rendition = get_object_or_404(FilmRendition, pk=rendition_id, film=film)
    if not rendition.hls_playlist:
        raise Http404("This rendition has no HLS playlist.")

    folder = posixpath.dirname(rendition.hls_playlist.name)
    with default_storage.open(rendition.hls_playlist.name, "rb") as handle:
        text = handle.read().decode("utf-8")

    def segment_url(name):
        return request.build_absolute_uri(default_storage.url(posixpath.join(folder, name)))

    return _playlist_response(rewrite_media_playlist(text, segment_url))
