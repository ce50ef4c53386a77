"""Example plugin: local Hugging Face models."""
