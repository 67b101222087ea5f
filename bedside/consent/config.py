"""Site configuration the consent capability reads (forms, representative
order, witness roles, signature rules), bundled so tests and sites can swap
any of it without code changes."""
from __future__ import annotations

from dataclasses import dataclass

from bedside.consent.forms import FormCatalogue, load_representative_order, load_witness_roles, validate_representative_order
from bedside.consent.signature import SignatureRules

SETTING_REPRESENTATIVE_ORDER = "consent_representative_order"
SETTING_LANGUAGES = "consent_languages"
SETTING_FORM_ID = "consent.form_id"
DEFAULT_FORM_ID = "TJT2012-ICF"


@dataclass(frozen=True)
class ConsentConfig:
    catalogue: FormCatalogue
    representative_order: list
    witness_roles: list
    signature_rules: SignatureRules
    form_id: str = DEFAULT_FORM_ID
    languages: tuple[str, ...] | None = None   # site's allowed form languages (None: all approved)

    @property
    def representative_ids(self) -> list[str]:
        return [r["id"] for r in self.representative_order]

    def form_languages(self, version: str) -> list[str]:
        langs = self.catalogue.languages(self.form_id, version)
        if self.languages is not None:
            langs = [lang for lang in langs if lang in self.languages]
        return langs

    @classmethod
    def default(cls) -> "ConsentConfig":
        return cls(FormCatalogue.load(), load_representative_order(), load_witness_roles(), SignatureRules.load())

    @classmethod
    def for_session(cls, session, base: "ConsentConfig | None" = None) -> "ConsentConfig":
        """Default resources, overridden by the site settings stored in the vault."""
        base = base or cls.default()
        settings = getattr(session, "settings", None)
        order, form_id, languages = base.representative_order, base.form_id, base.languages
        if settings is not None:
            try:
                custom = settings.get(SETTING_REPRESENTATIVE_ORDER)
            except Exception:  # settings unavailable: use shipped defaults
                custom = None
            if custom:
                order = validate_representative_order(custom)
            try:
                form_id = settings.get(SETTING_FORM_ID) or form_id
                langs = settings.get(SETTING_LANGUAGES)
                if isinstance(langs, list) and langs:
                    languages = tuple(str(x) for x in langs)
            except Exception:  # settings unavailable: shipped defaults
                pass
        return cls(base.catalogue, order, base.witness_roles, base.signature_rules, form_id, languages)
