"""The demo's formal learning modules, written for this project in Danish."""

import datetime

from pages.demo.blocks import (
    bullets,
    callout,
    checklist,
    document,
    film,
    heading,
    image,
    paragraph,
    quote,
    reflection,
)

MODULES = [
    {
        "slug": "introduktion-til-headspace",
        "title": "Introduktion: Velkommen som frivillig i headspace",
        "summary": (
            "Hvad headspace er, hvem de unge er, og hvad din rolle som frivillig rådgiver er. "
            "Modulet er det første, alle nye frivillige tager."
        ),
        "estimated_minutes": 25,
        "is_obligatory": True,
        "audience": "volunteers",
        "themes": ["frivilligt-faellesskab", "den-gode-modtagelse"],
        "last_reviewed": datetime.date(2026, 9, 1),
        "learning_goals": [
            "Du kan forklare, hvad headspace tilbyder unge mellem 12 og 25 år.",
            "Du kender din rolle som frivillig og ved, hvornår du trækker på en ansat.",
            "Du ved, hvor du finder hjælp og sparring i dit center.",
        ],
        "body": [
            heading("Et rum, hvor unge kan tale om alt"),
            paragraph(
                "headspace er et gratis og anonymt tilbud til unge, der har brug for at tale med "
                "en voksen om store og små ting: venskaber, skole, familie, ensomhed, tanker, der "
                "fylder for meget. Den unge behøver ikke have en diagnose eller en henvisning.",
                "Som frivillig rådgiver er du den, der lytter. Du giver ikke behandling, men du "
                "giver tid, nærvær og et blik udefra.",
            ),
            film("velkommen-i-samtalerummet", "En kort velkomst til nye frivillige."),
            image(
                "introduktion-til-headspace",
                "Samtalerummet er et trygt sted for den unge.",
                "Abstrakt illustration med bløde cirkler, der mødes over et bord.",
            ),
            quote(
                "Det vigtigste, jeg gør, er at være der. Resten kommer af sig selv, når den unge "
                "mærker, at der er plads.",
                "Frivillig rådgiver, headspace Odense",
            ),
            heading("Din rolle og dine grænser", "h3"),
            bullets(
                "Som frivillig skal du:",
                [
                    "lytte uden at dømme og lade den unge sætte dagsordenen",
                    "holde fast i, at samtalen er anonym",
                    "hente en ansat, hvis du bliver bekymret for den unges sikkerhed",
                ],
            ),
            callout(
                "Du står aldrig alene",
                "Der er altid en ansat på vagt, når centret har åbent. Brug vedkommende, også "
                "når du er i tvivl om noget småt.",
            ),
            checklist(
                "Før din første vagt",
                [
                    "Jeg har underskrevet tavshedserklæringen.",
                    "Jeg har taget modulet om anonymitet og tavshedspligt.",
                    "Jeg har hilst på centrets læringspilot.",
                    "Jeg ved, hvem der er ansat på vagt.",
                ],
            ),
            reflection(
                "Hvad fik dig til at blive frivillig i headspace, og hvad håber du at give videre?",
                "Tag spørgsmålet med til dit første sparringsmøde.",
            ),
            document("velkomstpakke", "Velkomstpakke til nye frivillige (PDF)"),
        ],
    },
    {
        "slug": "anonymitet-og-tavshedspligt",
        "title": "Anonymitet og tavshedspligt",
        "summary": (
            "Hvorfor anonymiteten er bærende for headspace, hvad din tavshedspligt betyder i "
            "praksis, og hvornår den skærpede underretningspligt går forud."
        ),
        "estimated_minutes": 30,
        "is_obligatory": True,
        "audience": "both",
        "themes": ["anonymitet-og-tavshedspligt", "bekymring-og-underretning"],
        "last_reviewed": datetime.date(2026, 8, 15),
        "learning_goals": [
            "Du kan forklare forskellen på anonymitet og fortrolighed.",
            "Du ved, hvad du må skrive ned efter en samtale, og hvad du aldrig skriver.",
            "Du kender grænsen for tavshedspligten og ved, hvem du går til.",
        ],
        "body": [
            heading("Den unge bestemmer, hvad vi får at vide"),
            paragraph(
                "Unge kommer i headspace uden at oplyse navn, CPR-nummer eller adresse. Det er "
                "netop det, der gør det muligt for mange at komme første gang.",
                "Du spørger aldrig efter oplysninger, der kan identificere den unge. Fortæller den "
                "unge selv om sin skole eller sin familie, lader du det blive i rummet.",
            ),
            image(
                "anonymitet-og-tavshedspligt",
                "Det, der siges i rummet, bliver i rummet.",
                "Abstrakt illustration med en lukket cirkel omgivet af bløde farvefelter.",
            ),
            callout(
                "Skærpet underretningspligt",
                "Hvis du får viden om, at en ung under 18 år udsættes for vold, overgreb eller "
                "alvorlig omsorgssvigt, går du straks til den ansatte på vagt. Det er den ansatte, "
                "der vurderer og handler.",
            ),
            checklist(
                "Efter samtalen",
                [
                    "Skriv kun alder, køn og emne i registreringen.",
                    "Skriv aldrig navne, skoler eller byer ned.",
                    "Tal kun om samtalen med den ansatte eller i sparring, uden detaljer, der kan genkendes.",
                ],
            ),
            reflection(
                "En ung fortæller om en lærer på sin skole og nævner skolens navn. Hvad gør du "
                "med den oplysning?",
                "Tænk både på samtalen og på det, du registrerer bagefter.",
            ),
            quote("Jeg kom, fordi ingen behøvede at vide, at jeg var her.", "Ung, 17 år"),
            document("tavshedserklaering", "Tavshedserklæring for frivillige (PDF)"),
        ],
    },
    {
        "slug": "den-gode-modtagelse",
        "title": "Den gode modtagelse af en ung",
        "summary": (
            "De første minutter afgør ofte, om den unge bliver. Sådan tager du imod, skaber ro "
            "og afstemmer forventningerne til samtalen."
        ),
        "estimated_minutes": 20,
        "is_obligatory": True,
        "audience": "volunteers",
        "themes": ["den-gode-modtagelse"],
        "last_reviewed": datetime.date(2026, 6, 10),
        "learning_goals": [
            "Du kan tage imod en ung, der er nervøs eller i tvivl.",
            "Du kan forklare rammen for samtalen på under et minut.",
        ],
        "body": [
            heading("De første minutter"),
            paragraph(
                "Mange unge har stået længe uden for døren, før de går ind. Mød dem med et smil, "
                "dit fornavn og et enkelt spørgsmål: Vil du have en kop te, mens vi finder et rum?",
            ),
            image(
                "den-gode-modtagelse",
                "En rolig ankomst giver en bedre samtale.",
                "Abstrakt illustration i varme farver med to cirkler, der nærmer sig hinanden.",
            ),
            checklist(
                "Sådan rammesætter du samtalen",
                [
                    "Fortæl, at samtalen er anonym og gratis.",
                    "Sig, hvor lang tid I har, typisk 45 minutter.",
                    "Fortæl, at den unge kan gå, når hun eller han vil.",
                    "Spørg, hvad den unge gerne vil tale om.",
                ],
            ),
            reflection(
                "Hvordan tager du imod en ung, der kommer sammen med en ven og ikke selv siger noget?",
            ),
        ],
    },
    {
        "slug": "sparring-mellem-frivillige",
        "title": "Sparring mellem frivillige",
        "summary": (
            "Sparring er der, hvor vi lærer af hinandens samtaler uden at bryde anonymiteten. "
            "Modulet giver en fast model for, hvordan I gør det."
        ),
        "estimated_minutes": 20,
        "is_obligatory": False,
        "audience": "volunteers",
        "themes": ["sparring", "frivilligt-faellesskab"],
        "last_reviewed": datetime.date(2026, 5, 20),
        "learning_goals": [
            "Du kan bruge sparringsmodellen i fire trin.",
            "Du kan fortælle om en samtale uden at afsløre, hvem den unge er.",
        ],
        "body": [
            heading("Sparring i fire trin"),
            bullets(
                "Modellen tager cirka 20 minutter:",
                [
                    "<b>Fortæl</b>: hvad skete der i samtalen, kort og uden genkendelige detaljer",
                    "<b>Spørg</b>: de andre stiller nysgerrige spørgsmål, ikke råd",
                    "<b>Reflekter</b>: hvad tog du med dig, og hvad undrer dig",
                    "<b>Afrund</b>: hvad gør du næste gang",
                ],
            ),
            image(
                "sparring-mellem-frivillige",
                "Sparring er en samtale mellem ligeværdige.",
                "Abstrakt illustration med tre cirkler i en rundkreds.",
            ),
            quote("Sparringen er der, hvor jeg lærer mest. Også om mig selv.", "Frivillig, headspace Aarhus"),
            reflection("Hvilken samtale fra den seneste måned kunne du tage med til sparring?"),
        ],
    },
    {
        "slug": "samtalerummets-indretning",
        "title": "Samtalerummets fysiske indretning",
        "summary": (
            "Et godt samtalerum er roligt, lyst og uden forstyrrelser. Her er centrets fælles "
            "standard, og hvordan du gør rummet klar før en samtale."
        ),
        "estimated_minutes": 15,
        "is_obligatory": False,
        "audience": "both",
        "themes": ["samtalerummets-indretning"],
        "last_reviewed": datetime.date(2026, 4, 2),
        "learning_goals": [
            "Du kan gøre et samtalerum klar på fem minutter.",
            "Du ved, hvorfor stolene står, som de gør.",
        ],
        "body": [
            heading("Rummet taler med"),
            paragraph(
                "Stole i en let vinkel, så I ikke sidder direkte over for hinanden. Dæmpet lys, "
                "vand og lommetørklæder inden for rækkevidde. Intet på væggene, der handler om "
                "sygdom eller diagnoser.",
            ),
            image(
                "samtalerummets-indretning",
                "To stole i let vinkel og et lavt bord.",
                "Abstrakt illustration af to bløde former med et lille bord imellem.",
            ),
            checklist(
                "Klar til samtalen",
                [
                    "Døren kan lukkes, og skiltet »optaget« hænger ude.",
                    "Telefonen er på lydløs.",
                    "Vand, glas og lommetørklæder står fremme.",
                    "Der er et ur, som du kan se, uden at den unge bemærker det.",
                ],
            ),
            document("tjekliste-samtalerum", "Tjekliste til samtalerummet (PDF)"),
        ],
    },
    {
        "slug": "supervision",
        "title": "Supervision",
        "summary": (
            "Supervision er centrets faste rum for at tale om de svære samtaler med en "
            "fagperson. Sådan forbereder du dig, og sådan får du mest ud af det."
        ),
        "estimated_minutes": 20,
        "is_obligatory": False,
        "audience": "both",
        "themes": ["supervision"],
        "last_reviewed": datetime.date(2026, 7, 1),
        "learning_goals": [
            "Du kender forskellen på sparring og supervision.",
            "Du kan forberede et oplæg til gruppesupervision.",
        ],
        "body": [
            heading("Hvad supervision er"),
            paragraph(
                "I supervision taler du med en psykolog eller en erfaren ansat om samtaler, der "
                "har sat sig i dig. Formålet er ikke at finde fejl, men at blive klogere på dig "
                "selv som rådgiver.",
            ),
            callout(
                "Pas på dig selv",
                "Har en samtale fyldt meget, så vent ikke til næste supervision. Tal med den "
                "ansatte på vagt samme dag.",
            ),
            reflection(
                "Hvilken samtale har du tænkt mest på efter din vagt, og hvorfor netop den?",
                "Skriv et par stikord ned før supervisionen.",
            ),
            image(
                "supervision",
                "Supervision giver plads til eftertanke.",
                "Abstrakt illustration med en stor, rolig cirkel og en mindre ved siden af.",
            ),
        ],
    },
    {
        "slug": "bekymring-og-underretning",
        "title": "Når du bliver bekymret for en ung",
        "summary": (
            "Hvad du gør, når en ung fortæller om selvskade, selvmordstanker, vold eller "
            "overgreb. Modulet gennemgår centrets handleplan trin for trin."
        ),
        "estimated_minutes": 35,
        "is_obligatory": True,
        "audience": "both",
        "themes": ["bekymring-og-underretning", "anonymitet-og-tavshedspligt"],
        "last_reviewed": datetime.date(2026, 9, 20),
        "learning_goals": [
            "Du kender centrets handleplan ved bekymring.",
            "Du kan blive i samtalen, mens du henter hjælp.",
            "Du ved, hvem der træffer beslutningen om en underretning.",
        ],
        "body": [
            heading("Bliv i samtalen"),
            paragraph(
                "Når en ung fortæller noget alvorligt, er det vigtigste, at du ikke trækker dig. "
                "Tak for tilliden, spørg roligt ind, og fortæl, at du gerne vil have en kollega "
                "med, fordi det, den unge fortæller, er vigtigt.",
            ),
            callout(
                "Den ansatte beslutter",
                "Som frivillig træffer du aldrig selv beslutning om underretning eller om at "
                "bryde anonymiteten. Du henter den ansatte på vagt.",
            ),
            checklist(
                "Handleplan",
                [
                    "Lyt, og anerkend det, den unge fortæller.",
                    "Hent den ansatte på vagt.",
                    "Bliv i rummet, til den ansatte overtager.",
                    "Tal med den ansatte bagefter om, hvordan du har det.",
                ],
            ),
            reflection("Hvilke ord vil du bruge, når du fortæller den unge, at du henter en kollega?"),
        ],
    },
    {
        "slug": "samtalen-paa-chat-og-telefon",
        "title": "Samtalen på chat og telefon",
        "summary": (
            "Flere unge tager første kontakt på chat eller telefon. Modulet handler om at skabe "
            "nærvær uden at kunne se hinanden."
        ),
        "estimated_minutes": 25,
        "is_obligatory": False,
        "audience": "volunteers",
        "themes": ["digital-raadgivning", "den-gode-modtagelse"],
        "last_reviewed": datetime.date(2026, 3, 12),
        "learning_goals": [
            "Du kan åbne og afslutte en chatsamtale.",
            "Du kan bruge pauser og korte spørgsmål på chat.",
        ],
        "body": [
            heading("Nærvær på skrift"),
            paragraph(
                "På chat kan du ikke se den unges ansigt, og den unge kan ikke se dit. Skriv korte "
                "beskeder, spørg ind, og vent på svar, også når pausen føles lang.",
            ),
            quote("Jeg skrev tre gange, før jeg turde trykke send.", "Ung, 15 år"),
            checklist(
                "Gode vaner på chat",
                [
                    "Præsenter dig med fornavn.",
                    "Stil ét spørgsmål ad gangen.",
                    "Gentag med dine egne ord, hvad du har forstået.",
                    "Sig tydeligt, når samtalen slutter.",
                ],
            ),
            reflection("Hvordan viser du på skrift, at du stadig er der, mens den unge tænker?"),
        ],
    },
]
