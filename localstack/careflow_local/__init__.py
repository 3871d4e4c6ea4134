"""careflow's local AWS harness and developer CLI (``careflow``).

Not deployed: this package emulates what AWS does around the functions — API Gateway's HTTP API
(payload format 2.0 and the JWT authorizer) and the MSK event source mappings — so the very same
handlers run locally against real Postgres, Redis, Kafka and LocalStack.
"""
