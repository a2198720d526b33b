"""The admin form for uploading and editing a film."""

import logging

from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.widgets import AdminImageChooser
from wagtail.models import Collection
from wagtail.permissions import policy_registry

from media_pipeline.models import CAPTION_LANGUAGE, CAPTION_LANGUAGES, Film, FilmCaption, delete_files_on_commit
from media_pipeline.pipeline.captions import normalise_captions, transcript_from_webvtt
from media_pipeline.pipeline.errors import FilmInputError
from media_pipeline.pipeline.probe import format_duration, probe

logger = logging.getLogger(__name__)


def upload_limits_text():
    """Return the size and duration limits as a sentence for editors."""
    return _("Maximum file size %(size)s, maximum duration %(duration)s (minutes:seconds).") % {
        "size": filesizeformat(settings.FILM_MAX_UPLOAD_BYTES),
        "duration": format_duration(settings.FILM_MAX_DURATION_SECONDS),
    }


class FilmForm(WagtailAdminModelForm):
    """Upload or edit a film, with an optional poster upload and caption files per language."""

    poster_upload = WagtailImageField(
        label=_("Upload a poster"),
        required=False,
        help_text=_("Or choose an existing image above. Leave both empty to use a frame from the film."),
    )

    class Meta:
        model = Film
        fields = ["title", "collection", "description", "file", "poster"]
        widgets = {"poster": AdminImageChooser}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.normalised_captions = {}
        for code, name in CAPTION_LANGUAGES:
            self.fields[f"captions_{code}"] = forms.FileField(
                label=_("Captions, %(language)s") % {"language": name},
                required=False,
                help_text=_("A WebVTT or SRT file in UTF-8. Uploading a file replaces the current captions."),
            )

        self.fields["file"].help_text = upload_limits_text()
        self.fields["file"].widget.attrs.update(
            {"accept": "video/*", "data-max-bytes": str(settings.FILM_MAX_UPLOAD_BYTES)}
        )
        if self.instance.pk:
            self.fields["file"].required = False
            self.fields["file"].label = _("Replace source file")

        self._limit_collections()

    def _limit_collections(self):
        user = getattr(self, "for_user", None)
        if user is None:
            return
        policy = policy_registry.get_by_type(Film)
        collections = policy.collections_user_has_permission_for(user, "add")
        if self.instance.pk:
            collections = collections | Collection.objects.filter(pk=self.instance.collection_id)
        self.fields["collection"].queryset = collections
        self.fields["collection"].empty_label = None

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if "file" not in self.files or not upload:
            return upload
        if upload.size > settings.FILM_MAX_UPLOAD_BYTES:
            raise forms.ValidationError(
                _("The file is %(size)s, larger than the maximum of %(maximum)s.")
                % {"size": filesizeformat(upload.size), "maximum": filesizeformat(settings.FILM_MAX_UPLOAD_BYTES)}
            )
        try:
            upload.seek(0)
            self.source_probe = probe(
                upload.temporary_file_path() if hasattr(upload, "temporary_file_path") else upload,
                max_duration=settings.FILM_MAX_DURATION_SECONDS,
            )
        except FilmInputError as error:
            logger.info("Rejected film upload %r: %s", upload.name, error.detail or error.message)
            raise forms.ValidationError(error.message) from error
        finally:
            upload.seek(0)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        for code, _name in CAPTION_LANGUAGES:
            upload = cleaned_data.get(f"captions_{code}")
            if not upload:
                continue
            try:
                self.normalised_captions[code] = normalise_captions(upload.read())
            except FilmInputError as error:
                self.add_error(f"captions_{code}", error.message)
        return cleaned_data

    @property
    def source_replaced(self):
        return "file" in self.changed_data and bool(self.cleaned_data.get("file"))

    def save(self, commit=True):
        old_source = None
        if self.instance.pk and commit:
            film, old_source = self._save_changes()
        else:
            film = super().save(commit=commit)
            if not commit:
                return film

        poster_upload = self.cleaned_data.get("poster_upload")
        if poster_upload:
            image = get_image_model()(title=film.title, collection=film.collection, uploaded_by_user=film.uploaded_by_user)
            image.file = poster_upload
            image.save()
            film.poster = image
            film.save(update_fields=["poster"])

        self._save_captions(film)
        if old_source:
            delete_files_on_commit(default_storage, [old_source])
        return film

    def _save_changes(self):
        """Save an existing film's form fields only; return the film and the replaced source's name.

        Saving every field would write back the status and sizes loaded with the
        form, undoing what a worker recorded while the editor was editing.
        """
        film = super().save(commit=False)
        fields = [name for name in self._meta.fields if name != "file"]
        old_source = None
        if self.source_replaced:
            old_source = Film.objects.filter(pk=film.pk).values_list("file", flat=True).first()
            # A run still working on the old source loses its claim, so it cannot
            # record outdated outputs, and the new source can be claimed at once.
            film.status = Film.Status.UPLOADED
            film.processing_token = None
            film.failure_reason = ""
            fields += ["file", "status", "processing_token", "failure_reason"]
        film.save(update_fields=fields)
        self.save_m2m()
        return film, old_source

    def _save_captions(self, film):
        for code, text in self.normalised_captions.items():
            label = dict(CAPTION_LANGUAGES)[code]
            caption = FilmCaption.objects.filter(film=film, language=code).first()
            if caption is not None:
                delete_files_on_commit(default_storage, [caption.file.name])
            else:
                caption = FilmCaption(film=film, language=code)
            caption.label = label
            caption.file.save(f"{code}.vtt", ContentFile(text.encode("utf-8")), save=False)
            caption.save()
            if code == CAPTION_LANGUAGE:
                film.transcript = transcript_from_webvtt(text)
                film.save(update_fields=["transcript"])
