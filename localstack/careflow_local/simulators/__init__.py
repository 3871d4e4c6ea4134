"""Local stand-ins for the outside world careflow talks to, all on 127.0.0.1:

* ``meta_graph`` — Meta's Graph API (WhatsApp send + media, Instagram send) and OnlyChannel's
  send endpoint (under ``/onlychannel``); suggested port 18081;
* ``doktor365`` — a stateful Doktor365 patient-management API (our contract); port 18082;
* ``llm`` — an OpenAI-compatible chat-completions endpoint with controllable latency, token
  usage and faults (``openai_compat``'s endpoint ``http://127.0.0.1:18083/v1``); port 18083.

Each records every request exactly, can be told to answer 429/5xx or hang, and runs either in
the test process (``start(port=0)``) or as a process
(``python -m careflow_local.simulators.<name> --port N``).
"""

from careflow_local import paths  # noqa: F401  (the layers, for the Doktor365 contract models)
