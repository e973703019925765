"""Name pools for demo data, by culture: (native, romanized) pairs so e-mails stay ASCII."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Culture:
    given: tuple[tuple[str, str], ...]
    family: tuple[tuple[str, str], ...]
    family_first: bool
    organizations: tuple[str, ...]
    titles: tuple[str, ...]
    domain: str
    weight: int


CULTURES: tuple[Culture, ...] = (
    Culture(
        given=(
            ("Anna", "anna"),
            ("Lukas", "lukas"),
            ("Jürgen", "juergen"),
            ("Sophie", "sophie"),
            ("Maximilian", "max"),
            ("Lea", "lea"),
            ("Jonas", "jonas"),
            ("Zoë", "zoe"),
        ),
        family=(
            ("Müller", "mueller"),
            ("Schmidt", "schmidt"),
            ("Groß", "gross"),
            ("Weiß", "weiss"),
            ("Schäfer", "schaefer"),
            ("Köhler", "koehler"),
        ),
        family_first=False,
        organizations=("Müller & Söhne GmbH", "Berliner Startup Hub", "Grünwerk AG"),
        titles=("Geschäftsführerin", "Entwickler", "Produktmanagerin", "CTO"),
        domain="example.de",
        weight=14,
    ),
    Culture(
        given=(
            ("Olivia", "olivia"),
            ("James", "james"),
            ("Amelia", "amelia"),
            ("Noah", "noah"),
            ("Grace", "grace"),
            ("Liam", "liam"),
            ("Hubert Blaine", "hubert"),
        ),
        family=(
            ("Smith", "smith"),
            ("O'Brien", "obrien"),
            ("Johnson", "johnson"),
            ("Taylor-Wright", "taylorwright"),
            ("Wolfeschlegelsteinhausenbergerdorff", "wolfe"),
        ),
        family_first=False,
        organizations=("Craic, Ltd.", "Northwind Labs", "Very Long Company Name Incorporated"),
        titles=("Founder", "Developer Advocate", "Engineering Manager", "Designer"),
        domain="example.com",
        weight=22,
    ),
    Culture(
        given=(
            ("María José", "mariajose"),
            ("Lucía", "lucia"),
            ("Mateo", "mateo"),
            ("João", "joao"),
            ("Inês", "ines"),
            ("Sebastián", "sebastian"),
        ),
        family=(
            ("García", "garcia"),
            ("de la Cruz Hernández", "delacruz"),
            ("Peña", "pena"),
            ("Gonçalves", "goncalves"),
            ("Núñez", "nunez"),
        ),
        family_first=False,
        organizations=("Hernández y Asociados, S.A.", "Lisboa Makers", "Café Código"),
        titles=("Directora", "Ingeniero", "Fundadora", "Desarrolladora"),
        domain="example.es",
        weight=12,
    ),
    Culture(
        given=(("伟", "wei"), ("芳", "fang"), ("静", "jing"), ("强", "qiang"), ("丽", "li")),
        family=(("张", "zhang"), ("王", "wang"), ("李", "li"), ("刘", "liu"), ("陈", "chen")),
        family_first=True,
        organizations=("北京字节跳动科技有限公司", "深圳创客空间", "上海云计算"),
        titles=("工程师", "产品经理", "创始人"),
        domain="example.cn",
        weight=10,
    ),
    Culture(
        given=(("花子", "hanako"), ("健太", "kenta"), ("さくら", "sakura"), ("翔", "sho")),
        family=(("佐藤", "sato"), ("鈴木", "suzuki"), ("高橋", "takahashi"), ("田中", "tanaka")),
        family_first=True,
        organizations=("株式会社サンプル", "東京デブ勉強会"),
        titles=("デザイナー", "エンジニア"),
        domain="example.jp",
        weight=6,
    ),
    Culture(
        given=(("민준", "minjun"), ("서연", "seoyeon"), ("지훈", "jihoon")),
        family=(("김", "kim"), ("이", "lee"), ("박", "park")),
        family_first=True,
        organizations=("삼성전자", "서울 스타트업"),
        titles=("개발자", "디자이너"),
        domain="example.kr",
        weight=5,
    ),
    Culture(
        given=(("محمد", "mohammed"), ("فاطمة", "fatima"), ("ليلى", "layla"), ("عمر", "omar")),
        family=(("العلي", "alali"), ("حداد", "haddad"), ("منصور", "mansour")),
        family_first=False,
        organizations=("شركة المثال", "مساحة دبي للعمل"),
        titles=("مهندس", "مديرة منتج"),
        domain="example.sa",
        weight=5,
    ),
    Culture(
        given=(("דנה", "dana"), ("יונתן", "yonatan"), ("נועה", "noa")),
        family=(("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi")),
        family_first=False,
        organizations=("חברה בע״מ", "תל אביב טק"),
        titles=("מנהלת", "מפתח"),
        domain="example.il",
        weight=4,
    ),
    Culture(
        given=(("Σοφία", "sofia"), ("Γιώργος", "giorgos"), ("Ελένη", "eleni")),
        family=(("Παπαδοπούλου", "papadopoulou"), ("Νικολάου", "nikolaou")),
        family_first=False,
        organizations=("Ελληνική Α.Ε.",),
        titles=("CTO", "Μηχανικός"),
        domain="example.gr",
        weight=3,
    ),
    Culture(
        given=(("Олег", "oleg"), ("Анна", "anna"), ("Дмитрий", "dmitry")),
        family=(("Иванов", "ivanov"), ("Смирнова", "smirnova"), ("Кузнецов", "kuznetsov")),
        family_first=False,
        organizations=("Яндекс",),
        titles=("Разработчик", "Дизайнер"),
        domain="example.ru",
        weight=3,
    ),
    Culture(
        given=(
            ("Siddharth", "siddharth"),
            ("Priya", "priya"),
            ("Arjun", "arjun"),
            ("Ananya", "ananya"),
        ),
        family=(("Ramaswamy Venkataraman", "ramaswamy"), ("Sharma", "sharma"), ("Patel", "patel")),
        family_first=False,
        organizations=("इन्फोसिस", "Bangalore Builders"),
        titles=("प्रबंधक", "Engineer"),
        domain="example.in",
        weight=8,
    ),
    Culture(
        given=(("Thị Minh Khai", "khai"), ("Văn An", "an"), ("Ngọc Lan", "lan")),
        family=(("Nguyễn", "nguyen"), ("Trần", "tran"), ("Lê", "le")),
        family_first=True,
        organizations=("Công ty ABC",),
        titles=("PM", "Kỹ sư"),
        domain="example.vn",
        weight=4,
    ),
    Culture(
        given=(("Ngozi", "ngozi"), ("Chinedu", "chinedu"), ("Amara", "amara"), ("Ana", "ana")),
        family=(("Okonjo-Iweala", "okonjo"), ("Adeyemi", "adeyemi"), ("Lima 🎉", "lima")),
        family_first=False,
        organizations=("Lagos Tech Hub", "Emoji Labs"),
        titles=("Director", "Host"),
        domain="example.ng",
        weight=4,
    ),
)

PLACES: tuple[tuple[str, str], ...] = (
    ("Berlin", "Europe/Berlin"),
    ("London", "Europe/London"),
    ("New York", "America/New_York"),
    ("San Francisco", "America/Los_Angeles"),
    ("São Paulo", "America/Sao_Paulo"),
    ("Tokyo", "Asia/Tokyo"),
    ("Singapore", "Asia/Singapore"),
    ("Bengaluru", "Asia/Kolkata"),
    ("Tel Aviv", "Asia/Jerusalem"),
    ("Sydney", "Australia/Sydney"),
)

VENUES: tuple[tuple[str, str], ...] = (
    ("Factory Görlitzer Park", "Lohmühlenstraße 65, 12435 Berlin"),
    ("The Loft at Northwind", "12 Shoreditch High St, London E1 6PJ"),
    ("Café Código", "Rua Augusta 1500, São Paulo"),
    ("渋谷 Hub", "東京都渋谷区道玄坂1-2-3"),
    ("Trattoria da Enzo", "Via dei Vascellari 29, 00153 Roma"),
)
VENUE_PLACES: tuple[tuple[float, float, str], ...] = (
    (52.4970, 13.4380, "factory-goerlitzer-park"),
    (51.5245, -0.0776, "loft-northwind"),
    (-23.5590, -46.6600, "cafe-codigo"),
    (35.6580, 139.6980, "shibuya-hub"),
    (41.8880, 12.4760, "trattoria-da-enzo"),
)
"""Latitude, longitude and a web address for each of VENUES (invitations carry GEO and URL)."""

TAGS = (
    "core",
    "speaker",
    "sponsor",
    "investor",
    "mentor",
    "keep-in-touch",
    "vip",
    "press",
    "volunteer",
    "founder",
    "developer",
    "designer",
)

EVENT_TITLES: dict[str, tuple[str, ...]] = {
    "dinner": ("Founders' focus dinner", "Dinner with prospects", "Supper club: AI in practice"),
    "meetup": ("Python meetup", "Rust & Coffee", "Community night", "Open source evening"),
    "workshop": ("Hands-on Kubernetes workshop", "Design sprint workshop", "Data viz workshop"),
    "class": ("Free class: SQL for everyone", "Intro to Qt", "Public speaking basics"),
    "talk": ("Talk: scaling small teams", "Fireside chat", "Lightning talks"),
    "panel": ("Panel: hiring in 2027", "Panel: open source funding"),
    "conference-side": ("PyCon side event", "FOSDEM fringe day", "KubeCon breakfast"),
    "other": ("Community hike", "Board game night", "Volunteer day"),
}

DIETARY = (
    "",
    "",
    "",
    "",
    "vegetarian",
    "vegan",
    "gluten-free",
    "halal",
    "kosher",
    "no nuts",
    "lactose-free",
)
NOTES = (
    "Met at a conference; wants to speak next time.",
    "Great connector.",
    "Prefers evenings.",
    "",
    "",
    "",
)
