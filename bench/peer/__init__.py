"""The peer subject: dealwatch's job on Quix Streams (optional, run by hand: ``python -m bench.peer``).

:mod:`bench.peer.app` runs in its own virtualenv; the harness side is :mod:`bench.peer.subject`.
Nothing here is imported by the worker or by CI.
"""

READY = "The application started and is now processing incoming messages"
"""What Quix Streams logs once the peer polls: its ready marker."""
