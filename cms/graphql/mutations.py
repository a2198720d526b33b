"""Account mutations and the ``viewer`` query: sign-in, tokens, sign-out and passwords."""

import logging

import graphene
from django.contrib.auth import login, logout
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cms.accounts import passwords
from cms.accounts.models import AuthToken, digest, membership_for
from cms.accounts.signin import SignInFailed, record_token_sign_in, sign_in
from cms.accounts.tokens import (
    InvalidRefreshToken,
    issue_token_pair,
    refresh_token_pair,
    revoke_session,
    session_key_for_access_token,
)
from cms.graphql.auth import AccessCode, AuthMethod, check_csrf, graphql_error

logger = logging.getLogger(__name__)

# One reset email per address in this many seconds, so the mutation cannot flood an inbox.
PASSWORD_RESET_EMAIL_INTERVAL_SECONDS = 60


class Viewer(graphene.ObjectType):
    """The signed-in person."""

    username = graphene.String(required=True, description="The person's username.")
    name = graphene.String(required=True, description="Full name.")
    email = graphene.String(required=True, description="Email address.")
    centre_id = graphene.ID(description="Id of the person's centre page; null at the secretariat.")
    centre_name = graphene.String(description="Name of the person's centre; null at the secretariat.")
    is_secretariat = graphene.Boolean(required=True, description="Whether the person works at the secretariat.")
    roles = graphene.List(
        graphene.NonNull(graphene.String),
        required=True,
        description="Roles: volunteer, staff, centre_editor, learning_pilot, academy_team.",
    )

    @staticmethod
    def from_user(user):
        membership = membership_for(user)
        centre = membership.centre if membership else None
        return Viewer(
            username=user.get_username(),
            name=user.get_full_name(),
            email=user.email,
            centre_id=centre.pk if centre else None,
            centre_name=centre.title if centre else None,
            is_secretariat=bool(membership and membership.is_secretariat),
            roles=list(membership.roles) if membership else [],
        )


class AccountQueries:
    """Root field ``viewer``."""

    viewer = graphene.Field(Viewer, description="The signed-in person, or null for anonymous requests.")

    def resolve_viewer(root, info):
        user = info.context.user
        return Viewer.from_user(user) if user.is_authenticated else None


class TokenPayload(graphene.ObjectType):
    """The tokens of a sign-in or refresh, and the signed-in person."""

    access_token = graphene.String(description="Send as “Authorization: Bearer <token>”; null for a session sign-in.")
    access_token_expires_at = graphene.DateTime(description="When the access token expires.")
    refresh_token = graphene.String(description="Use once with refreshToken to get a new pair; keep it secret.")
    refresh_token_expires_at = graphene.DateTime(description="When the refresh token expires.")
    viewer = graphene.Field(Viewer, required=True, description="The signed-in person.")

    @staticmethod
    def from_pair(user, pair):
        return TokenPayload(
            access_token=pair.access_token,
            access_token_expires_at=pair.access_token_expires_at,
            refresh_token=pair.refresh_token,
            refresh_token_expires_at=pair.refresh_token_expires_at,
            viewer=Viewer.from_user(user),
        )


class SignIn(graphene.Mutation):
    """Sign in with a username or an email address and a password."""

    class Arguments:
        username = graphene.String(description="Username or email address.")
        email = graphene.String(description="Email address, instead of username.")
        password = graphene.String(required=True, description="The password.")
        use_session = graphene.Boolean(
            default_value=False,
            description="Sign in with Django's session cookie instead of tokens (same-site web only; needs the CSRF token).",
        )

    Output = TokenPayload

    def mutate(root, info, password, username=None, email=None, use_session=False):
        request = info.context
        if use_session and not check_csrf(request):
            raise graphql_error(_("The CSRF token is missing or invalid; get one from /graphql/csrf/."), AccessCode.CSRF_FAILED)
        try:
            user = sign_in(request, username or email, password)
        except SignInFailed as error:
            extensions = {"retryAfter": error.retry_after} if error.retry_after else {}
            raise graphql_error(str(error), error.code, **extensions) from None

        if use_session:
            # ``authenticate`` set ``user.backend``, which ``login`` stores in the session.
            login(request, user)
            logger.info("User %s signed in with a session", user.pk)
            return TokenPayload(viewer=Viewer.from_user(user))
        record_token_sign_in(request, user)
        return TokenPayload.from_pair(user, issue_token_pair(user))


