"""The demo academy's themes, centres, learning events, inspiration and media, in Danish.

Written for this project. Centres, people and events are invented, and contact
addresses use the reserved ``example.org`` domain.
"""

import datetime

from pages.demo.blocks import bullets, callout, checklist, film, heading, paragraph, quote, reflection

HOME = {
    "slug": "academy",
    "title": "headspace academy",
    "intro": (
        "Velkommen til headspace academy: læring for frivillige og ansatte i headspace. Her finder "
        "du moduler, film og inspiration fra centrene i hele landet."
    ),
}

MODULE_INDEX = {
    "slug": "moduler",
    "title": "Moduler",
    "intro": "Formel læring for frivillige og ansatte. De obligatoriske moduler tager alle nye frivillige.",
}

INSPIRATION_CATALOG = {
    "slug": "inspiration",
    "title": "Inspiration",
    "intro": "Idéer, tips, metoder og film, som centrene deler med hinanden.",
}

CENTRE_INDEX = {
    "slug": "centre",
    "title": "Centre",
    "intro": "De lokale headspace-centre og deres læringsarrangementer.",
}

THEMES = [
    ("anonymitet-og-tavshedspligt", "Anonymitet og tavshedspligt",
     "Hvorfor anonymiteten bærer tilbuddet, og hvor tavshedspligtens grænser går."),
    ("den-gode-modtagelse", "Den gode modtagelse",
     "De første minutter med en ung: at tage imod, skabe ro og rammesætte samtalen."),
    ("sparring", "Sparring",
     "At lære af hinandens samtaler mellem frivillige, uden at bryde anonymiteten."),
    ("samtalerummets-indretning", "Samtalerummets indretning",
     "Det fysiske rum: lys, stole, lyd og de små ting, der skaber tryghed."),
    ("supervision", "Supervision",
     "Faglig supervision med psykolog eller erfaren ansat om de svære samtaler."),
    ("bekymring-og-underretning", "Bekymring og underretning",
     "Hvad vi gør, når vi bliver bekymrede for en ung, og hvem der beslutter hvad."),
    ("digital-raadgivning", "Digital rådgivning",
     "Samtaler på chat og telefon: nærvær uden at kunne se hinanden."),
    ("frivilligt-faellesskab", "Frivilligt fællesskab",
     "At være en del af et frivilligt fællesskab: vagtplaner, trivsel og sociale arrangementer."),
]

CENTRES = [
    {"slug": "koebenhavn", "title": "headspace København", "city": "København", "region": "hovedstaden",
     "address": "Eksempelgade 1, 2200 København N", "contact_email": "koebenhavn@example.org",
     "description": "Et af de største centre, med åbent alle hverdage og chatvagter om aftenen."},
    {"slug": "aarhus", "title": "headspace Aarhus", "city": "Aarhus", "region": "midtjylland",
     "address": "Eksempelvej 2, 8000 Aarhus C", "contact_email": "aarhus@example.org",
     "description": "Centret midt i byen, tæt på uddannelserne, med mange frivillige studerende."},
    {"slug": "odense", "title": "headspace Odense", "city": "Odense", "region": "syddanmark",
     "address": "Eksempelstræde 3, 5000 Odense C", "contact_email": "odense@example.org",
     "description": "Centret har netop indrettet nye samtalerum og deler gerne erfaringerne."},
    {"slug": "aalborg", "title": "headspace Aalborg", "city": "Aalborg", "region": "nordjylland",
     "address": "Eksempelallé 4, 9000 Aalborg", "contact_email": "aalborg@example.org",
     "description": "Nordjyllands center, som også driver en stor del af den digitale rådgivning."},
    {"slug": "esbjerg", "title": "headspace Esbjerg", "city": "Esbjerg", "region": "syddanmark",
     "address": "Eksempelplads 5, 6700 Esbjerg", "contact_email": "esbjerg@example.org",
     "description": "Et mindre center med et tæt frivilligt fællesskab og faste sparringsgrupper."},
    {"slug": "roskilde", "title": "headspace Roskilde", "city": "Roskilde", "region": "sjaelland",
     "address": "Eksempeltorv 6, 4000 Roskilde", "contact_email": "roskilde@example.org",
     "description": "Centret samarbejder med ungdomsuddannelserne i hele Roskilde Kommune."},
]

