# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: lesson
#     id: "04"
#     name: {fr: 04_publier, en: 04_publish}
#     title: {fr: "Publier", en: "Publish"}
#     teaching_minutes: 20
#     exercise_minutes: 10
#     objectives:
#       fr:
#         - "Repérer et retirer les données personnelles avant de publier (RGPD)."
#         - "Lire un rapport de qualité et corriger ce qui bloque la publication."
#         - "Écrire des métadonnées qui font trouver le jeu de données."
#         - "Publier une version sur le portail local et la consulter par son API."
#       en:
#         - "Find and remove personal data before publishing (GDPR)."
#         - "Read a quality report and fix what blocks publishing."
#         - "Write metadata that makes the dataset findable."
#         - "Publish a version on the local portal and read it through its API."
#     keypoints:
#       fr:
#         - "Une donnée personnelle (courriel, téléphone ou nom d'une personne, commentaire libre) ne se publie pas : on la retire ou on l'anonymise d'abord. Le numéro d'un commerce ou d'un service, lui, se publie."
#         - "wk.check_dataset dit ce qui bloque et ce qui mérite attention, avec la ligne et la colonne."
#         - "Titre précis, description, producteur, licence, fréquence, couverture et mots-clés rendent le jeu trouvable."
#         - "Chaque publication est une nouvelle version : rien n'est écrasé, le catalogue DCAT pointe vers la dernière."
#       en:
#         - "Personal data (a person's e-mail, phone or name, free comments) is not published: remove or anonymise it first. A shop's or a public service's number can be published."
#         - "wk.check_dataset says what blocks and what deserves attention, with the row and column."
#         - "A specific title, description, publisher, licence, frequency, coverage and keywords make the dataset findable."
#         - "Each publication is a new version: nothing is overwritten, and the DCAT catalog points at the latest."
# ---

# %% [markdown] lang="fr"
# ## Publier, c'est s'engager
#
# Une fois en ligne, un fichier est copié, moissonné par data.gouv.fr, réutilisé. Avant de
# publier, on vérifie donc trois choses : qu'il ne contient **aucune donnée personnelle**,
# qu'il est **propre**, et qu'il est **décrit**.
#
# Le **RGPD** protège toute information sur une personne identifiable : un nom, un
# courriel, un numéro de portable, mais aussi un commentaire qui cite « M. Bernard ». Le
# code des relations entre le public et l'administration demande d'**anonymiser** les
# documents avant de les publier en ligne, et la CNIL publie des guides pour le faire.

# %% [markdown] lang="en"
# ## Publishing is a commitment
#
# Once online, a file is copied, harvested by data.gouv.fr, reused. Before publishing we
# therefore check three things: that it holds **no personal data**, that it is **clean**,
# and that it is **described**.
#
# The **GDPR** protects any information about an identifiable person: a name, an e-mail
# address, a mobile number, but also a comment that mentions "Mr Bernard". French
# administrative law (the CRPA code) asks public bodies to **anonymise** documents before
# publishing them online, and the CNIL, the French data protection authority, publishes
# guides on how to do it.

# %%
import json
import urllib.request

import pandas as pd

import workshop_kit as wk
from workshop_kit.exports.csv_package import validate_package

wk.set_language("@LANG@")

# %% [markdown] lang="fr"
# Voici les signalements de lieux saisis par les agents, tels qu'exportés d'Excel.
# Demandons le rapport de qualité.

# %% [markdown] lang="en"
# Here are the reports about places typed in by staff, as exported from Excel. Let us ask
# for the quality report.

# %%
reports = wk.open_dataset(wk.sample_path("lieux_a_nettoyer.csv"))
report = wk.check_dataset(reports)
report

# %% [markdown] lang="fr"
# Le rapport sépare ce qui **bloque** la publication de ce qui est un **avertissement**.
# Les numéros de ligne sont ceux de l'index du tableau : `reports.loc[14]` montre la
# ligne 14.
#
# Deux colonnes bloquent : les commentaires libres et les courriels des déclarants.
# Chaque problème est aussi lisible par programme :

