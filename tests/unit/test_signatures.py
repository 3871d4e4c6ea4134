from careflow_shared.signatures import sign, verify

BODY = b'{"object":"whatsapp_business_account","entry":[]}'


def test_a_body_signed_with_the_app_secret_verifies():
    assert verify(BODY, sign(BODY, "s3cret"), "s3cret")


def test_wrong_secret_changed_body_or_missing_header_fail():
    header = sign(BODY, "s3cret")
    assert not verify(BODY, header, "other")
    assert not verify(BODY + b" ", header, "s3cret")
    assert not verify(BODY, None, "s3cret")
    assert not verify(BODY, header.removeprefix("sha256="), "s3cret")
    assert not verify(BODY, "sha1=" + header[7:], "s3cret")
