import logging

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from pages.models import Theme
from pages.moderation.accessibility import accessibility_problems
from pages.moderation.promotion import is_promotable, promotions_of, user_can_promote
from pages.moderation.views import ProposalsReportView, promote_view

logger = logging.getLogger(__name__)
page_permission_policy = PagePermissionPolicy()


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "slug"]
    search_fields = ["name", "description"]


register_snippet(ThemeViewSet)


# Moderation: the publish guard, promotion and the proposals report.


@hooks.register("before_publish_page")
def reject_publish_with_inaccessible_films(request, page):
    """Keep the edit and create views' publish button from publishing a page with inaccessible films.

    The revision is already saved as a draft by then, so nothing the editor
    wrote is lost.
    """
    problems = accessibility_problems(page)
    if not problems:
        return None
    logger.info("Publish of page %s by user %s rejected: inaccessible films", page.pk, request.user.pk)
    messages.error(
        request,
        _("The page was saved as a draft but not published, because a film on it is not accessible. %(problems)s")
        % {"problems": " ".join(problems)},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_bulk_action")
def reject_bulk_publish_with_inaccessible_films(request, action_type, objects, action_class_instance):
    """Reject a bulk publish in which any page's latest revision has inaccessible films.

    With "include descendants" ticked, the drafts below each page are checked too.
    """
    if action_type != "publish":
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().filter(has_unpublished_changes=True))
    rejected = [
        page
        for page in pages
        if page.specific.has_unpublished_changes or not page.live
        if accessibility_problems(page.specific.get_latest_revision_as_object())
    ]
    if not rejected:
        return None
    messages.error(
        request,
        _("Nothing was published, because these pages have films that are not accessible: %(titles)s.")
        % {"titles": ", ".join(page.title for page in rejected)},
    )
    return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))


@hooks.register("register_page_header_buttons")
def promotion_header_button(page, user, view_name, next_url=None):
    if is_promotable(page) and user_can_promote(user, page) and not promotions_of(page):
        yield Button(
            _("Promote to formal learning"),
            reverse("moderation_promote", args=[page.pk]),
            icon_name="pick",
            priority=80,
        )


@hooks.register("register_admin_urls")
def register_moderation_urls():
    return [
        path("moderation/promote/<int:page_id>/", promote_view, name="moderation_promote"),
        path("reports/proposals/", ProposalsReportView.as_view(), name="moderation_proposals"),
        path(
            "reports/proposals/results/",
            ProposalsReportView.as_view(results_only=True),
            name="moderation_proposals_results",
        ),
    ]


class ProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_permission(request.user, "publish")


@hooks.register("register_reports_menu_item")
def register_proposals_menu_item():
    return ProposalsMenuItem(
        _("Proposals waiting"), reverse("moderation_proposals"), name="proposals-waiting", icon_name="pick", order=750
    )
