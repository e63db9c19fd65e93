"""Reading the alerts topic: filtering, de-duplicating and rendering alerts for people and scripts."""
