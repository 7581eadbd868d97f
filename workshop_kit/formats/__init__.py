"""Readers and writers of the file formats the kit shares between its steps."""
