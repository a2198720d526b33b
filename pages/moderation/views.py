"""Admin views of moderation: promoting a page to formal learning and the report of proposals waiting."""

import datetime
import logging
from collections import defaultdict

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports.base import PageReportView
from wagtail.models import Page

from pages.moderation.promotion import (
    TARGET_INSPIRATION,
    TARGET_MODULE,
    is_promotable,
    promote,
    promotions_of,
    user_can_promote,
)

logger = logging.getLogger(__name__)


class PromotionForm(forms.Form):
    target = forms.ChoiceField(
        label=gettext_lazy("Promote to"),
        choices=[
            (TARGET_MODULE, gettext_lazy("A formal module")),
            (TARGET_INSPIRATION, gettext_lazy("An item in the inspiration catalogue")),
        ],
        widget=forms.RadioSelect,
        initial=TARGET_MODULE,
    )


def promote_view(request, page_id):
    """Ask what to promote a page to, then create the draft and open it in the editor."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not user_can_promote(request.user, page):
        raise PermissionDenied
    form = PromotionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            draft = promote(page, form.cleaned_data["target"], request.user)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("wagtailadmin_explore", page.get_parent().pk)
        messages.success(
            request,
            _("“%(source)s” is now the draft “%(draft)s”, submitted to the academy's review.")
            % {"source": page.title, "draft": draft.title},
        )
        return redirect("wagtailadmin_pages:edit", draft.pk)
    return TemplateResponse(
        request,
        "pages/moderation/promote.html",
        {
            "page": page,
            "form": form,
            "is_promotable": is_promotable(page),
            "promotions": promotions_of(page),
        },
    )


def _proposals():
    """Return published contributions and proposed learning events that nothing was promoted from yet."""
    from pages.models import ContributionPage, InspirationItemPage, LearningEventPage, ModulePage

    promoted = list(ModulePage.objects.filter(source_page__isnull=False).values_list("source_page_id", flat=True))
    promoted += list(
        InspirationItemPage.objects.filter(source_page__isnull=False).values_list("source_page_id", flat=True)
    )
    contributions = ContributionPage.objects.live().values("pk")
    events = LearningEventPage.objects.live().filter(proposed_as_formal_learning=True).values("pk")
    return Page.objects.filter(Q(pk__in=contributions) | Q(pk__in=events)).exclude(pk__in=promoted)


def _centres():
    from pages.models import CentrePage

    return CentrePage.objects.order_by("title")


def _themes():
    from pages.models import Theme

    return Theme.objects.all()


class ProposalsFilterSet(WagtailFilterSet):
    centre = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Centre"),
        empty_label=gettext_lazy("All centres"),
        queryset=lambda request: _centres(),
        method="filter_centre",
    )
    theme = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Theme"),
        empty_label=gettext_lazy("All themes"),
        queryset=lambda request: _themes(),
        method="filter_theme",
    )

    def filter_centre(self, queryset, name, value):
        return queryset.descendant_of(value) if value else queryset

    def filter_theme(self, queryset, name, value):
        from pages.models import ContributionPage, LearningEventPage

        if not value:
            return queryset
        return queryset.filter(
            Q(pk__in=ContributionPage.objects.filter(themes=value).values("pk"))
            | Q(pk__in=LearningEventPage.objects.filter(theme=value).values("pk"))
        )

    class Meta:
        model = Page
        fields = []


class ProposalsReportView(PageReportView):
    """Contributions and learning events waiting to become formal learning, by centre and theme."""

    page_title = gettext_lazy("Proposals waiting")
    header_icon = "pick"
    results_template_name = "pages/moderation/proposals_results.html"
    filterset_class = ProposalsFilterSet
    index_url_name = "moderation_proposals"
    index_results_url_name = "moderation_proposals_results"
    permission_required = "publish"
    list_export = ["title", "content_type.model_class._meta.verbose_name.title", "centre_title", "theme_names", "last_published_at"]
    export_headings = {
        "content_type.model_class._meta.verbose_name.title": gettext_lazy("Type"),
        "centre_title": gettext_lazy("Centre"),
        "theme_names": gettext_lazy("Themes"),
        "last_published_at": gettext_lazy("Published"),
    }

    def get_filename(self):
        return f"proposals-waiting-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = _proposals().order_by("-last_published_at").specific()
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        """Add each page's centre title and theme names, with a fixed number of queries per page of results."""
        from pages.models import ContributionPage, Theme

        pages = list(object_list)
        parent_titles = dict(
            Page.objects.filter(path__in={page.path[: -Page.steplen] for page in pages}).values_list("path", "title")
        )
        contribution_themes = defaultdict(list)
        links = ContributionPage.themes.through.objects.filter(
            contributionpage_id__in=[page.pk for page in pages if isinstance(page, ContributionPage)]
        ).select_related("theme")
        for link in links:
            contribution_themes[link.contributionpage_id].append(link.theme.name)
        event_themes = Theme.objects.in_bulk(
            [page.theme_id for page in pages if not isinstance(page, ContributionPage) and page.theme_id]
        )

        for page in pages:
            page.centre_title = parent_titles.get(page.path[: -Page.steplen], "")
            if isinstance(page, ContributionPage):
                page.theme_names = ", ".join(sorted(contribution_themes[page.pk]))
            else:
                theme = event_themes.get(page.theme_id)
                page.theme_names = theme.name if theme else ""
        return pages
