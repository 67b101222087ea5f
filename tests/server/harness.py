from bedside_server.localserver import ROOT, ServerProcess, free_port  # noqa: F401