class RefreshToken(graphene.Mutation):
    """Exchange a refresh token for a new access token and refresh token; the old pair stops working."""

    class Arguments:
        refresh_token = graphene.String(required=True, description="The refresh token from signIn or the last refresh.")

    Output = TokenPayload

    def mutate(root, info, refresh_token):
        try:
            user, pair = refresh_token_pair(refresh_token)
        except InvalidRefreshToken:
            raise graphql_error(
                _("The refresh token is invalid, used or expired; sign in again."), AccessCode.INVALID_REFRESH_TOKEN
            ) from None
        return TokenPayload.from_pair(user, pair)


class SignOut(graphene.Mutation):
    """Sign out: revoke the tokens of this sign-in, or end the session."""

    class Arguments:
        refresh_token = graphene.String(description="Revoke the sign-in this refresh token belongs to.")

    ok = graphene.Boolean(required=True, description="Always true; signing out twice is not an error.")

    def mutate(root, info, refresh_token=None):
        request = info.context
        session_keys = set()
        if getattr(request, "auth_method", None) == AuthMethod.BEARER:
            access_token = request.META["HTTP_AUTHORIZATION"].partition(" ")[2].strip()
            session_keys.add(session_key_for_access_token(access_token))
        if refresh_token:
            session_keys.add(
                AuthToken.objects.filter(kind=AuthToken.Kind.REFRESH, digest=digest(refresh_token))
                .values_list("session_key", flat=True)
                .first()
            )
        for session_key in session_keys - {None}:
            revoke_session(session_key, AuthToken.RevokedReason.SIGN_OUT)
        if getattr(request, "auth_method", None) == AuthMethod.SESSION and request.user.is_authenticated:
            logger.info("User %s signed out of a session", request.user.pk)
            logout(request)
        return SignOut(ok=True)


class RequestPasswordReset(graphene.Mutation):
    """Email a link to choose a new password. The response is the same whether or not the address has an account."""

    class Arguments:
        email = graphene.String(required=True, description="The account's email address.")

    ok = graphene.Boolean(required=True, description="Always true.")

    def mutate(root, info, email):
        throttle_key = "password-reset-email:" + digest(email.strip().lower())
        if cache.add(throttle_key, True, timeout=PASSWORD_RESET_EMAIL_INTERVAL_SECONDS):
            passwords.request_password_reset(email)
        return RequestPasswordReset(ok=True)


class SetPassword(graphene.Mutation):
    """Set a new password with the uid and token from an invitation or reset link."""

    class Arguments:
        uid = graphene.String(required=True, description="The uid part of the link.")
        token = graphene.String(required=True, description="The token part of the link.")
        new_password = graphene.String(required=True, description="The new password.")

    ok = graphene.Boolean(required=True, description="True when the password was set.")

    def mutate(root, info, uid, token, new_password):
        try:
            passwords.set_password_from_link(uid, token, new_password)
        except passwords.InvalidSetPasswordLink:
            raise graphql_error(
                _("The link is no longer valid: it has been used or has expired. Ask for a new one."),
                AccessCode.INVALID_PASSWORD_LINK,
            ) from None
        except ValidationError as error:
            raise graphql_error(" ".join(error.messages), AccessCode.INVALID_PASSWORD, reasons=error.messages) from None
        return SetPassword(ok=True)


class AccountMutations:
    """Mutations for signing in and out, tokens and passwords."""

    sign_in = SignIn.Field(description=SignIn.__doc__)
    refresh_token = RefreshToken.Field(description=RefreshToken.__doc__)
    sign_out = SignOut.Field(description=SignOut.__doc__)
    request_password_reset = RequestPasswordReset.Field(description=RequestPasswordReset.__doc__)
    set_password = SetPassword.Field(description=SetPassword.__doc__)
