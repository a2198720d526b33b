import re
from pathlib import Path

import pytest

from cms.graphql.auth import AccessCode
from cms.graphql.errors import ErrorCode
from cms.graphql.limits import LimitCode

ERROR_CODES_DOC = Path(__file__).resolve().parents[2] / "docs" / "error-codes.md"


def codes_of(holder):
    return sorted(value for name, value in vars(holder).items() if name.isupper() and isinstance(value, str))


@pytest.mark.parametrize("code", codes_of(ErrorCode) + codes_of(LimitCode) + codes_of(AccessCode))
def test_error_code_is_documented(code):
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", ERROR_CODES_DOC.read_text(), flags=re.MULTILINE))
    assert code in documented
