"""The read side: what the store knows, seen by one audience with its redaction applied.

The dashboard, the JSON API, every export, the report, the evidence bundles and
alerts all read through ``readmodel.ReadModel`` over a ``backend.Backend``
(``store_backend.StoreBackend`` for the evidence store, ``audience`` to open one
read-only for an export). ``web`` and ``export`` depend on this package, never on
each other.
"""
