"""Contract tests of any implementation of the endpoint (the ``[contract-test]`` extra).

``engine`` drives schemathesis over the bundled OpenAPI document and judges every ``body`` with
the core's validator; ``report`` holds what a run found and writes it. No argument parsing here:
that is the CLI's.
"""
