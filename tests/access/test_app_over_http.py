"""The app's sign-in flow over real HTTP: sign in, query, refresh, query again, sign out."""

import contextlib
import socket
import threading

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from gql import Client, gql
from gql.transport.exceptions import TransportQueryError
from gql.transport.requests import RequestsHTTPTransport
from wagtail.models import Page

from cms.accounts.roles import Role
from pages.models.choices import Audience
from tests.access.factories import PASSWORD, person
from tests.factories import AcademyHomePageFactory, ModuleIndexPageFactory, ModulePageFactory

# This test package's own range of ports on 127.0.0.1.
PORTS = range(8350, 8400)

# The server thread reads committed data only, so these tests commit. A
# serialized rollback restores the rows that migrations create (root page,
# locale) after each test's flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SIGN_IN = gql("""
mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) { accessToken refreshToken }
}
""")
REFRESH = gql("""
mutation Refresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }
}
""")
SIGN_OUT = gql("mutation { signOut { ok } }")
MODULES = gql("{ modules { items { title } } }")


class QuietRequestHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        pass


def bind_free_port():
    for port in PORTS:
        with contextlib.closing(socket.socket()) as probe:
            if probe.connect_ex(("127.0.0.1", port)) != 0:
                try:
                    return ThreadedWSGIServer(("127.0.0.1", port), QuietRequestHandler), port
                except OSError:
                    continue
    raise RuntimeError(f"No free port in {PORTS.start}-{PORTS.stop - 1} on 127.0.0.1.")


@pytest.fixture
def server_url():
    """Serve the application on a real socket in a thread and yield its base URL."""
    server, port = bind_free_port()
    server.set_app(get_wsgi_application())
    thread = threading.Thread(target=server.serve_forever, name=f"academy-{port}", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def app_client(server_url, access_token=None):
    headers = {"Authorization": f"Bearer {access_token}"} if access_token else {}
    return Client(transport=RequestsHTTPTransport(url=f"{server_url}/graphql/", headers=headers, timeout=10))


@pytest.fixture
def module_for_volunteers():
    # Built here, not with the academy fixture, because that one requests the non-transactional db fixture.
    home = AcademyHomePageFactory(parent=Page.get_first_root_node())
    modules = ModuleIndexPageFactory(parent=home)
    return ModulePageFactory(parent=modules, title="Den gode modtagelse", audience=Audience.VOLUNTEERS)


def test_app_signs_in_queries_refreshes_and_signs_out(server_url, module_for_volunteers):
    person([Role.VOLUNTEER], username="mette")

    # Sign in.
    tokens = app_client(server_url).execute(SIGN_IN, variable_values={"username": "mette", "password": PASSWORD})["signIn"]
    assert tokens["accessToken"].startswith("hsa_")

    # Query with the access token.
    modules = app_client(server_url, tokens["accessToken"]).execute(MODULES)["modules"]["items"]
    assert [module["title"] for module in modules] == ["Den gode modtagelse"]

    # Refresh: the new access token works and the old one stops.
    refreshed = app_client(server_url).execute(REFRESH, variable_values={"refreshToken": tokens["refreshToken"]})["refreshToken"]
    assert app_client(server_url, refreshed["accessToken"]).execute(MODULES)["modules"]["items"]
    with pytest.raises(TransportQueryError) as old_token_error:
        app_client(server_url, tokens["accessToken"]).execute(MODULES)
    assert old_token_error.value.errors[0]["extensions"]["code"] == "INVALID_TOKEN"

    # Sign out: the access token stops working.
    assert app_client(server_url, refreshed["accessToken"]).execute(SIGN_OUT)["signOut"]["ok"] is True
    with pytest.raises(TransportQueryError) as signed_out_error:
        app_client(server_url, refreshed["accessToken"]).execute(MODULES)
    assert signed_out_error.value.errors[0]["extensions"]["code"] == "INVALID_TOKEN"


def test_anonymous_app_sees_no_modules(server_url, module_for_volunteers):
    modules = app_client(server_url).execute(MODULES)["modules"]["items"]
    assert modules == []
