"""First run (enrolment) and login: online, or offline with the cached verifier."""