# Event dates are counted in days from the day the demo is loaded, so there are
# always both past and upcoming events.
LEARNING_EVENTS = [
    {"centre": "aarhus", "slug": "temaaften-den-gode-modtagelse",
     "title": "Temaaften: Den gode modtagelse", "theme": "den-gode-modtagelse",
     "days_from_now": -40, "hours": 3, "location": "Centrets fællesrum", "online_url": "",
     "audience": "volunteers",
     "description": "<p>En aften om de første minutter med en ung, med rollespil i små grupper.</p>",
     "outcome": "<p>Vi lavede en fælles tekst til, hvordan vi præsenterer rammen. Den hænger nu i alle rum.</p>",
     "proposed_as_formal_learning": False},
    {"centre": "koebenhavn", "slug": "sparringsworkshop-for-nye-frivillige",
     "title": "Sparringsworkshop for nye frivillige", "theme": "sparring",
     "days_from_now": -21, "hours": 2, "location": "Mødelokale 2", "online_url": "",
     "audience": "volunteers",
     "description": "<p>En workshop, hvor nye frivillige øver sparringsmodellen med erfarne frivillige.</p>",
     "outcome": (
         "<p>Modellen i fire trin virkede godt. Vi foreslår, at akademiet laver et modul med "
         "øvelser til alle centre.</p>"
     ),
     "proposed_as_formal_learning": True},
    {"centre": "roskilde", "slug": "gruppesupervision-erfaringsudveksling",
     "title": "Gruppesupervision: erfaringsudveksling", "theme": "supervision",
     "days_from_now": -7, "hours": 2, "location": "Centrets store samtalerum", "online_url": "",
     "audience": "both",
     "description": "<p>Frivillige og ansatte deler erfaringer med gruppesupervision.</p>",
     "outcome": "<p>Vi har aftalt faste supervisionsdatoer for hele efteråret.</p>",
     "proposed_as_formal_learning": False},
    {"centre": "odense", "slug": "indretning-af-samtalerummet",
     "title": "Indretning af samtalerummet – fælles værkstedsdag", "theme": "samtalerummets-indretning",
     "days_from_now": 10, "hours": 4, "location": "headspace Odense", "online_url": "",
     "audience": "both",
     "description": "<p>Vi gennemgår rummene sammen og prøver nye møbler og nyt lys af.</p>",
     "outcome": "", "proposed_as_formal_learning": False},
    {"centre": "aalborg", "slug": "online-laeringscafe-chatraadgivning",
     "title": "Online læringscafé: chatrådgivning", "theme": "digital-raadgivning",
     "days_from_now": 18, "hours": 1, "location": "",
     "online_url": "https://example.org/laeringscafe",
     "audience": "volunteers",
     "description": "<p>En times online café om gode vaner på chat, åben for frivillige fra alle centre.</p>",
     "outcome": "", "proposed_as_formal_learning": False},
    {"centre": "esbjerg", "slug": "tavshedspligt-i-praksis",
     "title": "Tavshedspligt i praksis – casegennemgang", "theme": "anonymitet-og-tavshedspligt",
     "days_from_now": 30, "hours": 2, "location": "headspace Esbjerg", "online_url": "",
     "audience": "both",
     "description": "<p>Vi gennemgår opdigtede cases og taler om, hvor grænserne går.</p>",
     "outcome": "", "proposed_as_formal_learning": False},
]

