import json
import logging

from careflow_shared.log import PiiScrubFilter, get_logger, scrub


def test_scrub_masks_emails_phones_ibans_and_ids():
    text = (
        "call +90 555 111 22 33 or mail ayse@example.com, TC 10000000146, "
        "IBAN TR330006100519786457841326"
    )
    out = scrub(text)
    for secret in (
        "555 111 22 33",
        "ayse@example.com",
        "10000000146",
        "TR330006100519786457841326",
    ):
        assert secret not in out


def test_filter_scrubs_message_args_and_extra_fields():
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "from %s", ("+905551112233",), None)
    record.phone = "905551112233"
    assert PiiScrubFilter().filter(record)
    assert "5551112233" not in record.getMessage()
    assert "5551112233" not in record.phone


def test_powertools_logger_output_has_no_pii(capsys):
    logger = get_logger("unit-test")
    logger.info("patient wrote from 905551112233", extra={"email": "x@y.org"})
    out = capsys.readouterr().out + capsys.readouterr().err
    line = json.loads(out.strip().splitlines()[-1])
    assert "905551112233" not in json.dumps(line) and "x@y.org" not in json.dumps(line)
    assert line["service"] == "unit-test"
