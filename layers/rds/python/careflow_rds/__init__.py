"""The rds layer: Postgres connections, migrations, tenant-scoped transactions, repositories.

Connections come from a small pool per Lambda container (leased per transaction, reused across
warm invocations, see :mod:`careflow_rds.connection`); every query runs inside
:func:`careflow_rds.tenancy.tenant_transaction`, which sets the row-level-security tenant for
that transaction only (``SET LOCAL`` semantics), so a pooled connection (RDS Proxy) never leaks a
tenant to the next caller and no session state pins the connection.
"""