INSPIRATION_ITEMS = [
    {"slug": "velkomstkort-til-nye-unge", "title": "Velkomstkort til nye unge", "kind": "idea",
     "centre": "aarhus", "themes": ["den-gode-modtagelse"], "audience": "volunteers",
     "related_modules": ["den-gode-modtagelse"],
     "summary": "Et lille kort med centrets åbningstider og et par ord om anonymitet, som den unge kan tage med.",
     "body": [paragraph("Kortet ligger i venterummet, og mange unge tager det med, før de tør komme igen.")]},
    {"slug": "tebakken-i-venterummet", "title": "Tebakken i venterummet", "kind": "tip",
     "centre": "esbjerg", "themes": ["den-gode-modtagelse", "samtalerummets-indretning"], "audience": "both",
     "related_modules": ["den-gode-modtagelse"],
     "summary": "En kop te giver den unge noget at holde i hænderne og os et naturligt første spørgsmål.",
     "body": [paragraph("Vi har altid tre slags te og en kande varmt vand klar, når vi åbner.")]},
    {"slug": "sparring-paa-fem-minutter", "title": "Sparring på fem minutter", "kind": "method",
     "centre": "koebenhavn", "themes": ["sparring"], "audience": "volunteers",
     "related_modules": ["sparring-mellem-frivillige"],
     "summary": "En kort version af sparringsmodellen, når der kun er tid mellem to samtaler.",
     "body": [
         heading("Tre spørgsmål"),
         bullets("Stil hinanden disse spørgsmål:", [
             "Hvad fyldte mest i samtalen?",
             "Hvad gjorde du, der virkede?",
             "Hvad tager du med til næste samtale?",
         ]),
     ]},
    {"slug": "lys-og-lyd-i-samtalerummet", "title": "Lys og lyd i samtalerummet", "kind": "tip",
     "centre": "odense", "themes": ["samtalerummets-indretning"], "audience": "both",
     "related_modules": ["samtalerummets-indretning"],
     "summary": "Sådan fik vi dæmpet lyden mellem rummene og skiftet loftslyset ud med lamper.",
     "body": [paragraph("Tæpper, gardiner og en lille støjmaskine ved døren gjorde en stor forskel.")]},
    {"slug": "velkommen-i-samtalerummet", "title": "Film: Velkommen i samtalerummet", "kind": "film",
     "centre": "odense", "themes": ["den-gode-modtagelse", "frivilligt-faellesskab"], "audience": "volunteers",
     "related_modules": ["introduktion-til-headspace"],
     "summary": "En kort film til nye frivillige om at tage imod en ung, med danske undertekster.",
     "body": [film("velkommen-i-samtalerummet", "Filmen varer seks sekunder og har danske undertekster.")]},
    {"slug": "chatvagten-i-makkerpar", "title": "Chatvagten i makkerpar", "kind": "method",
     "centre": "aalborg", "themes": ["digital-raadgivning", "sparring"], "audience": "volunteers",
     "related_modules": ["samtalen-paa-chat-og-telefon"],
     "summary": "Nye frivillige tager deres første chatvagter sammen med en erfaren makker.",
     "body": [paragraph("Makkeren læser med og giver sparring bagefter, aldrig undervejs i samtalen.")]},
    {"slug": "refleksionskort-efter-vagten", "title": "Refleksionskort efter vagten", "kind": "idea",
     "centre": "roskilde", "themes": ["supervision"], "audience": "both",
     "related_modules": ["supervision"],
     "summary": "Et kort med tre spørgsmål, som frivillige udfylder for sig selv efter hver vagt.",
     "body": [reflection("Hvad tager du med dig hjem fra vagten i dag?", "Kortet er dit eget og bliver ikke afleveret.")]},
    {"slug": "anonym-registrering-paa-en-side", "title": "Anonym registrering på én side", "kind": "tip",
     "centre": "koebenhavn", "themes": ["anonymitet-og-tavshedspligt"], "audience": "both",
     "related_modules": ["anonymitet-og-tavshedspligt"],
     "summary": "Vores skabelon til registrering efter samtalen, som kun spørger om det nødvendige.",
     "body": [checklist("Registreringen rummer kun", ["alder", "køn", "emne", "varighed"])]},
    {"slug": "frivilligaften-med-faelles-spisning", "title": "Frivilligaften med fælles spisning", "kind": "idea",
     "centre": "esbjerg", "themes": ["frivilligt-faellesskab"], "audience": "volunteers",
     "related_modules": [],
     "summary": "En gang om måneden spiser vi sammen før vagten, og nye frivillige bliver præsenteret.",
     "body": [quote("Det er her, vi bliver et hold.", "Frivillig, headspace Esbjerg")]},
    {"slug": "naar-den-unge-ikke-siger-noget", "title": "Når den unge ikke siger noget", "kind": "method",
     "centre": "aarhus", "themes": ["den-gode-modtagelse", "bekymring-og-underretning"], "audience": "both",
     "related_modules": ["den-gode-modtagelse", "bekymring-og-underretning"],
     "summary": "Stilhed er også en del af samtalen. Sådan kan du bruge den i stedet for at fylde den ud.",
     "body": [callout("Tål pausen", "Tæl stille til ti, før du siger noget. Ofte er det den unge, der bryder stilheden.")]},
]

