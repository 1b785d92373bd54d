"""Reusable scene-writing parts of the offline families (each writes code through the SceneWriter)."""
