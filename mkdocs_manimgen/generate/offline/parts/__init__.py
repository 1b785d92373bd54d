"""Reusable scene-writing parts: functions that write Manim code through the SceneWriter."""
