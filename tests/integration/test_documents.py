"""The documents layer against LocalStack's S3."""

import uuid

import pytest

from careflow_documents.store import case_key, get_json, get_s3, put_json
from careflow_shared.settings import get_settings


def test_reports_are_written_under_the_tenant_and_case_prefix(services):
    case = str(uuid.uuid4())
    key = case_key("demo-clinic", case, "decisions", "e1.json")
    assert key == f"tenants/demo-clinic/cases/{case}/decisions/e1.json"
    put_json(key, {"intent": "price_quote", "ü": "ş"})
    assert get_json(key) == {"intent": "price_quote", "ü": "ş"}
    head = get_s3().head_object(Bucket=get_settings().documents_bucket, Key=key)
    assert head["ContentType"] == "application/json"


@pytest.mark.parametrize("bad", ["../other-tenant", "a/b", "", ".hidden"])
def test_keys_cannot_escape_their_prefix(bad):
    with pytest.raises(ValueError):
        case_key("demo-clinic", bad)
    with pytest.raises(ValueError):
        case_key(bad, "case")
