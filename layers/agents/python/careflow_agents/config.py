# ruff: noqa: RUF001 -- multilingual text (Turkish dotless i, Cyrillic, Arabic) is intended
"""Agent view of the tenant configuration: templates, treatments, languages, a demo tenant.

The pydantic models live in ``careflow_shared.tenant_config`` (so the API validates a tenant's
config when it is saved, with no dependency on this layer); this module only reads them. Nothing
is cached here: the tenant-context layer caches the config, so a change applies on the next
message without a deploy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from careflow_agents.language import SUPPORTED
from careflow_agents.templates import ITEM_NAMES, LIST_JOINERS, TEMPLATES
from careflow_agents.text import fold
from careflow_shared.tenant_config import (
    AgentModelSettings,
    CareStep,
    OnCallCoordinator,
    PriceRange,
    TenantConfig,
    Treatment,
)

__all__ = [
    "DEFAULT_CHECKLIST",
    "GENERIC_TREATMENT",
    "AgentModelSettings",
    "CareStep",
    "OnCallCoordinator",
    "PriceRange",
    "TenantConfig",
    "Treatment",
    "checklist_for",
    "demo_tenant",
    "escalation_target",
    "find_treatment",
    "guidance_for",
    "item_list",
    "render",
    "supported_languages",
    "treatment_by_id",
    "treatment_name",
]

DEFAULT_CHECKLIST: tuple[str, ...] = (
    "age",
    "medical_history",
    "medications",
    "allergies",
    "smoking",
    "photos",
    "preferred_dates",
)


# Used when a tenant has no treatment catalogue yet: the pre-op checklist still runs.
GENERIC_TREATMENT = Treatment(
    treatment_id="general",
    names={
        "en": "your treatment",
        "tr": "tedaviniz",
        "de": "Ihre Behandlung",
        "fr": "votre traitement",
        "ru": "ваша процедура",
        "ar": "علاجك",
    },
)


def supported_languages(tenant: TenantConfig) -> list[str]:
    """The tenant's languages we can answer in (all supported ones if none overlap)."""
    langs = [lang for lang in tenant.languages if lang in SUPPORTED]
    return langs or list(SUPPORTED)


def _pick(texts: dict[str, str], language: str, tenant: TenantConfig) -> str:
    for lang in (language, tenant.default_language, "en"):
        if lang in texts:
            return texts[lang]
    return next(iter(texts.values()))


def render(tenant: TenantConfig, key: str, language: str, **values: object) -> str:
    """A reply template in ``language`` (tenant override first), filled with clinic data."""
    texts = {**TEMPLATES.get(key, {}), **tenant.reply_templates.get(key, {})}
    if not texts:
        raise KeyError(f"no reply template {key!r}")
    text = _pick(texts, language, tenant).format(clinic=tenant.display_name, **values)
    return text[:1].upper() + text[1:]


def item_list(items: Sequence[str], language: str, tenant: TenantConfig) -> str:
    names = [_pick(ITEM_NAMES.get(item, {"en": item}), language, tenant) for item in items]
    sep, last = LIST_JOINERS.get(language, LIST_JOINERS["en"])
    if len(names) <= 1:
        return "".join(names)
    return sep.join(names[:-1]) + last + names[-1]


def treatment_name(treatment: Treatment, language: str, tenant: TenantConfig) -> str:
    return _pick(treatment.names, language, tenant)


def treatment_by_id(tenant: TenantConfig, treatment_id: str | None) -> Treatment | None:
    return next((t for t in tenant.treatments if t.treatment_id == treatment_id), None)


@lru_cache(maxsize=256)
def _keyword_pattern(keywords: tuple[str, ...]) -> re.Pattern[str] | None:
    # Short keywords ("fue", "нос", "nez") must be whole words; longer ones may be stems.
    words = [
        re.escape(fold(k)) + (r"(?!\w)" if len(fold(k)) <= 4 else "") for k in keywords if k.strip()
    ]
    return re.compile(r"(?<!\w)(" + "|".join(words) + ")") if words else None


def find_treatment(tenant: TenantConfig, text: str | None) -> Treatment | None:
    """The tenant treatment a message names (by keyword or localised name), if any."""
    if not text:
        return None
    folded = fold(text)
    for treatment in tenant.treatments:
        pattern = _keyword_pattern(tuple(treatment.keywords) + tuple(treatment.names.values()))
        if pattern is not None and pattern.search(folded):
            return treatment
    return None


def checklist_for(treatment: Treatment | None) -> tuple[str, ...]:
    if treatment is not None and treatment.checklist is not None:
        return tuple(treatment.checklist)
    return DEFAULT_CHECKLIST


