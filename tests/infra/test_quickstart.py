"""The SQLite quickstart works: migrate, load the demo, create the admin, serve GraphQL.

These are the steps ``make run`` takes, run as subprocesses with the development
settings against a new SQLite file, then queried over HTTP.
"""

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.infra.conftest import free_port
from tests.infra.servers import runserver, wait_until_serving

pytestmark = pytest.mark.slow

BASE_DIR = Path(__file__).resolve().parent.parent.parent
MANAGE = [sys.executable, str(BASE_DIR / "manage.py")]

SIGN_IN = "mutation { signIn(username: \"frivillig\", password: \"academy-dev\") { accessToken } }"
FIRST_QUERY = "{ modules { totalCount items { title } } }"


@pytest.fixture(scope="module")
def quickstart_env(tmp_path_factory):
    """Return the environment of a quickstart in a temporary folder, migrated and with the demo loaded."""
    folder = tmp_path_factory.mktemp("quickstart")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
        "MEDIA_ROOT": str(folder / "media"),
    }
    for command in (["migrate", "--noinput"], ["load_demo_content"], ["create_dev_accounts"]):
        result = subprocess.run([*MANAGE, *command], env=env, cwd=BASE_DIR, capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, f"{command[0]} failed:\n{result.stdout}\n{result.stderr}"
    return env


@pytest.fixture(scope="module")
def quickstart_url(quickstart_env):
    """Serve the quickstart with ``runserver`` for the tests of this module and yield its base URL."""
    with runserver(MANAGE, quickstart_env) as base_url:
        yield base_url


def count_objects(env):
    """Return the numbers of pages, images, documents and films in the quickstart database."""
    script = (
        "from wagtail.models import Page; from wagtail.images.models import Image; "
        "from wagtail.documents.models import Document; from media_pipeline.models import Film; "
        "print(Page.objects.count(), Image.objects.count(), Document.objects.count(), Film.objects.count())"
    )
    result = subprocess.run(
        [*MANAGE, "shell", "-c", script], env=env, cwd=BASE_DIR, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_quickstart_volunteer_reads_demo_modules(quickstart_url):
    signed_in = requests.post(f"{quickstart_url}/graphql/", json={"query": SIGN_IN}, timeout=30).json()
    token = signed_in["data"]["signIn"]["accessToken"]

    response = requests.post(
        f"{quickstart_url}/graphql/",
        json={"query": FIRST_QUERY},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )

    body = response.json()
    assert response.status_code == 200, body
    assert "errors" not in body, body
    assert body["data"]["modules"]["totalCount"] >= 8


def test_quickstart_anonymous_reads_no_modules(quickstart_url):
    response = requests.post(f"{quickstart_url}/graphql/", json={"query": FIRST_QUERY}, timeout=30)
    assert response.json()["data"]["modules"]["totalCount"] == 0


def test_quickstart_serves_admin_login(quickstart_url):
    response = requests.get(f"{quickstart_url}/admin/login/", timeout=30)
    assert response.status_code == 200


def test_quickstart_offers_graphiql_in_development(quickstart_url):
    response = requests.get(f"{quickstart_url}/graphql/", headers={"Accept": "text/html"}, timeout=30)
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


def test_quickstart_admin_can_sign_in(quickstart_url):
    session = requests.Session()
    session.get(f"{quickstart_url}/admin/login/", timeout=30)
    response = session.post(
        f"{quickstart_url}/admin/login/",
        data={"username": "admin", "password": "academy-dev", "csrfmiddlewaretoken": session.cookies["csrftoken"]},
        headers={"Referer": f"{quickstart_url}/admin/login/"},
        timeout=30,
    )
    assert response.url == f"{quickstart_url}/admin/"


def test_second_demo_load_creates_nothing(quickstart_env):
    before = count_objects(quickstart_env)
    result = subprocess.run(
        [*MANAGE, "load_demo_content"], env=quickstart_env, cwd=BASE_DIR, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    assert count_objects(quickstart_env) == before


def test_run_dev_stops_all_processes_on_sigterm(quickstart_env):
    port = free_port()
    supervisor = subprocess.Popen(
        [sys.executable, str(BASE_DIR / "scripts" / "run_dev.py")],
        env={**quickstart_env, "PORT": str(port)},
        cwd=BASE_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", supervisor, timeout=60)
    finally:
        supervisor.send_signal(signal.SIGTERM)
        output, _ = supervisor.communicate(timeout=60)

    assert supervisor.returncode == 0, output
    for name in ("task worker", "scheduler", "web server"):
        assert f"Started {name}" in output
        assert f"Stopped {name}" in output
    started = [int(pid) for pid in re.findall(r"Started [a-z ]+ \(pid (\d+)\)", output)]
    assert started
    assert not [pid for pid in started if process_exists(pid)]


def process_exists(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
