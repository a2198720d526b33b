"""Admin views for films: index, upload, edit, retry and delete."""

import logging

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext, gettext_lazy as _
from django.views import View
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from media_pipeline.forms import FilmForm, upload_limits_text
from media_pipeline.models import Film
from media_pipeline.tasks import enqueue_film_processing

logger = logging.getLogger(__name__)


def film_permission_policy():
    return policy_registry.get_by_type(Film)


class FilmInstancePermissionMixin:
    """Check the editor's permission on the film itself, through its collection."""

    instance_action = "change"

    def get_object(self, queryset=None):
        film = super().get_object(queryset)
        if not film_permission_policy().user_has_permission_for_instance(self.request.user, self.instance_action, film):
            raise PermissionDenied
        return film


class StatusColumn(Column):
    def get_value(self, instance):
        if instance.status == Film.Status.FAILED and instance.failure_reason:
            return f"{instance.get_status_display()}: {instance.failure_reason}"
        return instance.get_status_display()


class FilmIndexView(generic.IndexView):
    def get_base_queryset(self):
        return film_permission_policy().instances_user_has_any_permission_for(
            self.request.user, ["change", "delete"]
        ).select_related("collection")


class FilmCreateView(generic.CreateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["upload_limits"] = upload_limits_text()
        return context

    def save_instance(self):
        self.form.instance.uploaded_by_user = self.request.user
        film = super().save_instance()
        enqueue_film_processing(film)
        logger.info("Film %s uploaded by user %s", film.pk, self.request.user.pk)
        return film

    def get_success_message(self, instance):
        return gettext("Film '%(title)s' uploaded. It is being processed; this can take some minutes.") % {
            "title": instance.title
        }


class FilmEditView(FilmInstancePermissionMixin, generic.EditView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["upload_limits"] = upload_limits_text()
        context["retry_url"] = reverse("media_pipeline_film:retry", args=[self.object.pk])
        return context

    def save_instance(self):
        film = super().save_instance()
        if self.form.source_replaced:
            enqueue_film_processing(film)
            logger.info("Film %s source replaced by user %s", film.pk, self.request.user.pk)
        return film


class FilmDeleteView(FilmInstancePermissionMixin, generic.DeleteView):
    instance_action = "delete"

    @property
    def confirmation_message(self):
        live_pages = list(self.object.live_pages_using())
        if not live_pages:
            return gettext("Are you sure you want to delete this film? All its files are deleted with it.")
        return gettext(
            "Warning: this film is used on %(count)d live pages (%(titles)s). Deleting it removes it from "
            "those pages and deletes all its files. Are you sure?"
        ) % {"count": len(live_pages), "titles": ", ".join(page.title for page in live_pages)}


class FilmRetryView(View):
    """Queue processing again for a failed film, or for one whose worker stopped."""

    http_method_names = ["post"]

    def post(self, request, pk):
        film = get_object_or_404(Film, pk=pk)
        if not film_permission_policy().user_has_permission_for_instance(request.user, "change", film):
            raise PermissionDenied
        if film.can_retry():
            enqueue_film_processing(film)
            logger.info("Film %s retry requested by user %s", film.pk, request.user.pk)
            messages.success(request, gettext("Film '%(title)s' is queued for processing again.") % {"title": film.title})
        else:
            messages.error(
                request, gettext("Film '%(title)s' cannot be retried while it is %(status)s.")
                % {"title": film.title, "status": film.get_status_display().lower()},
            )
        return redirect("media_pipeline_film:edit", film.pk)


class FilmViewSet(ModelViewSet):
    model = Film
    form_fields = ["title", "collection", "description", "file", "poster"]
    icon = "media"
    menu_label = _("Films")
    menu_order = 300
    add_to_admin_menu = True
    copy_view_enabled = False
    list_filter = ["status", "collection"]
    search_fields = ["title", "description"]
    index_view_class = FilmIndexView
    add_view_class = FilmCreateView
    edit_view_class = FilmEditView
    delete_view_class = FilmDeleteView
    create_template_name = "media_pipeline/film/create.html"
    edit_template_name = "media_pipeline/film/edit.html"
    list_display = [
        TitleColumn("title", label=_("Title"), url_name="media_pipeline_film:edit"),
        StatusColumn("status", label=_("Status")),
        Column("collection", label=_("Collection")),
        DateColumn("created_at", label=_("Uploaded")),
    ]

    def get_form_class(self, for_update=False):
        return FilmForm

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("retry/<int:pk>/", FilmRetryView.as_view(), name="retry"),
        ]


film_viewset = FilmViewSet("media_pipeline_film", url_prefix="films")
