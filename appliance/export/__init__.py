"""Exports of a draft: the contract JSON (`ehcp-draft/1`) and a Word document."""
