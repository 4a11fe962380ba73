"""The contract core: the schema, the validators, the errors they report, and parsing.

Depends on nothing else in the package. ``validate`` answers in one compiled pass and loads
``diagnose`` (jsonschema) only to explain a failure.
"""
