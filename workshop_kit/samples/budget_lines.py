"""Chart of accounts used by the Rivebelle budget: functions and budget lines.

Codes follow the French municipal nomenclature (M57-like). A *nature* is what the money
buys or brings (``64111`` salaries of tenured staff), and a *fonction* is the public
service it serves (``212`` primary schools). Codes are text: ``"020"`` and
``"20"`` are different functions.
"""

from __future__ import annotations

FUNCTIONS = {
    "01": "Opérations non ventilables",
    "020": "Administration générale de la collectivité",
    "021": "Assemblée locale",
    "023": "Information, communication, publicité",
    "024": "Fêtes et cérémonies",
    "025": "Aides aux associations",
    "026": "Cimetières et pompes funèbres",
    "112": "Police municipale",
    "211": "Écoles maternelles",
    "212": "Écoles primaires",
    "251": "Hébergement et restauration scolaire",
    "255": "Classes de découverte",
    "311": "Expression musicale, lyrique et chorégraphique",
    "312": "Arts plastiques et autres activités artistiques",
    "313": "Théâtres",
    "314": "Cinémas et autres salles de spectacles",
    "321": "Bibliothèques et médiathèques",
    "322": "Musées",
    "33": "Action culturelle",
    "411": "Salles de sport, gymnases",
    "412": "Stades",
    "413": "Piscines",
    "414": "Autres équipements sportifs ou de loisirs",
    "415": "Manifestations sportives",
    "421": "Centres de loisirs",
    "422": "Autres activités pour les jeunes",
    "520": "Interventions sociales - services communs",
    "61": "Services en faveur des personnes âgées",
    "64": "Crèches et garderies",
    "71": "Parc privé de la ville",
    "813": "Propreté urbaine",
    "814": "Éclairage public",
    "822": "Voirie communale et routes",
    "823": "Espaces verts urbains",
    "824": "Autres opérations d'aménagement urbain",
    "830": "Environnement - services communs",
    "91": "Foires et marchés",
}

# Functions that run buildings and staff, used by lines spread over "most services".
SERVICE_FUNCTIONS = [
    "020", "021", "023", "024", "026", "112", "211", "212", "251", "311", "313", "314", "321",
    "322", "411", "412", "413", "421", "422", "520", "61", "64", "813", "814", "822", "823",
]
BUILDING_FUNCTIONS = ["020", "211", "212", "251", "311", "313", "321", "411", "412", "413", "421", "64", "61"]

FONCTIONNEMENT = "Fonctionnement"
INVESTISSEMENT = "Investissement"
DEPENSE = "Dépense"
RECETTE = "Recette"

