import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import translation

from cms.accounts.models import Membership
from tests.factories import CentrePageFactory

User = get_user_model()

HEADER = "name,email,centre,role\n"


@pytest.fixture
def odense(academy):
    return CentrePageFactory(parent=academy.centres, title="headspace Odense", slug="odense")


def run_import(tmp_path, text, *options, encoding="utf-8"):
    path = tmp_path / "people.csv"
    path.write_bytes(text.encode(encoding))
    stdout, stderr = io.StringIO(), io.StringIO()
    # English output, so that the asserts do not depend on the Danish catalogue's wording.
    with translation.override("en"):
        call_command("import_people", str(path), *options, stdout=stdout, stderr=stderr)
    return stdout.getvalue(), stderr.getvalue()


def test_import_creates_person_with_membership(tmp_path, odense):
    run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,headspace Odense,volunteer\n")
    membership = Membership.objects.get(user__email="mette@example.dk")
    assert membership.centre_id == odense.pk
    assert membership.roles == ["volunteer"]
    assert membership.user.first_name == "Mette"
    assert membership.user.last_name == "Jensen"


def test_imported_person_has_no_usable_password(tmp_path, odense):
    run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n")
    assert not User.objects.get(email="mette@example.dk").has_usable_password()


def test_import_reports_counts(tmp_path, odense):
    stdout, _stderr = run_import(
        tmp_path,
        HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\nOle Hansen,ole@example.dk,Nowhere,staff\n",
    )
    assert "1 created, 0 updated, 0 skipped, 1 rejected." in stdout


def test_rejected_row_names_line_and_reason(tmp_path, odense):
    _stdout, stderr = run_import(tmp_path, HEADER + "Ole Hansen,ole@example.dk,Nowhere,staff\n")
    assert "Line 2" in stderr
    assert "unknown centre" in stderr


@pytest.mark.parametrize(
    "row, reason",
    [
        (",ole@example.dk,odense,staff", "name is missing"),
        ("Ole Hansen,not-an-email,odense,staff", "invalid email"),
        ("Ole Hansen,ole@example.dk,odense,king", "unknown role"),
        ("Ole Hansen,ole@example.dk,,staff", "centre is missing"),
        ("Ole Hansen,ole@example.dk,odense,", "role is missing"),
        ("Ole Hansen,ole@example.dk,secretariat,centre editor", "needs a centre"),
    ],
)
def test_bad_row_is_rejected(tmp_path, odense, row, reason):
    _stdout, stderr = run_import(tmp_path, HEADER + row + "\n")
    assert reason in stderr
    assert not User.objects.filter(email="ole@example.dk").exists()


def test_rerun_skips_existing_people(tmp_path, odense):
    text = HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n"
    run_import(tmp_path, text)
    stdout, _stderr = run_import(tmp_path, text)
    assert "0 created, 0 updated, 1 skipped, 0 rejected." in stdout
    assert User.objects.filter(email="mette@example.dk").count() == 1


def test_second_line_adds_role(tmp_path, odense):
    run_import(
        tmp_path,
        HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\nMette Jensen,mette@example.dk,odense,læringspilot\n",
    )
    assert Membership.objects.get(user__email="mette@example.dk").roles == ["volunteer", "learning_pilot"]


def test_other_centre_for_existing_person_is_rejected(tmp_path, odense, academy):
    CentrePageFactory(parent=academy.centres, title="headspace Aalborg", slug="aalborg")
    run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n")
    _stdout, stderr = run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,aalborg,volunteer\n")
    assert "already belongs to headspace Odense" in stderr


def test_dry_run_saves_nothing(tmp_path, odense):
    stdout, _stderr = run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n", "--dry-run")
    assert "Dry run" in stdout
    assert "1 created" in stdout
    assert not User.objects.filter(email="mette@example.dk").exists()


def test_dry_run_counts_repeated_person_once(tmp_path, odense):
    stdout, _stderr = run_import(
        tmp_path,
        HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\nMette Jensen,mette@example.dk,odense,staff\n",
        "--dry-run",
    )
    assert "1 created, 1 updated" in stdout


def test_send_invitations_emails_created_people(tmp_path, odense):
    run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n", "--send-invitations")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["mette@example.dk"]
    assert "/account/set-password/" in mail.outbox[0].body


def test_rerun_sends_no_second_invitation(tmp_path, odense):
    text = HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n"
    run_import(tmp_path, text, "--send-invitations")
    run_import(tmp_path, text, "--send-invitations")
    assert len(mail.outbox) == 1


