"""The layer that wraps Faust at runtime, used by every agent.

The only package allowed to touch Faust or aiokafka internals; each touch carries a comment saying
why and is pinned by a test that fails on an upgrade that moves it (docs/architecture.md).
"""
