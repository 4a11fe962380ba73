"""The contract core: the schema, the validators, the errors they report, and parsing.

Depends on nothing else in the package. ``validate`` answers in one compiled pass and loads
``explaining`` (the explainer compiled from the schema) only to explain a failure; ``diagnose``
(jsonschema) is the reference the tests hold it to.
"""
