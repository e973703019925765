"""QUndoCommand subclasses: one per user verb, holding ids and DTO snapshots only."""
