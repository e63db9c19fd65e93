"""The local harness for the demo, tests and bench: a Kafka broker from Maven jars, workers as processes."""
