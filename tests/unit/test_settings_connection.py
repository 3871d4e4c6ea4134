"""IAM authentication for RDS Proxy: a token per connection attempt, one boto3 client per
container (run_agent builds a DSN for every record)."""

from unittest import mock

from careflow_rds import connection
from careflow_shared.settings import Settings


def test_iam_dsn_signs_a_token_with_one_cached_client():
    settings = Settings(
        db_auth="iam",
        db_host="proxy.example",
        db_port=5432,
        db_user="careflow_app",
        region="eu-central-1",
    )
    connection._rds_client.cache_clear()
    client = mock.Mock()
    client.generate_db_auth_token.side_effect = ["tok-1", "tok-2"]
    with mock.patch("boto3.client", return_value=client) as make:
        first, second = connection.dsn(settings), connection.dsn(settings)
    assert make.call_count == 1
    assert "password='tok-1'" in first and "password='tok-2'" in second
    assert "sslmode='require'" in first
    client.generate_db_auth_token.assert_called_with(
        DBHostname="proxy.example", Port=5432, DBUsername="careflow_app"
    )
    connection._rds_client.cache_clear()
