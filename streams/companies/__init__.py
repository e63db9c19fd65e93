"""Per-company state: fan-out of events, the pure state-apply function, alert rules and web views."""
