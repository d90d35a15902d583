"""The one error a runner's set-up raises."""


class RunnerUnavailable(RuntimeError):
    """The chosen runner cannot run here: a tool or artifact it needs is missing or did not
    start. The message names what and how to get it."""
