"""Composable scene-writing parts shared by the offline families."""
