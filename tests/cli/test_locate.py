"""Finding the line of a JSON Pointer's value in a ``.json`` file."""

from __future__ import annotations

import json

import pytest

from function_return.cli.validate.locate import line_of

TEXT = """{
  "utterence": "x",
  "listen": {
     "channel": "speech",
     "asr": {"keywords": ["a",
        "b", 3]}
  },
  "a/b~c": 1,
  "dup": 1,
  "dup": {"x": 2},
  "k\\u00e9y": [[], {"deep": [null, true]}]
}"""


@pytest.mark.parametrize(
    ("pointer", "line"),
    [
        ("", 1),
        ("/utterence", 2),
        ("/listen", 3),
        ("/listen/channel", 4),
        ("/listen/asr/keywords/0", 5),
        ("/listen/asr/keywords/2", 6),
        ("/a~1b~0c", 8),
        ("/dup/x", 10),  # the last of repeated keys, as json.loads keeps it
        ("/k\u00e9y/1/deep/1", 11),
    ],
)
def test_the_line_is_where_the_value_starts(pointer: str, line: int) -> None:
    json.loads(TEXT)  # the text is JSON
    assert line_of(TEXT, pointer) == line


@pytest.mark.parametrize(
    "pointer",
    ["/nope", "/listen/asr/keywords/3", "/listen/asr/keywords/x", "/utterence/0", "/dup/y"],
)
def test_a_pointer_to_nothing_has_no_line(pointer: str) -> None:
    assert line_of(TEXT, pointer) is None
