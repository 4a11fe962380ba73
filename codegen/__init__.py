"""Build-time code generation: everything in ``generated/`` is made from ``schema/`` here.

Runs from a checkout only (``make generate``, ``make check-generated``); it is not part of the
wheel. ``compile`` turns the schema into the specialised validator, ``generate`` writes every
file of ``generated/``, ``clients`` runs the TypeScript and Python client generators.
"""
