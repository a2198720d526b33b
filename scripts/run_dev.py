"""Run the development server together with its background processes, and stop them together.

``make run`` calls this after migrating and loading the demo. It starts:

- one task worker for film processing (``manage.py db_worker --backend films``),
- the scheduled-publishing runner (``manage.py run_scheduler --interval 60``),
- the web server (``manage.py runserver 127.0.0.1:$PORT``).

Ctrl-C or SIGTERM stops all of them. If one of them exits by itself, the others
are stopped too and this script exits with an error, so a broken worker is never
left unnoticed behind a running server.
"""

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SCHEDULER_INTERVAL_SECONDS = 60
STOP_TIMEOUT_SECONDS = 20

logger = logging.getLogger("run_dev")


def manage(*arguments):
    return [sys.executable, str(BASE_DIR / "manage.py"), *arguments]


def process_commands(port):
    """Return the background and web processes to start, by name."""
    return {
        "task worker": manage("db_worker", "--backend", "films", "--no-reload"),
        "scheduler": manage("run_scheduler", "--interval", str(SCHEDULER_INTERVAL_SECONDS)),
        "web server": manage("runserver", f"127.0.0.1:{port}"),
    }


class Supervisor:
    """Start child processes, watch them, and stop them all when one ends or on a signal."""

    def __init__(self, commands, env):
        self.commands = commands
        self.env = env
        self.processes = {}
        self.stopping = threading.Event()

    def start(self):
        for name, command in self.commands.items():
            # Each child gets its own session, so Ctrl-C reaches only this script,
            # which then stops the children in order.
            process = subprocess.Popen(command, cwd=BASE_DIR, env=self.env, start_new_session=True)
            self.processes[name] = process
            logger.info("Started %s (pid %s): %s", name, process.pid, " ".join(command[1:]))

    def watch(self):
        """Block until a signal arrives or a child exits; return this script's exit code."""
        while not self.stopping.is_set():
            for name, process in self.processes.items():
                code = process.poll()
                if code is not None:
                    logger.error("%s (pid %s) exited with code %s; stopping the others", name, process.pid, code)
                    self.stop()
                    return 1
            self.stopping.wait(0.5)
        self.stop()
        return 0

    def stop(self):
        self.stopping.set()
        for name, process in reversed(self.processes.items()):
            if process.poll() is None:
                logger.info("Stopping %s (pid %s)", name, process.pid)
                _signal_group(process, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT_SECONDS
        for name, process in self.processes.items():
            try:
                code = process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                logger.warning(
                    "%s (pid %s) did not stop within %s s; killing it", name, process.pid, STOP_TIMEOUT_SECONDS
                )
                _signal_group(process, signal.SIGKILL)
                code = process.wait()
            logger.info("Stopped %s (pid %s), exit code %s", name, process.pid, code)


def _signal_group(process, signum):
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s run_dev %(message)s")
    port = os.environ.get("PORT", "8000")
    env = dict(os.environ)
    env.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

    supervisor = Supervisor(process_commands(port), env)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda number, frame: supervisor.stopping.set())

    supervisor.start()
    logger.info("Admin: http://127.0.0.1:%s/admin/  GraphQL: http://127.0.0.1:%s/graphql/", port, port)
    return supervisor.watch()


if __name__ == "__main__":
    sys.exit(main())
