"""Run scheduled publishing every ``--interval`` seconds until stopped."""

import logging
import signal
import threading

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from pages.moderation.scheduler import run_once

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "Publish pages approved for a time that has come and unpublish expired ones, every --interval seconds."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=int, default=60, help="Seconds between two runs (default 60, at least 1)."
        )
        parser.add_argument("--once", action="store_true", help="Run once and exit, e.g. from cron or a systemd timer.")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            raise CommandError("--interval must be at least 1 second.")
        stop = threading.Event()
        if not once:
            for signum in (signal.SIGTERM, signal.SIGINT):
                signal.signal(signum, lambda number, frame: stop.set())
            logger.info("Scheduler started, running every %s seconds", interval)

        # The loop recovers from one failed run so that a database hiccup does not
        # stop scheduled publishing for good; the next run tries again.
        while not stop.is_set():
            if not once:
                # A long-running process must drop connections the database closed meanwhile.
                close_old_connections()
            try:
                run = run_once()
            except Exception:
                if once:
                    raise
                logger.exception("Scheduler run failed; trying again in %s seconds", interval)
            else:
                logger.info(
                    "Scheduler run: %d published %s, %d unpublished %s, %d rejected %s",
                    len(run.published),
                    run.published,
                    len(run.unpublished),
                    run.unpublished,
                    len(run.rejected),
                    run.rejected,
                )
            if once:
                break
            stop.wait(interval)
        if not once:
            logger.info("Scheduler stopped")
