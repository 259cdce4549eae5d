"""Errors the core raises. Messages are written for the person who will read them.

ApplianceError
 +-- InputError            bad input from a user; safe to show
 |    +-- UnreadableDocument   corrupt, empty, encrypted or unsupported file
 |    +-- DocumentTooLarge
 |    +-- ConsentRequired       no lawful basis / family-informed date on the case yet
 +-- NotFound
 +-- PermissionDenied
 +-- DirectoryError        the council's directory or sign-in provider cannot be used now
 +-- StoreError            the encrypted store cannot be opened (wrong key, not a store)
 |    +-- DiskFull             the disk is full: nothing was saved
 |    +-- StoreDamaged         the store file is damaged (a page fails its check)
 +-- ModelError            the model file is missing, altered or failed
 |    +-- ModelUnavailable     the council model server cannot be used now (unreachable, refused the key, ...)
 |    +-- ModelReplyError      one reply from the model server was unusable (not JSON, no choices)
 +-- Cancelled             a job was cancelled by its owner
"""

from __future__ import annotations


class ApplianceError(Exception):
    """Base of every error the core raises on purpose."""


class InputError(ApplianceError):
    """`field` names the form field the message is about, where there is one (pages link to it)."""

    def __init__(self, message: str = "", *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnreadableDocument(InputError):
    pass


class DocumentTooLarge(InputError):
    pass


class ConsentRequired(InputError):
    pass


class NotFound(ApplianceError):
    pass


class PermissionDenied(ApplianceError):
    pass


class DirectoryError(ApplianceError):
    pass


class StoreError(ApplianceError):
    pass


class DiskFull(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class ModelError(ApplianceError):
    pass


class ModelUnavailable(ModelError):
    pass


class ModelReplyError(ModelError):
    pass


class Cancelled(ApplianceError):
    pass
