"""careflow's CDK app: one construct per concern, environments from ``cdk.json`` context.

The package is named ``careflow_cdk`` (never ``cdk``) so it cannot shadow the ``aws_cdk`` import
or collide with the folder name when ``cdk/`` is on ``sys.path``.
"""