# (section, sens, chapitre, nature, libellé, total in euros, functions).
# The totals are targets for a city of about 68,000 inhabitants. The generator adds the
# balancing lines itself: 023/021 (transfer between sections), the 28xx depreciation
# receipts that mirror 6811, and the 1641 loan receipt.
BUDGET_LINES = [
    # Operating expenses (Fonctionnement, Dépense).
    (FONCTIONNEMENT, DEPENSE, "011", "6042", "Achats de prestations de services", 3_800_000, ["251", "421", "255", "61", "64"]),
    (FONCTIONNEMENT, DEPENSE, "011", "60611", "Eau et assainissement", 650_000, BUILDING_FUNCTIONS + ["823"]),
    (FONCTIONNEMENT, DEPENSE, "011", "60612", "Énergie - Électricité", 2_900_000, BUILDING_FUNCTIONS + ["814"]),
    (FONCTIONNEMENT, DEPENSE, "011", "60613", "Chauffage urbain", 1_400_000, BUILDING_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "011", "60622", "Carburants", 310_000, ["020", "112", "813", "823"]),
    (FONCTIONNEMENT, DEPENSE, "011", "60623", "Alimentation", 1_650_000, ["251", "64", "61", "421"]),
    (FONCTIONNEMENT, DEPENSE, "011", "60631", "Fournitures d'entretien", 420_000, BUILDING_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "011", "60632", "Fournitures de petit équipement", 760_000, ["020", "211", "212", "411", "813", "822", "823"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6064", "Fournitures administratives", 180_000, ["020", "021", "112", "321"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6067", "Fournitures scolaires", 390_000, ["211", "212"]),
    (FONCTIONNEMENT, DEPENSE, "011", "611", "Contrats de prestations de services", 4_300_000, ["020", "251", "813", "823", "422", "33"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6135", "Locations mobilières", 520_000, ["020", "024", "415"]),
    (FONCTIONNEMENT, DEPENSE, "011", "615221", "Entretien et réparations de bâtiments publics", 2_100_000, BUILDING_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "011", "615231", "Entretien et réparations de voiries", 1_300_000, ["822"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6156", "Maintenance", 1_150_000, ["020", "112", "413", "814"]),
    (FONCTIONNEMENT, DEPENSE, "011", "616", "Primes d'assurances", 620_000, ["020"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6184", "Versements à des organismes de formation", 340_000, ["020"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6226", "Honoraires", 280_000, ["020", "824"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6232", "Fêtes et cérémonies", 480_000, ["024", "415", "33"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6236", "Catalogues et imprimés", 230_000, ["023", "313", "321"]),
    (FONCTIONNEMENT, DEPENSE, "011", "6262", "Frais de télécommunications", 310_000, ["020", "112", "212"]),
    (FONCTIONNEMENT, DEPENSE, "012", "64111", "Rémunération principale des titulaires", 33_800_000, SERVICE_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "012", "64131", "Rémunérations des non titulaires", 7_200_000, SERVICE_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "012", "6451", "Cotisations à l'URSSAF", 7_900_000, SERVICE_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "012", "6453", "Cotisations aux caisses de retraite", 10_600_000, SERVICE_FUNCTIONS),
    (FONCTIONNEMENT, DEPENSE, "014", "739223", "Fonds de péréquation des ressources communales et intercommunales", 900_000, ["01"]),
    (FONCTIONNEMENT, DEPENSE, "65", "6531", "Indemnités des élus", 640_000, ["021"]),
    (FONCTIONNEMENT, DEPENSE, "65", "65548", "Contributions aux organismes de regroupement", 9_400_000, ["01", "813"]),
    (FONCTIONNEMENT, DEPENSE, "65", "6558", "Autres contributions obligatoires", 520_000, ["212"]),
    (FONCTIONNEMENT, DEPENSE, "65", "657362", "Subvention au centre communal d'action sociale", 2_300_000, ["520"]),
    (FONCTIONNEMENT, DEPENSE, "65", "6574", "Subventions aux associations", 1_900_000, ["025", "33", "415", "520", "422"]),
    (FONCTIONNEMENT, DEPENSE, "66", "66111", "Intérêts réglés à l'échéance", 2_100_000, ["01"]),
    (FONCTIONNEMENT, DEPENSE, "67", "6718", "Autres charges exceptionnelles", 90_000, ["020"]),
    (FONCTIONNEMENT, DEPENSE, "042", "6811", "Dotations aux amortissements", 5_600_000, ["01"]),
    # Operating receipts (Fonctionnement, Recette).
    (FONCTIONNEMENT, RECETTE, "013", "6419", "Remboursements sur rémunérations du personnel", 480_000, ["020"]),
    (FONCTIONNEMENT, RECETTE, "70", "70311", "Concessions dans les cimetières", 160_000, ["026"]),
    (FONCTIONNEMENT, RECETTE, "70", "70323", "Redevance d'occupation du domaine public", 620_000, ["822", "91"]),
    (FONCTIONNEMENT, RECETTE, "70", "7062", "Redevances des services culturels", 740_000, ["311", "313", "314", "321", "322"]),
    (FONCTIONNEMENT, RECETTE, "70", "7066", "Redevances des services sociaux", 2_100_000, ["64", "61"]),
    (FONCTIONNEMENT, RECETTE, "70", "7067", "Redevances des services périscolaires", 3_900_000, ["251", "421", "255"]),
    (FONCTIONNEMENT, RECETTE, "70", "70632", "Redevances des services sportifs", 690_000, ["411", "413", "414"]),
    (FONCTIONNEMENT, RECETTE, "73", "73111", "Impôts directs locaux", 64_000_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "73", "73211", "Attribution de compensation", 13_600_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "73", "73212", "Dotation de solidarité communautaire", 1_100_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "73", "7336", "Droits de place", 310_000, ["91"]),
    (FONCTIONNEMENT, RECETTE, "73", "7351", "Taxe sur la consommation finale d'électricité", 1_050_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "73", "7368", "Taxe locale sur la publicité extérieure", 380_000, ["822"]),
    (FONCTIONNEMENT, RECETTE, "73", "7381", "Taxe additionnelle aux droits de mutation", 5_200_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "74", "7411", "Dotation forfaitaire", 8_900_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "74", "74123", "Dotation de solidarité urbaine", 1_400_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "74", "74718", "Participations de l'État - autres", 560_000, ["212", "112"]),
    (FONCTIONNEMENT, RECETTE, "74", "7478", "Participations d'autres organismes", 5_300_000, ["64", "421", "251"]),
    (FONCTIONNEMENT, RECETTE, "74", "74834", "Compensation des exonérations de taxes foncières", 820_000, ["01"]),
    (FONCTIONNEMENT, RECETTE, "75", "752", "Revenus des immeubles", 1_250_000, ["71", "020"]),
    (FONCTIONNEMENT, RECETTE, "77", "7788", "Produits exceptionnels divers", 180_000, ["020"]),
    # Capital expenses (Investissement, Dépense).
    (INVESTISSEMENT, DEPENSE, "16", "1641", "Emprunts en euros", 6_100_000, ["01"]),
    (INVESTISSEMENT, DEPENSE, "20", "2031", "Frais d'études", 900_000, ["020", "212", "822", "824"]),
    (INVESTISSEMENT, DEPENSE, "20", "2051", "Concessions et droits similaires (logiciels)", 420_000, ["020", "321"]),
    (INVESTISSEMENT, DEPENSE, "21", "2111", "Terrains nus", 650_000, ["824"]),
    (INVESTISSEMENT, DEPENSE, "21", "2128", "Autres agencements et aménagements de terrains", 1_100_000, ["823", "414"]),
    (INVESTISSEMENT, DEPENSE, "21", "21312", "Bâtiments scolaires", 3_400_000, ["211", "212", "251"]),
    (INVESTISSEMENT, DEPENSE, "21", "21318", "Autres bâtiments publics", 2_600_000, ["020", "311", "321", "411", "413", "64"]),
    (INVESTISSEMENT, DEPENSE, "21", "2152", "Installations de voirie", 2_900_000, ["822"]),
    (INVESTISSEMENT, DEPENSE, "21", "21534", "Réseaux d'électrification", 1_300_000, ["814"]),
    (INVESTISSEMENT, DEPENSE, "21", "2182", "Matériel de transport", 780_000, ["020", "112", "813", "823"]),
    (INVESTISSEMENT, DEPENSE, "21", "2183", "Matériel de bureau et matériel informatique", 860_000, ["020", "211", "212", "321"]),
    (INVESTISSEMENT, DEPENSE, "21", "2184", "Mobilier", 540_000, ["211", "212", "251", "321", "64"]),
    (INVESTISSEMENT, DEPENSE, "21", "2188", "Autres immobilisations corporelles", 720_000, ["020", "411", "412", "823"]),
    (INVESTISSEMENT, DEPENSE, "23", "2313", "Constructions en cours", 9_400_000, ["212", "413", "411", "64"]),
    (INVESTISSEMENT, DEPENSE, "23", "2315", "Installations, matériel et outillage techniques en cours", 3_200_000, ["822", "814", "823"]),
    # Capital receipts (Investissement, Recette), besides the balancing lines.
    (INVESTISSEMENT, RECETTE, "10", "10222", "Fonds de compensation de la TVA", 2_600_000, ["01"]),
    (INVESTISSEMENT, RECETTE, "10", "10226", "Taxe d'aménagement", 620_000, ["01"]),
    (INVESTISSEMENT, RECETTE, "13", "1321", "Subventions d'équipement de l'État", 1_200_000, ["212", "822"]),
    (INVESTISSEMENT, RECETTE, "13", "1322", "Subventions d'équipement de la Région", 900_000, ["212", "411"]),
    (INVESTISSEMENT, RECETTE, "13", "1323", "Subventions d'équipement du Département", 1_700_000, ["212", "413", "822"]),
    (INVESTISSEMENT, RECETTE, "13", "1328", "Autres subventions d'équipement", 450_000, ["64", "321"]),
    (INVESTISSEMENT, RECETTE, "024", "024", "Produits des cessions d'immobilisations", 1_100_000, ["01"]),
]

# Depreciation receipts (chapter 040) that mirror the 6811 expense, with their share.
DEPRECIATION_NATURES = [
    ("28031", "Amortissement des frais d'études", 8),
    ("28051", "Amortissement des logiciels", 10),
    ("28128", "Amortissement des aménagements de terrains", 12),
    ("281578", "Amortissement du matériel technique de voirie", 20),
    ("28182", "Amortissement du matériel de transport", 18),
    ("28183", "Amortissement du matériel informatique", 14),
    ("28184", "Amortissement du mobilier", 8),
    ("28188", "Amortissement des autres immobilisations corporelles", 10),
]