# Illustrations for modules and inspiration items, keyed by the page's slug.
IMAGES = {
    module_slug: title
    for module_slug, title in [
        ("introduktion-til-headspace", "Illustration: velkommen"),
        ("anonymitet-og-tavshedspligt", "Illustration: anonymitet"),
        ("den-gode-modtagelse", "Illustration: modtagelse"),
        ("sparring-mellem-frivillige", "Illustration: sparring"),
        ("samtalerummets-indretning", "Illustration: samtalerummet"),
        ("supervision", "Illustration: supervision"),
        ("bekymring-og-underretning", "Illustration: bekymring"),
        ("samtalen-paa-chat-og-telefon", "Illustration: chat og telefon"),
    ]
} | {item["slug"]: f"Illustration: {item['title']}" for item in INSPIRATION_ITEMS}

DOCUMENTS = {
    "velkomstpakke": (
        "Velkomstpakke til nye frivillige",
        [
            "Læs modulerne om anonymitet og den gode modtagelse før din første vagt.",
            "Mød op ti minutter før vagten og hils på den ansatte.",
            "Spørg altid, hvis du er i tvivl. Der er ingen dumme spørgsmål.",
        ],
    ),
    "tavshedserklaering": (
        "Tavshedserklæring for frivillige",
        [
            "Jeg videregiver ikke oplysninger om de unge, jeg taler med.",
            "Jeg registrerer kun alder, køn og emne.",
            "Tavshedspligten gælder også, når jeg ikke længere er frivillig.",
        ],
    ),
    "tjekliste-samtalerum": (
        "Tjekliste til samtalerummet",
        [
            "Døren kan lukkes, og skiltet hænger ude.",
            "Vand, glas og lommetørklæder står fremme.",
            "Stolene står i let vinkel, og lyset er dæmpet.",
        ],
    ),
}

FILMS = {
    "velkommen-i-samtalerummet": {
        "title": "Velkommen i samtalerummet",
        "poster_title": "Plakat: Velkommen i samtalerummet",
        "description": "En kort velkomstfilm til nye frivillige, lavet til demoen.",
        "seconds": 6,
        "captions": [
            (0.0, 2.0, "Velkommen som frivillig i headspace."),
            (2.0, 4.0, "Her lytter vi uden at dømme."),
            (4.0, 6.0, "Det, der bliver sagt, bliver i rummet."),
        ],
    },
}


def event_times(event, today=None):
    """Return the start and end of a demo learning event, counted from ``today`` at 17:00."""
    from django.utils import timezone

    today = today or timezone.localdate()
    day = today + datetime.timedelta(days=event["days_from_now"])
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(17, 0)))
    return start, start + datetime.timedelta(hours=event["hours"])
