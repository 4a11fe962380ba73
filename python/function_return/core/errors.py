"""The exception raised for an invalid return, and the record of each error in it.

Exception tree::

    ValueError
     └── ReturnValidationError      raised by validate(), parse(), to_dict() and, for a
                                    function's side effects, validate_effects()
                                    .errors: list[ErrorDetail], every error found

Lint findings (``Finding``) are data, never exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass

from function_return.core.pointer import shorten


@dataclass(frozen=True, slots=True)
class ErrorDetail:
    """One reason a value breaks the contract.

    Attributes:
        path: JSON Pointer (RFC 6901) of the offending value in the input; ``""`` is the root.
        schema_path: JSON Pointer, as a URI fragment, of the schema keyword that failed
            (``"#/$defs/Listen/properties/channel/enum"``), or of the JSON rule broken
            (``"#json/finite"``) for values that cannot be JSON at all.
        keyword: the failing JSON Schema keyword (``"enum"``, ``"additionalProperties"``...),
            or ``"json"`` for a value that has no JSON form.
        message: what is wrong and, where it can tell, how to fix it.
    """

    path: str
    schema_path: str
    keyword: str
    message: str

    def __str__(self) -> str:
        """The pointer (long segments cut with "…") and the message, on one line."""
        return f"{shorten(self.path) or '(root)'}: {self.message}"

    def as_dict(self) -> dict[str, str]:
        """The error as a JSON object: ``path``, ``schema_path``, ``keyword``, ``message``."""
        return {
            "path": self.path,
            "schema_path": self.schema_path,
            "keyword": self.keyword,
            "message": self.message,
        }


class ReturnValidationError(ValueError):
    """A function's return value breaks the contract.

    ``errors`` lists every error found, ordered by location, each with its exact pointer;
    ``str()`` shows the first ``SHOWN`` of them, each on a line of bounded length.
    """

    SHOWN = 100

    def __init__(self, errors: list[ErrorDetail], *, subject: str = "function return") -> None:
        self.errors = errors
        count = len(errors)
        head = f"invalid {subject} ({count} error{'s' if count != 1 else ''})"
        lines = [f"  {e}" for e in errors[: self.SHOWN]]
        if count > self.SHOWN:
            lines.append(f"  (the first {self.SHOWN} of {count})")
        super().__init__("\n".join([head, *lines]))


for _public in (ErrorDetail, ReturnValidationError):
    _public.__module__ = "function_return"  # shown as function_return.X in tracebacks and reprs