def guidance_for(treatment: Treatment | None, day: int | None) -> CareStep | None:
    """The clinic's care step covering ``day`` after the operation (the latest one before it)."""
    if treatment is None or day is None or not treatment.care_guidance:
        return None
    covering = [s for s in treatment.care_guidance if s.from_day <= day <= s.to_day]
    if covering:
        return covering[0]
    earlier = [s for s in treatment.care_guidance if s.to_day < day]
    return max(earlier, key=lambda s: s.to_day) if earlier else None


def escalation_target(tenant: TenantConfig) -> tuple[str, str]:
    """(id, display name) of whoever receives urgent escalations."""
    if tenant.on_call is not None:
        return tenant.on_call.coordinator_id, tenant.on_call.name
    return "coordinators", ""


def demo_tenant(tenant_id: str = "demo-clinic", **overrides: object) -> TenantConfig:
    """A realistic tenant for tests, the eval and local demos (three treatments, six languages)."""
    data: dict[str, object] = {
        "tenant_id": tenant_id,
        "display_name": "Bosphorus Aesthetics",
        "languages": ["tr", "en", "de", "ar", "ru", "fr"],
        "default_language": "en",
        "tone": "warm",
        "on_call": {"coordinator_id": "oncall-ayse", "name": "Ayşe"},
        "treatments": [
            {
                "treatment_id": "rhinoplasty",
                "names": {
                    "en": "rhinoplasty",
                    "tr": "burun estetiği",
                    "de": "Nasenkorrektur",
                    "fr": "rhinoplastie",
                    "ru": "ринопластика",
                    "ar": "تجميل الأنف",
                },
                "keywords": [
                    "rhinoplasty",
                    "nose job",
                    "nose surgery",
                    "my nose",
                    "burun",
                    "nase",
                    "nasen",
                    "nez",
                    "rhinoplastie",
                    "ринопласт",
                    "нос",
                    "الأنف",
                    "انفي",
                ],
                "price": {"min": 2800, "max": 3900, "currency": "EUR"},
                "care_guidance": [
                    {
                        "from_day": 0,
                        "to_day": 2,
                        "text": {
                            "en": "keep your head elevated, use cold compresses and rest; some bleeding from the nose is expected.",
                            "tr": "başınızı yüksekte tutun, soğuk kompres yapın ve dinlenin; burundan hafif kanama beklenir.",
                            "de": "halten Sie den Kopf hoch, kühlen Sie und ruhen Sie sich aus; leichtes Nasenbluten ist normal.",
                            "fr": "gardez la tête surélevée, appliquez du froid et reposez-vous ; un léger saignement du nez est normal.",
                            "ru": "держите голову приподнятой, прикладывайте холод и отдыхайте; небольшое кровотечение из носа нормально.",
                            "ar": "ارفع رأسك واستخدم الكمادات الباردة واسترح؛ النزيف الخفيف من الأنف متوقع.",
                        },
                    },
                    {
                        "from_day": 3,
                        "to_day": 7,
                        "text": {
                            "en": "swelling and bruising peak around day 3 and then fade; keep the splint dry and do not blow your nose.",
                            "tr": "şişlik ve morarma 3. gün civarında en yüksek seviyededir, sonra azalır; ateli kuru tutun ve burnunuzu sümkürmeyin.",
                            "de": "Schwellung und Blutergüsse sind um Tag 3 am stärksten und klingen dann ab; halten Sie die Schiene trocken und schnäuzen Sie nicht.",
                            "fr": "le gonflement et les bleus culminent vers le jour 3 puis diminuent ; gardez l'attelle sèche et ne vous mouchez pas.",
                            "ru": "отёк и синяки максимальны примерно на 3-й день, затем уменьшаются; держите лонгету сухой и не сморкайтесь.",
                            "ar": "يبلغ التورم والكدمات ذروتهما في اليوم الثالث تقريباً ثم يخفان؛ حافظ على الجبيرة جافة ولا تنفخ أنفك.",
                        },
                    },
                    {
                        "from_day": 8,
                        "to_day": 30,
                        "text": {
                            "en": "the splint is off; avoid glasses on the nose, sport and sun for four weeks.",
                            "tr": "atel çıkarıldı; dört hafta boyunca burnunuza gözlük takmayın, spor yapmayın ve güneşten kaçının.",
                            "de": "die Schiene ist ab; vier Wochen keine Brille auf der Nase, kein Sport und keine Sonne.",
                            "fr": "l'attelle est retirée ; évitez les lunettes sur le nez, le sport et le soleil pendant quatre semaines.",
                            "ru": "лонгета снята; четыре недели не носите очки на носу, избегайте спорта и солнца.",
                            "ar": "تمت إزالة الجبيرة؛ تجنب النظارات على الأنف والرياضة والشمس لمدة أربعة أسابيع.",
                        },
                    },
                ],
            },
            {
                "treatment_id": "hair_transplant",
                "names": {
                    "en": "hair transplant",
                    "tr": "saç ekimi",
                    "de": "Haartransplantation",
                    "fr": "greffe de cheveux",
                    "ru": "пересадка волос",
                    "ar": "زراعة الشعر",
                },
                "keywords": [
                    "hair transplant",
                    "fue",
                    "dhi",
                    "grafts",
                    "saç ekimi",
                    "sac ekimi",
                    "haartransplantation",
                    "haartransplant",
                    "greffe de cheveux",
                    "greffes de cheveux",
                    "greffe capillaire",
                    "пересадк",
                    "волос",
                    "زراعة الشعر",
                    "الشعر",
                ],
                "price": {"min": 1900, "max": 2900, "currency": "EUR"},
                "checklist": list(DEFAULT_CHECKLIST),
                "care_guidance": [
                    {
                        "from_day": 0,
                        "to_day": 3,
                        "text": {
                            "en": "sleep with your head raised, do not touch the grafts and wash only as shown at the clinic.",
                            "tr": "başınız yüksekte uyuyun, greftlere dokunmayın ve yalnızca klinikte gösterildiği gibi yıkayın.",
                            "de": "schlafen Sie mit erhöhtem Kopf, berühren Sie die Grafts nicht und waschen Sie nur wie in der Klinik gezeigt.",
                            "fr": "dormez la tête surélevée, ne touchez pas les greffons et lavez uniquement comme montré à la clinique.",
                            "ru": "спите с приподнятой головой, не трогайте графты и мойте голову только как показали в клинике.",
                            "ar": "نم ورأسك مرتفع، ولا تلمس البصيلات، واغسل شعرك فقط كما تم توضيحه في العيادة.",
                        },
                    },
                    {
                        "from_day": 4,
                        "to_day": 14,
                        "text": {
                            "en": "small crusts and itching are normal; wash gently every day and avoid sport and sun.",
                            "tr": "küçük kabuklar ve kaşıntı normaldir; her gün nazikçe yıkayın, spordan ve güneşten kaçının.",
                            "de": "kleine Krusten und Juckreiz sind normal; täglich sanft waschen, Sport und Sonne meiden.",
                            "fr": "de petites croûtes et des démangeaisons sont normales ; lavez doucement chaque jour et évitez le sport et le soleil.",
                            "ru": "небольшие корочки и зуд — это нормально; мойте голову бережно каждый день и избегайте спорта и солнца.",
                            "ar": "القشور الصغيرة والحكة طبيعية؛ اغسل بلطف كل يوم وتجنب الرياضة والشمس.",
                        },
                    },
                ],
            },
            {
                "treatment_id": "dental_veneers",
                "names": {
                    "en": "dental veneers",
                    "tr": "diş kaplama",
                    "de": "Veneers",
                    "fr": "facettes dentaires",
                    "ru": "виниры",
                    "ar": "قشور الأسنان",
                },
                "keywords": [
                    "veneers",
                    "veneer",
                    "teeth",
                    "hollywood smile",
                    "kaplama",
                    "zirkonyum",
                    "zähne",
                    "veneers",
                    "facettes",
                    "dents",
                    "виниры",
                    "зубы",
                    "قشور",
                    "الأسنان",
                ],
                "price": {"min": 2500, "max": 5000, "currency": "EUR"},
                "checklist": [
                    "age",
                    "medical_history",
                    "medications",
                    "allergies",
                    "photos",
                    "preferred_dates",
                ],
                "care_guidance": [
                    {
                        "from_day": 0,
                        "to_day": 7,
                        "text": {
                            "en": "some sensitivity to cold and heat is normal for a few days; avoid very hard food.",
                            "tr": "birkaç gün sıcak ve soğuğa hassasiyet normaldir; çok sert yiyeceklerden kaçının.",
                            "de": "Empfindlichkeit gegen Kälte und Wärme ist einige Tage normal; meiden Sie sehr harte Speisen.",
                            "fr": "une sensibilité au froid et au chaud est normale quelques jours ; évitez les aliments très durs.",
                            "ru": "чувствительность к холодному и горячему несколько дней нормальна; избегайте очень твёрдой пищи.",
                            "ar": "الحساسية للبرودة والحرارة طبيعية لبضعة أيام؛ تجنب الأطعمة الصلبة جداً.",
                        },
                    },
                ],
            },
        ],
    }
    data.update(overrides)
    return TenantConfig.model_validate(data)
