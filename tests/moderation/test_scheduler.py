"""Scheduled publishing of pages approved for a future time."""

import datetime
import os
import signal
import subprocess
import sys
import time
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from pages.moderation.scheduler import run_once
from tests.moderation.factories import FilmFactory
from tests.moderation.helpers import approve_all, film_block, submit

# Wagtail's publish action reads the real clock, so the tests approve pages
# for a moment this close ahead and wait for it.
SCHEDULE_DELAY_SECONDS = 2


def _approve_for(page, moderated, go_live_at):
    page.go_live_at = go_live_at
    page.save_revision(user=moderated.odense_editor)
    submit(page, moderated.odense_editor)
    approve_all(page, moderated.reviewer)
    page.refresh_from_db()


def _soon():
    return timezone.now() + datetime.timedelta(seconds=SCHEDULE_DELAY_SECONDS)


def _wait_until_due():
    time.sleep(SCHEDULE_DELAY_SECONDS + 0.5)


def test_approval_for_future_time_waits(moderated, draft_contribution):
    _approve_for(draft_contribution, moderated, timezone.now() + datetime.timedelta(hours=1))
    assert not draft_contribution.live
    assert draft_contribution.get_latest_revision().approved_go_live_at is not None


def test_one_run_publishes_due_page(moderated, draft_contribution):
    _approve_for(draft_contribution, moderated, _soon())
    _wait_until_due()

    run = run_once()

    draft_contribution.refresh_from_db()
    assert draft_contribution.live
    assert run.published == [draft_contribution.live_revision_id]


def test_run_leaves_future_page(moderated, draft_contribution):
    _approve_for(draft_contribution, moderated, timezone.now() + datetime.timedelta(hours=1))

    run = run_once()

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live
    assert run.published == []


def test_run_rejects_page_whose_film_broke(moderated, draft_contribution):
    film = FilmFactory()
    draft_contribution.body = [film_block(film)]
    _approve_for(draft_contribution, moderated, _soon())
    film.status = "failed"
    film.save()
    _wait_until_due()

    run = run_once()

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live
    assert len(run.rejected) == 1


def test_rejected_page_does_not_stop_others(moderated, draft_contribution):
    from tests.factories import ContributionPageFactory

    broken_film = FilmFactory()
    draft_contribution.body = [film_block(broken_film)]
    _approve_for(draft_contribution, moderated, _soon())
    other = ContributionPageFactory(parent=moderated.odense, live=False)
    _approve_for(other, moderated, _soon())
    broken_film.status = "failed"
    broken_film.save()
    _wait_until_due()

    run_once()

    other.refresh_from_db()
    assert other.live


def test_run_unpublishes_expired_page(moderated, draft_contribution):
    draft_contribution.save_revision().publish()
    type(draft_contribution).objects.filter(pk=draft_contribution.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    run = run_once()

    draft_contribution.refresh_from_db()
    assert not draft_contribution.live
    assert draft_contribution.expired
    assert run.unpublished == [draft_contribution.pk]


def test_run_scheduler_once_publishes(moderated, draft_contribution):
    _approve_for(draft_contribution, moderated, _soon())
    _wait_until_due()

    call_command("run_scheduler", "--once", stdout=StringIO())

    draft_contribution.refresh_from_db()
    assert draft_contribution.live


def test_run_scheduler_rejects_bad_interval(db):
    from django.core.management import CommandError

    with pytest.raises(CommandError):
        call_command("run_scheduler", "--interval", "0")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_run_scheduler_stops_on_sigterm():
    # A real process, as make run and systemd start it.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cms.settings.test"}
    env["DATABASE_URL"] = _test_database_url()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "run_scheduler", "--interval", "1"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        time.sleep(4)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0
    assert "Scheduler run:" in output
    assert "Scheduler stopped" in output


def _test_database_url():
    from django.db import connection

    params = connection.settings_dict
    return f"postgres://{params['USER']}@{params['HOST']}:{params['PORT']}/{params['NAME']}"
