"""Broker errors a user can act on."""


class BrokerUnavailableError(RuntimeError):
    """No broker could be reached or started; the message says what is missing and how to fix it."""
