"""careflow_channels: the outbound side of the channels — provider HTTP calls with timeouts,
retries and a per-tenant circuit breaker; WhatsApp, Instagram and OnlyChannel senders; WhatsApp
media download; the Doktor365 client and case sync; the FHIR R4 export of a case.

Attached to the functions that talk to the outside world. Heavy imports (``fhir.resources``) stay
inside the functions that need them, so attaching this layer costs nothing at cold start.
"""