# %% [markdown] lang="en"
# The report separates what **blocks** publishing from what is a **warning**. Row
# numbers are the table's index: `reports.loc[14]` shows row 14.
#
# Two columns block: the free comments and the declarants' e-mail addresses. Each
# problem can also be read by a program:

# %%
[(problem.column, problem.key) for problem in report.blocking]

# %% [markdown] lang="fr"
# **À vous :** faites la liste des colonnes à retirer, à partir du rapport. Remplacez `...`
# par `sorted({problem.column for problem in report.blocking})`.

# %% [markdown] lang="en"
# **Your turn:** list the columns to remove, from the report. Replace `...` with
# `sorted({problem.column for problem in report.blocking})`.

# %% tags=["exercise"]
personal_columns = ...

wk.check(personal_columns, ["Commentaire", "Courriel du déclarant"], hint_key="lesson04.hint_personal_columns")

# %% [markdown] lang="fr"
# Retirons ces colonnes, les colonnes de coordonnées d'origine (que `open_dataset` a
# recopiées, et corrigées, dans `latitude` et `longitude`) et les lignes en double.

# %% [markdown] lang="en"
# Let us drop these columns, the original coordinate columns (which `open_dataset` copied,
# and corrected, into `latitude` and `longitude`) and the duplicated rows.

# %%
cleaned = reports.drop(columns=["Commentaire", "Courriel du déclarant", "Latitude", "Longitude"])
cleaned = cleaned.drop_duplicates()
print(len(reports), "->", len(cleaned))
wk.check_dataset(cleaned)

# %% [markdown] lang="fr"
# > **Erreur fréquente : supprimer les doublons avant les colonnes personnelles.** Deux
# > signalements du même lieu par deux personnes diffèrent seulement par le courriel :
# > ils ne deviennent des doublons qu'une fois ce courriel retiré. Retirez d'abord, puis
# > dédoublonnez.
#
# ## Des métadonnées qui font trouver le jeu
#
# Un portail et un moissonneur national indexent la fiche du jeu, pas son contenu. Un
# titre comme « export » ou « données » ne sera jamais trouvé. Voici une fiche complète :

# %% [markdown] lang="en"
# > **Common error: dropping duplicates before the personal columns.** Two reports of the
# > same place by two people differ only by the e-mail address: they only become
# > duplicates once that address is removed. Remove first, then deduplicate.
#
# ## Metadata that makes the dataset findable
#
# A portal and a national harvester index the dataset's record, not its content. A title
# such as "export" or "data" will never be found. Here is a complete record:

# %%
metadata = {
    "id": "rivebelle-lieux-signales",
    "title": "Lieux signalés à Rivebelle",
    "title_en": "Reported places in Rivebelle",
    "description": ("Commerces, défibrillateurs, bureaux de vote et autres lieux signalés par les agents "
                    "de la ville de Rivebelle, avec leur adresse et leur position en WGS84. "
                    "Les commentaires et les courriels des déclarants ont été retirés."),
    "publisher": "Ville de Rivebelle",
    "licence": "lov2",
    "update_frequency": "monthly",
    "keywords": ["lieux", "équipements", "commerces", "défibrillateurs"],
    "spatial": {"name": "Rivebelle", "insee": "92999", "bbox": [2.245, 48.815, 2.29, 48.835]},
    "temporal": {"start": "2026-01-01", "end": "2026-12-31"},
}
wk.check_dataset(cleaned, metadata=metadata)

# %% [markdown] lang="fr"
# **À vous :** la licence `"cc-by-nc"` interdit l'usage commercial : ce n'est pas une
# licence ouverte. Essayez-la, et comptez les problèmes bloquants qu'elle cause. Remplacez
# `...` par `len(wk.check_dataset(cleaned, metadata=dict(metadata, licence="cc-by-nc")).blocking)`.

