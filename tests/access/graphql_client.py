"""Helpers to call /graphql/ through Django's test client."""

import json

SIGN_IN = """
mutation SignIn($username: String, $email: String, $password: String!, $useSession: Boolean) {
  signIn(username: $username, email: $email, password: $password, useSession: $useSession) {
    accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt
    viewer { username roles centreName isSecretariat }
  }
}
"""

REFRESH = """
mutation Refresh($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }
}
"""

SIGN_OUT = """
mutation SignOut($refreshToken: String) { signOut(refreshToken: $refreshToken) { ok } }
"""

VIEWER = "{ viewer { username name roles } }"


def post_graphql(client, query, variables=None, **headers):
    """POST a query and return the response; its JSON is ``response.json()``."""
    return client.post(
        "/graphql/",
        json.dumps({"query": query, "variables": variables or {}}),
        content_type="application/json",
        headers=headers,
    )


def bearer(token):
    return {"Authorization": f"Bearer {token}"}


def error_codes(response):
    return [error.get("extensions", {}).get("code") for error in response.json().get("errors", [])]


def sign_in(client, username, password, **headers):
    response = post_graphql(client, SIGN_IN, {"username": username, "password": password}, **headers)
    return response.json()["data"]["signIn"]
