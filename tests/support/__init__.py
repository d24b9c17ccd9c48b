"""Helpers for tests that run real parts: processes, tools in bin/, Prometheus, kube-apiserver."""
