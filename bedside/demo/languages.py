"""Demo language preferences: the ward works in French; the second nurse and
the data manager chose English, so the demo shows the per-user language
remembered at sign-in."""

from ..users import set_language

ORDER = 85
ENGLISH_SPEAKERS = ("nurse2", "datamanager")


def seed(ctx: dict) -> None:
    for username in ENGLISH_SPEAKERS:
        try:
            session = ctx["login"](username)
        except Exception:  # a demo without this user still builds
            continue
        set_language(session, "en")
