"""Printed output: permit cards (ID-1) and acknowledgement receipts as PDF, with ReportLab.

Stands on the domain only (no Qt, no store): the callers gather the domain objects and
pass them in; the renderers return PDF bytes, the same bytes for the same input.
"""
