"""Evaluation: FORMAT.md section 5 scoring and the gate of pinned floors."""