# %% [markdown] lang="en"
# **Your turn:** the `"cc-by-nc"` licence forbids commercial use, so it is not an open
# licence. Try it, and count the blocking problems it causes. Replace `...` with
# `len(wk.check_dataset(cleaned, metadata=dict(metadata, licence="cc-by-nc")).blocking)`.

# %% tags=["exercise"]
licence_problems = ...

wk.check(licence_problems, 1, hint_key="lesson04.hint_licence")

# %% [markdown] lang="fr"
# ## Publier
#
# `wk.publish` refait toutes les vérifications, refuse s'il reste un problème bloquant, et
# sinon écrit une **nouvelle version** dans le portail : CSV avec son `datapackage.json`,
# GeoJSON, Citadel JSON et la fiche DCAT. Le portail est dans votre dossier de travail.

# %% [markdown] lang="en"
# ## Publish
#
# `wk.publish` runs every check again, rejects the dataset while a blocking problem
# remains, and otherwise writes a **new version** in the portal: CSV with its
# `datapackage.json`, GeoJSON, Citadel JSON and the DCAT record. The portal is in your
# working folder.

# %%
publication = wk.publish(cleaned, metadata)
publication

# %% [markdown] lang="fr"
# Un réutilisateur peut vérifier le paquet avec frictionless, l'outil que nous utilisons
# aussi : aucune erreur attendue.

# %% [markdown] lang="en"
# A reuser can check the package with frictionless, the tool we use as well: no error
# expected.

# %%
validate_package(publication.files["datapackage"])

# %% [markdown] lang="fr"
# Si l'on publie à nouveau, rien n'est écrasé : une version de plus apparaît, et le
# catalogue DCAT (`catalog.dcat.jsonld`, celui qu'un portail national moissonne) pointe
# vers la dernière.

# %% [markdown] lang="en"
# Publishing again overwrites nothing: one more version appears, and the DCAT catalog
# (`catalog.dcat.jsonld`, the one a national portal harvests) points at the latest.

# %%
second = wk.publish(cleaned, metadata)
sorted(path.name for path in second.folder.parent.iterdir() if path.is_dir())

# %% [markdown] lang="fr"
# ## Le portail
#
# Le portail est **Datasette**, un vrai logiciel de publication : une page par jeu, des
# filtres, une recherche, et chaque tableau en JSON et en CSV. La cellule suivante le
# démarre sur votre ordinateur (adresse 127.0.0.1) et lit le jeu par son API JSON.

# %% [markdown] lang="en"
# ## The portal
#
# The portal is **Datasette**, real publishing software: one page per dataset, filters,
# search, and every table as JSON and CSV. The next cell starts it on your computer
# (address 127.0.0.1) and reads the dataset through its JSON API.

# %%
from IPython.display import Markdown, display

from workshop_kit.portal import start_portal, stop_portal

portal_process = None
if not wk.in_grading():
    portal_process, portal_url = start_portal(publication.portal)
    table_url = f"{portal_url}portal/{publication.dataset_id}"
    display(Markdown(wk.message("lesson04.portal_open", url=table_url)))
    # fr: L'API JSON du portail renvoie les lignes sous forme de liste, que pandas affiche en tableau.
    # en: The portal's JSON API returns the rows as a list of records, which pandas shows as a table.
    with urllib.request.urlopen(f"{table_url}.json?_shape=array&_size=3") as response:
        display(pd.DataFrame(json.load(response)))

# %% [markdown] lang="fr"
# Ouvrez le lien : essayez la recherche, les facettes (« Catégorie ») et la carte. Quand
# vous avez fini, arrêtez le portail avec la cellule suivante.

# %% [markdown] lang="en"
# Open the link: try the search, the facets ("Catégorie") and the map. When you are done,
# stop the portal with the next cell.

# %%
if portal_process is not None:
    stop_portal(portal_process)
