"""Reusable scene-writing parts: each writes code through a SceneWriter; families are recipes over them."""
