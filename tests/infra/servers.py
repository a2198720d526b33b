"""Real HTTP servers for the infrastructure tests, bound to 127.0.0.1 in this package's port range."""

import contextlib
import subprocess
import threading
import time

import requests
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application

from tests.infra.conftest import free_port


class QuietRequestHandler(WSGIRequestHandler):
    """Django's development request handler without an access-log line per request."""

    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def wsgi_server():
    """Serve this process's Django application in a thread and yield its base URL.

    The server is the threaded WSGI server that ``runserver`` uses, so requests
    go through real sockets, HTTP parsing and the full middleware stack.
    """
    port = free_port()
    server = ThreadedWSGIServer(("127.0.0.1", port), QuietRequestHandler)
    server.set_app(get_wsgi_application())
    thread = threading.Thread(target=server.serve_forever, name=f"wsgi-{port}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@contextlib.contextmanager
def runserver(manage, env, timeout=60):
    """Start ``manage.py runserver`` in a subprocess, yield its base URL, and stop it afterwards.

    ``manage`` is the command prefix (Python and manage.py). Raises RuntimeError
    with the server's output when it does not respond within ``timeout`` seconds.
    """
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_serving(url, process, timeout)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_until_serving(url, process, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"runserver exited with code {process.returncode}:\n{process.stdout.read()}")
        try:
            requests.get(f"{url}/admin/login/", timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.3)
    process.terminate()
    output, _ = process.communicate(timeout=10)
    raise RuntimeError(f"runserver did not respond on {url} within {timeout} s:\n{output}")
