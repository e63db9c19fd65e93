"""Kafka clients for users: the crawler feeder and the alert subscriber (kafka-python)."""
