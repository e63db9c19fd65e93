"""dealwatch's stream processing: the Faust app, its agents, and the extraction engine."""
