"""Test helpers shared across the test tiers: Kafka I/O, worker processes and the seed deal events."""
