"""The GraphQL ``Film`` type, final from the start so clients never see it change.

Resolvers read ``film.renditions.all()`` and ``film.captions.all()`` so that
list resolvers can prefetch them. Every file URL comes from the storage, which
signs it in production; the original upload has no field.
"""

import graphene
from django.urls import reverse
from grapple.models import GraphQLField


class FilmSourceType(graphene.ObjectType):
    """One playable MP4 rendition of a film."""

    url = graphene.String(required=True, description="Address of the rendition.")
    mime_type = graphene.String(required=True, description="MIME type, e.g. video/mp4.")
    width = graphene.Int(required=True, description="Width in pixels.")
    height = graphene.Int(required=True, description="Height in pixels.")
    bitrate = graphene.Int(description="Average bit rate in bits per second.")

    def resolve_url(rendition, info):
        return info.context.build_absolute_uri(rendition.file.url)


class FilmCaptionType(graphene.ObjectType):
    """A WebVTT caption track."""

    language = graphene.String(required=True, description="Language code, e.g. da.")
    label = graphene.String(required=True, description="Label for the track menu, e.g. Dansk.")
    url = graphene.String(required=True, description="Address of the WebVTT file.")

    def resolve_url(caption, info):
        return info.context.build_absolute_uri(caption.file.url)


class FilmType(graphene.ObjectType):
    """A film as readers get it. The original upload is never exposed."""

    id = graphene.ID(required=True)
    title = graphene.String(required=True)
    description = graphene.String(required=True)
    status = graphene.String(required=True, description="UPLOADED, PROCESSING, READY or FAILED.")
    duration = graphene.Float(description="Duration in seconds; null until processed.")
    width = graphene.Int(description="Display width in pixels; null until processed.")
    height = graphene.Int(description="Display height in pixels; null until processed.")
    poster = graphene.Field(
        "grapple.types.images.ImageObjectType",
        description="Poster image: the one an editor chose, else a frame from the film.",
    )
    sources = graphene.List(
        graphene.NonNull(FilmSourceType), required=True, description="MP4 renditions, largest first."
    )
    hls = graphene.String(description="Address of the HLS master playlist; null until processed.")
    captions = graphene.List(graphene.NonNull(FilmCaptionType), required=True, description="Caption tracks.")
    transcript = graphene.String(required=True, description="Plain text of the Danish captions.")

    def resolve_status(film, info):
        return film.status.upper()

    def resolve_poster(film, info):
        from cms.access import visible_or_none

        return visible_or_none(info.context, film.get_poster())

    def resolve_sources(film, info):
        return list(film.renditions.all())

    def resolve_hls(film, info):
        if not any(rendition.hls_playlist for rendition in film.renditions.all()):
            return None
        return info.context.build_absolute_uri(reverse("film_hls_master", args=[film.pk]))

    def resolve_captions(film, info):
        return list(film.captions.all())


def GraphQLFilm(field_name, **kwargs):
    """Return a grapple field declaration for a film on a model or block."""

    def Mixin():
        return GraphQLField(field_name, FilmType, **kwargs)

    return Mixin
