"""Header names of every field, per platform and in the languages organizers write lists in.

Headers are compared by `header_key`: accents, case, spaces and punctuation don't count, so
"E-Mail", "e_mail" and "EMAIL " are one key. Within a field, earlier aliases win when a file has
several candidate columns (a mobile number beats a home number).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from app.domain.text import fold
from app.services.guestlists.model import Field, GuestListFormat


def header_key(text: str) -> str:
    """The comparison key of a header: folded, "#" read as "no", "+" as "plus", only letters."""
    folded = fold(text).replace("#", "no").replace("+", "plus")
    return "".join(ch for ch in folded if ch.isalnum())


_GENERIC: dict[Field, tuple[str, ...]] = {
    Field.FULL_NAME: (
        "name", "full name", "guest", "guest name", "attendee name", "attendee", "participant",
        "participant name", "contact", "contact name", "person",
        "vollständiger name", "vor- und nachname", "teilnehmer", "teilnehmerin", "teilnehmer:in",
        "gast", "nom complet", "nom et prénom", "prénom et nom", "invité", "nombre completo",
        "nombre y apellidos", "nombre y apellido", "participante", "invitado", "asistente",
        "nome completo", "convidado", "nome e cognome", "partecipante", "ospite",
        "volledige naam", "deelnemer", "姓名", "名字", "全名", "参会人", "参会者", "嘉宾", "来宾",
        "氏名", "名前", "お名前", "参加者名", "参加者",
    ),
    Field.GIVEN_NAME: (
        "first name", "firstname", "first", "given name", "given", "forename", "vorname",
        "rufname", "prénom", "nombre de pila", "primer nombre", "primeiro nome", "prenome",
        "nome proprio", "voornaam", "roepnaam", "名", "下の名前",
    ),
    Field.FAMILY_NAME: (
        "last name", "lastname", "last", "surname", "family name", "family", "nachname",
        "familienname", "zuname", "nom de famille", "apellido", "apellidos", "sobrenome",
        "apelido", "cognome", "achternaam", "familienaam", "姓", "姓氏", "苗字",
    ),
    Field.EMAIL: (
        "email", "e-mail", "email address", "e-mail address", "mail", "e-mail-adresse",
        "emailadresse", "mailadresse", "courriel", "adresse e-mail", "adresse email",
        "adresse électronique", "mél", "correo", "correo electrónico", "dirección de correo",
        "correio eletrónico", "correio eletrônico", "endereço de e-mail", "posta elettronica",
        "indirizzo email", "indirizzo e-mail", "e-mailadres", "邮箱", "电子邮件", "电子邮箱",
        "邮件", "电邮", "邮箱地址", "メール", "メールアドレス", "eメール", "電子メール",
    ),
    Field.PHONE: (
        "mobile", "mobile phone", "cell", "cell phone", "mobile number", "phone", "phone number",
        "telephone", "tel", "home phone", "work phone", "handy", "mobil", "mobilnummer",
        "telefon", "telefonnummer", "portable", "téléphone", "numéro de téléphone", "móvil",
        "celular", "teléfono", "telemóvel", "telefone", "cellulare", "telefono", "mobiel",
        "telefoon", "telefoonnummer", "手机", "手机号", "手机号码", "电话", "电话号码", "联系电话",
        "携帯", "携帯電話", "電話", "電話番号",
    ),
    Field.ORGANIZATION: (
        "organization", "organisation", "company", "company name", "employer", "org",
        "affiliation", "business", "firma", "unternehmen", "arbeitgeber", "entreprise",
        "société", "employeur", "empresa", "organización", "compañía", "organização", "azienda",
        "società", "organizzazione", "bedrijf", "organisatie", "公司", "单位", "工作单位", "组织",
        "机构", "会社", "会社名", "所属", "勤務先", "組織",
    ),
    Field.JOB_TITLE: (
        "job title", "jobtitle", "title", "position", "role", "job", "occupation", "funktion",
        "berufsbezeichnung", "jobtitel", "beruf", "poste", "fonction", "intitulé du poste",
        "titre", "cargo", "puesto", "título", "função", "ruolo", "posizione", "qualifica",
        "mansione", "functie", "functietitel", "职位", "职务", "头衔", "职称", "役職", "肩書き",
        "肩書", "職種",
    ),
    Field.PLATFORM_USER_ID: ("user id", "member id"),
    Field.PROFILE_URL: ("profile url", "profile", "profile link", "url of member profile"),
    Field.RESPONSE: (
        "rsvp", "status", "response", "rsvp status", "answer", "reply", "attending", "coming",
        "zusage", "antwort", "teilnahme", "réponse", "statut", "participation", "respuesta",
        "estado", "asistencia", "resposta", "risposta", "stato", "partecipazione", "antwoord",
        "状态", "回复", "是否参加", "参加状态", "出欠", "出席", "ステータス",
    ),
    Field.GUESTS: (
        "guests", "plus ones", "plus one", "+1", "extra guests", "additional guests",
        "companions", "begleitung", "begleitpersonen", "gäste", "invités", "accompagnants",
        "acompañantes", "invitados", "acompanhantes", "convidados", "accompagnatori", "ospiti",
        "gasten", "introducés", "同行人数", "随行人数", "同伴", "同伴者", "同伴者数",
    ),
    Field.CHECKED_IN: (
        "checked in", "is checked in", "attended", "attendance", "came", "present", "check-in",
        "checkin", "eingecheckt", "anwesend", "teilgenommen", "anwesenheit", "présent",
        "présence", "presente", "asistió", "presença", "compareceu", "presenza", "aanwezig",
        "ingecheckt", "签到", "已签到", "到场", "来場", "受付", "チェックイン",
    ),
    Field.CHECKED_IN_AT: (
        "checked in at", "check-in time", "checkin time", "checked in date", "check-in date",
        "eingecheckt um", "check-in-zeit", "heure d'arrivée", "hora de llegada",
        "签到时间", "チェックイン日時", "来場日時",
    ),
    Field.REGISTERED_AT: (
        "registered at", "registration date", "created at", "created date", "created",
        "registered", "signed up", "date registered", "rsvp date", "angemeldet am",
        "anmeldedatum", "registriert am", "date d'inscription", "inscrit le",
        "fecha de registro", "fecha de inscripción", "data de inscrição", "data de registro",
        "data di registrazione", "data di iscrizione", "aangemeld op", "registratiedatum",
        "报名时间", "注册时间", "登记时间", "登録日", "登録日時", "申込日", "申込日時",
    ),
    Field.DIETARY: (
        "dietary", "dietary requirements", "dietary restrictions", "diet", "allergies",
        "ernährung", "unverträglichkeiten", "allergien", "régime alimentaire", "alergias",
        "restricciones alimentarias", "restrições alimentares", "esigenze alimentari",
        "allergie", "dieetwensen", "allergieën", "饮食", "饮食禁忌", "忌口", "过敏",
        "食事制限", "アレルギー",
    ),
    Field.ACCESSIBILITY: (
        "accessibility", "accessibility needs", "access needs", "special needs",
        "barrierefreiheit", "accessibilité", "accesibilidad", "acessibilidade",
        "accessibilità", "toegankelijkheid", "无障碍", "无障碍需求", "アクセシビリティ",
        "バリアフリー",
    ),
    Field.NOTES: (
        "notes", "note", "comments", "comment", "remarks", "anmerkungen", "notizen",
        "bemerkungen", "kommentar", "remarques", "commentaires", "notas", "comentarios",
        "observações", "observaciones", "opmerkingen", "备注", "备注信息", "说明", "メモ", "備考",
    ),
    Field.TICKET_TYPE: (
        "ticket type", "ticket", "ticket name", "tier", "ticketart", "tickettyp",
        "type de billet", "billet", "tipo de entrada", "entrada", "tipo de ingresso",
        "ingresso", "bilhete", "tipo di biglietto", "biglietto", "tickettype", "票种", "门票",
        "チケット種別", "チケット",
    ),
}

# Per platform: headers with a platform-specific meaning, and headers that must stay unmapped
# (Meetup's "Title" is a role in the group, Eventbrite's "Quantity" counts an order's tickets).
_PLATFORM: dict[GuestListFormat, dict[Field, tuple[str, ...]]] = {
    GuestListFormat.LUMA: {
        Field.PLATFORM_USER_ID: ("guest_id", "api_id"),
        Field.RESPONSE: ("approval_status",),
        Field.TICKET_TYPE: ("ticket_name",),
        Field.PHONE: ("phone_number",),
    },
    GuestListFormat.MEETUP: {
        Field.PLATFORM_USER_ID: ("user id",),
        Field.REGISTERED_AT: ("rsvped on",),
        Field.CHECKED_IN: ("attendance",),
    },
    GuestListFormat.EVENTBRITE: {
        Field.PLATFORM_USER_ID: ("attendee #", "attendee no."),
        Field.RESPONSE: ("attendee status",),
        Field.REGISTERED_AT: ("order date",),
        Field.PHONE: ("cell phone", "mobile phone", "home phone", "work phone"),
        Field.ORGANIZATION: ("company", "work company"),
    },
    GuestListFormat.HIEVENTS: {
        Field.PLATFORM_USER_ID: ("id",),
        Field.TICKET_TYPE: ("product name",),
        Field.REGISTERED_AT: ("created date",),
    },
}
_IGNORED: dict[GuestListFormat, tuple[str, ...]] = {
    GuestListFormat.MEETUP: ("title", "event host", "joined group on", "member id"),
    GuestListFormat.EVENTBRITE: ("quantity", "group", "order type", "prefix", "suffix"),
    GuestListFormat.LUMA: ("custom_source",),
}

# Ambiguous words: "nom" is the family name next to "prénom" but the whole name when alone.
# Value: the field the word means when the complementary name column is present.
AMBIGUOUS_NAMES: dict[str, Field] = {
    header_key("nom"): Field.FAMILY_NAME,
    header_key("naam"): Field.FAMILY_NAME,
    header_key("nombre"): Field.GIVEN_NAME,
    header_key("nome"): Field.GIVEN_NAME,
}

# Platform custom questions: a header containing one of these stems is about food or access.
QUESTION_STEMS: tuple[tuple[Field, tuple[str, ...]], ...] = (
    (
        Field.ACCESSIBILITY,
        (
            "accessib", "accesib", "acessib", "wheelchair", "mobility", "disabilit",
            "barrierefrei", "rollstuhl", "toegankelijk", "无障碍", "轮椅", "バリアフリー",
            "車椅子", "アクセシビリティ",
        ),
    ),
    (
        Field.DIETARY,
        (
            "diet", "allerg", "food", "vegetar", "vegan", "halal", "kosher", "ernahrung",
            "unvertraglich", "alimenta", "dieet", "voeding", "饮食", "忌口",
            "过敏", "食事", "アレルギ", "食物",
        ),
    ),
)


def _keyed(table: Mapping[Field, Iterable[str]]) -> dict[str, tuple[Field, int]]:
    keyed: dict[str, tuple[Field, int]] = {}
    for field, names in table.items():
        for rank, name in enumerate(names):
            keyed.setdefault(header_key(name), (field, rank))
    return keyed


_GENERIC_KEYED = _keyed(_GENERIC)


def _for_format(fmt: GuestListFormat) -> dict[str, tuple[Field, int]]:
    # Platform aliases rank before every generic alias of the same field.
    platform = {k: (f, r - 1000) for k, (f, r) in _keyed(_PLATFORM.get(fmt, {})).items()}
    merged = {**_GENERIC_KEYED, **platform}
    for name in _IGNORED.get(fmt, ()):
        merged.pop(header_key(name), None)
    return merged


ALIASES: dict[GuestListFormat, dict[str, tuple[Field, int]]] = {
    fmt: _for_format(fmt) for fmt in GuestListFormat
}
"""For each format: header key → (field, rank); a lower rank wins within a field."""

ANY_FORMAT_KEYS = frozenset(k for table in ALIASES.values() for k in table) | frozenset(
    AMBIGUOUS_NAMES
)
NAME_KEYS = frozenset(
    k
    for table in ALIASES.values()
    for k, (field, _rank) in table.items()
    if field in {Field.FULL_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME}
) | frozenset(AMBIGUOUS_NAMES)
