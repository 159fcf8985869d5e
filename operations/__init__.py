"""Background work and upkeep: the task queue and its fair backend, the worker and the
jobs it starts, the heartbeat, retention of personal data, and the smoke check.
Imports only core; apps register their jobs, backlogs and purges here."""
