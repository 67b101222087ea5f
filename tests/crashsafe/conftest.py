"""The crash-safety UI tests run on the infusion tests' included patient."""
from tests.infusion.conftest import included  # noqa: F401 - the fixture, shared
