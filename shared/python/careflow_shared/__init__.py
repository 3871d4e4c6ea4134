"""careflow's shared kernel: contracts, settings, errors, telemetry, the case state machine.

Nothing in here talks to an AWS resource; the layers under ``layers/`` do that. On Lambda this
package is part of the ``shared`` layer and lives in ``/opt/python``; locally the same folder is
put on ``sys.path`` so the import path is identical.
"""
