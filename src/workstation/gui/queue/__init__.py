"""The queue page: a lazily fetched table of applications with filters and actions."""
