"""Imported once by the fork server that reads uploads (`isolation`): loading it loads the
parsers and spaCy's model, so every child forked to read a file starts with them in memory
instead of spending seconds loading them again."""

from __future__ import annotations

from appliance.ingest import parse

parse.parse_txt(b"Warming up\n\nThe parsers and the language model are loaded once, here.\n")
