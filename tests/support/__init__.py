"""Test helpers shared by the integration tests: Kafka I/O and worker processes."""
