# Generated from schema/function_return.schema.json by codegen.generate; do not edit: run `make generate`.
"""Generated from ``schema/``: the dataclasses, the fast validators, the schema text.

Nothing here is edited by hand; ``make generate`` rewrites it and ``make check-generated``
fails when it differs from what the schema gives.
"""