def test_dry_run_sends_no_invitations(tmp_path, odense):
    run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n", "--dry-run", "--send-invitations")
    assert mail.outbox == []


def test_semicolon_separated_file_is_read(tmp_path, odense):
    run_import(tmp_path, "name;email;centre;role\nMette Jensen;mette@example.dk;odense;frivillig\n")
    assert Membership.objects.get(user__email="mette@example.dk").roles == ["volunteer"]


def test_secretariat_row_creates_secretariat_member(tmp_path, odense):
    run_import(tmp_path, HEADER + "Anne Holm,anne@example.dk,sekretariatet,academy team\n")
    membership = Membership.objects.get(user__email="anne@example.dk")
    assert membership.is_secretariat
    assert membership.centre is None


def test_missing_column_stops_import(tmp_path, odense):
    with pytest.raises(CommandError, match="role"):
        run_import(tmp_path, "name,email,centre\nMette Jensen,mette@example.dk,odense\n")


def test_non_utf8_file_stops_import(tmp_path, odense):
    with pytest.raises(CommandError, match="UTF-8"):
        run_import(tmp_path, HEADER + "Søren Ø,soren@example.dk,odense,volunteer\n", encoding="latin-1")


def test_missing_file_stops_import(tmp_path, db):
    with translation.override("en"), pytest.raises(CommandError, match="Cannot read"):
        call_command("import_people", str(tmp_path / "absent.csv"))


def test_deactivated_person_is_rejected(tmp_path, odense):
    text = HEADER + "Mette Jensen,mette@example.dk,odense,volunteer\n"
    run_import(tmp_path, text)
    User.objects.filter(email="mette@example.dk").update(is_active=False)
    _stdout, stderr = run_import(tmp_path, HEADER + "Mette Jensen,mette@example.dk,odense,staff\n")
    assert "deactivated" in stderr


def test_email_too_long_for_username_is_rejected(tmp_path, odense):
    email = "o" * 200 + "@example.dk"
    _stdout, stderr = run_import(tmp_path, HEADER + f"Ole Hansen,{email},odense,staff\n")
    assert "Line 2" in stderr
    assert "longer than 150 characters" in stderr
    assert not User.objects.filter(email=email).exists()


def test_email_over_254_characters_is_rejected(tmp_path, odense):
    email = "o" * 60 + "@" + ".".join(["d" * 60] * 4) + ".dk"
    _stdout, stderr = run_import(tmp_path, HEADER + f"Ole Hansen,{email},odense,staff\n")
    assert "Line 2" in stderr
    assert "rejected" in stderr
    assert not User.objects.filter(email=email).exists()


def test_name_with_nul_is_rejected(tmp_path, odense):
    _stdout, stderr = run_import(tmp_path, HEADER + "Ole\x00 Hansen,ole@example.dk,odense,staff\n")
    assert "Line 2" in stderr
    assert "NUL character" in stderr
    assert not User.objects.filter(email="ole@example.dk").exists()


def test_name_too_long_is_rejected(tmp_path, odense):
    _stdout, stderr = run_import(tmp_path, HEADER + "Ole " + "H" * 200 + ",ole@example.dk,odense,staff\n")
    assert "Line 2" in stderr
    assert "at most 150 characters" in stderr
    assert not User.objects.filter(email="ole@example.dk").exists()


def test_rows_after_rejected_row_are_imported(tmp_path, odense):
    text = HEADER + "Ole\x00 Hansen,ole@example.dk,odense,staff\nMette Jensen,mette@example.dk,odense,volunteer\n"
    stdout, _stderr = run_import(tmp_path, text)
    assert "1 created, 0 updated, 0 skipped, 1 rejected." in stdout


def test_unknown_role_lists_accepted_names(tmp_path, odense):
    _stdout, stderr = run_import(tmp_path, HEADER + "Ole Hansen,ole@example.dk,odense,king\n")
    assert "centre_editor" in stderr
    assert "lokal redaktør" in stderr
    assert "frivillig" in stderr


def test_missing_file_names_reason(tmp_path, db):
    with translation.override("en"), pytest.raises(CommandError) as error:
        call_command("import_people", str(tmp_path / "absent.csv"))
    assert "the file does not exist" in str(error.value)


def test_folder_instead_of_file_stops_import(tmp_path, db):
    with translation.override("en"), pytest.raises(CommandError) as error:
        call_command("import_people", str(tmp_path))
    assert "it is a folder" in str(error.value)
