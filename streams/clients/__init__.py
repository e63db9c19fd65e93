"""Kafka clients for users: the crawler feeder, the alert subscriber, consumer lag and ``dealwatch top``'s snapshots."""
