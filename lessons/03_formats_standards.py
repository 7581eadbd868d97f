# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: lesson
#     id: "03"
#     name: {fr: 03_formats_standards, en: 03_formats_standards}
#     title: {fr: "Formats et standards", en: "Formats and standards"}
#     teaching_minutes: 15
#     exercise_minutes: 10
#     objectives:
#       fr:
#         - "Expliquer pourquoi publier en CSV et GeoJSON plutôt qu'en PDF ou en XLS."
#         - "Noter un jeu de données sur l'échelle des 5 étoiles et savoir gagner l'étoile suivante."
#         - "Vérifier un tableau contre un schéma de données (Table Schema)."
#         - "Lire un fichier GeoJSON : WGS84, longitude d'abord."
#       en:
#         - "Explain why to publish CSV and GeoJSON rather than PDF or XLS."
#         - "Rate a dataset on the 5-star scale and know how to earn the next star."
#         - "Check a table against a data schema (Table Schema)."
#         - "Read a GeoJSON file: WGS84, longitude first."
#     keypoints:
#       fr:
#         - "CSV et GeoJSON sont des formats ouverts : du texte que tout logiciel lit, sans licence à acheter."
#         - "Les 5 étoiles : licence ouverte, données structurées, format ouvert, identifiants, liens vers d'autres données."
#         - "Un schéma fixe les noms, les types et les formats des colonnes : vos fichiers se combinent avec ceux des autres villes."
#         - "En GeoJSON, une position s'écrit [longitude, latitude] en WGS84."
#       en:
#         - "CSV and GeoJSON are open formats: text that any software reads, with no licence to buy."
#         - "The 5 stars: open licence, structured data, open format, identifiers, links to other data."
#         - "A schema fixes the names, types and formats of columns, so your files combine with other cities' files."
#         - "In GeoJSON a position is written [longitude, latitude] in WGS84."
# ---

# %% [markdown] lang="fr"
# ## Pourquoi le format compte
#
# Un tableau publié en **PDF** est une image de tableau : pour le réutiliser, il faut le
# recopier à la main. Un classeur **XLS ou XLSX** se lit mieux, mais il cache des pièges :
# onglets masqués, cellules fusionnées, formules, dates stockées comme des nombres, et un
# format pensé pour un logiciel précis.
#
# Un **CSV** est du texte : une ligne par objet, des valeurs séparées par des virgules.
# Un tableur, une base de données, un script et un portail national le lisent tous. Pour
# des lieux, le **GeoJSON** ajoute la géométrie : tous les outils de carte le lisent. Les
# deux sont des standards publiés (RFC 4180 pour le CSV, RFC 7946 pour le GeoJSON).

# %% [markdown] lang="en"
# ## Why the format matters
#
# A table published as **PDF** is a picture of a table: reusing it means retyping it. An
# **XLS or XLSX** workbook reads better, but it hides traps: hidden sheets, merged cells,
# formulas, dates stored as numbers, and a format designed around one piece of software.
#
# A **CSV** is text: one line per thing, values separated by commas. A spreadsheet, a
# database, a script and a national portal all read it. For places, **GeoJSON** adds the
# geometry, and every map tool reads it. Both are published standards (RFC 4180 for CSV,
# RFC 7946 for GeoJSON).

# %%
import pandas as pd

import workshop_kit as wk
from workshop_kit.exports.csv_package import write_csv
from workshop_kit.exports.geojson import to_geojson, write_geojson
from workshop_kit.paths import workshop_home

wk.set_language("@LANG@")

# %% [markdown] lang="fr"
# Ouvrons le classeur des lieux de la ville. `open_dataset` ajoute deux colonnes,
# `latitude` et `longitude`, qu'il a vérifiées ; les colonnes d'origine `Latitude` et
# `Longitude` font doublon, on les retire.

# %% [markdown] lang="en"
# Let us open the city's workbook of places. `open_dataset` adds two columns, `latitude`
# and `longitude`, which it has checked; the original `Latitude` and `Longitude` columns
# repeat them, so we drop them.

# %%
places = wk.open_dataset(wk.sample_path("lieux.xlsx"))
places = places.drop(columns=["Latitude", "Longitude"])
places.head(3)

# %% [markdown] lang="fr"
# Écrivons le même tableau en CSV et en GeoJSON, dans votre dossier de travail (jamais dans
# les fichiers de l'atelier), puis regardons le début de chaque fichier.

# %% [markdown] lang="en"
# Let us write the same table as CSV and as GeoJSON, in your working folder (never in the
# workshop's own files), then look at the start of each file.

# %%
folder = workshop_home() / "lesson03"
csv_path = write_csv(places, folder / "lieux.csv")
geojson_path = write_geojson(places, folder / "lieux.geojson")

print(csv_path.read_text(encoding="utf-8")[:300])

# %%
# fr: to_geojson(places) renvoie le même document GeoJSON sous forme de dictionnaire Python,
# fr: sans écrire de fichier ; le fichier écrit plus haut contient exactement ce document.
# en: to_geojson(places) returns the same GeoJSON document as a Python dict, without writing
# en: a file; the file written above contains exactly this document.
document = to_geojson(places)
document["features"][0]

# %% [markdown] lang="fr"
# Chaque lieu devient une **Feature** : une géométrie `Point` et des propriétés (les autres
# colonnes). Attention, le GeoJSON écrit **d'abord la longitude, puis la latitude**,
# toujours en degrés WGS84.
#
# **À vous :** quelle est la longitude du premier lieu, lue dans le GeoJSON ? Remplacez
# `...` par `document["features"][0]["geometry"]["coordinates"][0]`.

# %% [markdown] lang="en"
# Each place becomes a **Feature**: a `Point` geometry and properties (the other columns).
# Careful: GeoJSON writes **the longitude first, then the latitude**, always in WGS84
# degrees.
#
# **Your turn:** what is the longitude of the first place, read from the GeoJSON? Replace
# `...` with `document["features"][0]["geometry"]["coordinates"][0]`.

# %% tags=["exercise"]
first_longitude = ...

wk.check(first_longitude, condition=lambda value: abs(value - places["longitude"].iloc[0]) < 1e-6,
         hint_key="lesson03.hint_longitude")

# %% [markdown] lang="fr"
# > **Erreur fréquente : latitude et longitude inversées.** Un point à « [48,8 ; 2,3] » en
# > GeoJSON tombe dans l'océan Indien, au large de la Somalie. Si votre carte montre vos
# > lieux au mauvais endroit, vérifiez l'ordre.
#
# ## Les 5 étoiles des données ouvertes
#
# Tim Berners-Lee, l'inventeur du Web, a proposé une échelle simple :
#
# | étoiles | ce qu'il faut |
# | --- | --- |
# | ★ | en ligne, sous **licence ouverte** |
# | ★★ | des données **structurées** (un tableau, pas un scan) |
# | ★★★ | un **format ouvert** (CSV plutôt que XLS) |
# | ★★★★ | un **identifiant** pour chaque objet, pour pouvoir le désigner |
# | ★★★★★ | des **liens** vers d'autres données (codes de référence partagés) |
#
# Dans l'échelle d'origine, la quatrième étoile demande une adresse web (URI) pour chaque
# objet, et la cinquième des liens vers les URI d'autres producteurs. L'atelier en garde
# une version simplifiée : un identifiant et un code partagé, comme le code INSEE, sont un
# premier pas vers ces URI et ces liens.
#
# `check_dataset` note ce que vous publieriez. Sans licence, aucune étoile : donnons-lui
# la Licence Ouverte (`lov2`).

# %% [markdown] lang="en"
# > **Common error: latitude and longitude swapped.** A point at "[48.8, 2.3]" in GeoJSON
# > lands in the Indian Ocean, off Somalia. If your map shows places in the wrong spot,
# > check the order.
#
# ## The 5 stars of open data
#
# Tim Berners-Lee, who invented the Web, proposed a simple scale:
#
# | stars | what it takes |
# | --- | --- |
# | ★ | online, under an **open licence** |
# | ★★ | **structured** data (a table, not a scan) |
# | ★★★ | an **open format** (CSV rather than XLS) |
# | ★★★★ | an **identifier** for each thing, so that it can be pointed at |
# | ★★★★★ | **links** to other data (shared reference codes) |
#
# In the original scale, the fourth star asks for a web address (URI) for each thing, and
# the fifth for links to other publishers' URIs. The workshop keeps a simpler version: an
# identifier and a shared code, such as the INSEE code, are a first step towards those
# URIs and links.
#
# `check_dataset` rates what you would publish. Without a licence there is no star, so
# let us give it the Licence Ouverte (`lov2`).

# %%
wk.check_dataset(places, metadata={"licence": "lov2"}).stars

# %% [markdown] lang="fr"
# Trois étoiles : licence ouverte, tableau, format ouvert. Pour la quatrième, chaque lieu
# a besoin d'un identifiant stable. Ajoutons une colonne `id`.

# %% [markdown] lang="en"
# Three stars: open licence, a table, an open format. For the fourth, each place needs a
# stable identifier. Let us add an `id` column.

# %%
places.insert(0, "id", [f"rivebelle-lieu-{number:04d}" for number in range(1, len(places) + 1)])
wk.check_dataset(places, metadata={"licence": "lov2"}).stars

# %% [markdown] lang="fr"
# **À vous :** la cinquième étoile demande un lien vers d'autres données. Le **code INSEE**
# de la commune (ici `"92999"`) relie chaque ligne aux données nationales. Ajoutez une
# colonne `code_insee` qui vaut `"92999"` partout : `places["code_insee"] = "92999"`.

# %% [markdown] lang="en"
# **Your turn:** the fifth star asks for a link to other data. The commune's **INSEE
# code** (here `"92999"`) links each row to national data. Add a `code_insee` column that
# is `"92999"` everywhere: `places["code_insee"] = "92999"`.

# %% tags=["exercise"]
...

rating = wk.check_dataset(places, metadata={"licence": "lov2"}).stars
wk.check(rating.stars, 5, hint_key="lesson03.hint_fifth_star")

# %% [markdown] lang="fr"
# ## Les schémas de données
#
# Quand chaque ville nomme ses colonnes à sa façon (`Nom`, `NOM_LIEU`, `libelle`...),
# personne ne peut additionner les fichiers. Un **schéma** (le format Table Schema, utilisé
# par schema.data.gouv.fr) fixe pour chaque colonne son nom, son type et son format. Les
# fichiers qui le suivent se combinent sans travail.
#
# L'atelier fournit un schéma pour les lieux, `lieux` :

# %% [markdown] lang="en"
# ## Data schemas
#
# When every city names its columns its own way (`Nom`, `NOM_LIEU`, `libelle`...), nobody
# can add the files together. A **schema** (the Table Schema format, used by
# schema.data.gouv.fr) fixes each column's name, type and format. Files that follow it
# combine with no extra work.
#
# The workshop ships a schema for places, `lieux`:

# %%
from workshop_kit.quality import load_schema_descriptor

schema = load_schema_descriptor("lieux")
pd.DataFrame(schema["fields"])[["name", "title", "type"]]

# %% [markdown] lang="fr"
# Comparons le tableau au schéma : le rapport liste les colonnes absentes et en trop.

# %% [markdown] lang="en"
# Let us compare the table with the schema: the report lists the missing and extra
# columns.

# %%
wk.check_dataset(places, schema="lieux")

# %% [markdown] lang="fr"
# Les informations sont là, mais sous d'autres noms. Renommons les colonnes vers les noms
# du schéma.

# %% [markdown] lang="en"
# The information is there, but under other names. Let us rename the columns to the
# schema's names.

# %%
SCHEMA_NAMES = {
    "Nom": "nom", "Catégorie": "categorie", "Description": "description", "Adresse": "adresse",
    "Code postal": "code_postal", "Ville": "commune", "Téléphone": "telephone",
    "Site web": "site_web", "Courriel": "courriel", "Horaires": "horaires",
}
standard_places = places.rename(columns=SCHEMA_NAMES)
report = wk.check_dataset(standard_places, schema="lieux", metadata={"licence": "lov2"})
report

# %% [markdown] lang="fr"
# **À vous :** combien de problèmes **bloquants** reste-t-il ? Écrivez `len(report.blocking)`.

# %% [markdown] lang="en"
# **Your turn:** how many **blocking** problems are left? Write `len(report.blocking)`.

# %% tags=["exercise"]
blocking_count = ...

wk.check(blocking_count, 0, hint_key="lesson03.hint_blocking")

# %% [markdown] lang="fr"
# > **Erreur fréquente : le code postal devenu nombre.** Un tableur lit « 01000 »
# > (Bourg-en-Bresse) comme le nombre 1000 et perd le zéro. Le schéma exige 5 chiffres :
# > la cellule suivante montre l'erreur qu'il signale. Gardez les codes en texte
# > (`dtype={"Code postal": str}` avec pandas).

# %% [markdown] lang="en"
# > **Common error: the postcode turned into a number.** A spreadsheet reads "01000"
# > (Bourg-en-Bresse) as the number 1000 and loses the zero. The schema requires 5 digits:
# > the next cell shows the error it reports. Keep codes as text (`dtype={"Code postal": str}`
# > with pandas).

# %%
broken = standard_places.head(3).copy()
broken["code_postal"] = ["1000", "92990", "92990"]
print(wk.check_dataset(broken, schema="lieux").blocking[0].message)

# %% [markdown] lang="fr"
# ## Et Citadel JSON ?
#
# Le projet européen Citadel on the Move a défini un format JSON pour les points d'intérêt
# : titre, catégories, position `"lat lon"` et adresse. C'est ce que lit l'appli de carte
# de la leçon 05. `publish`, dans la leçon suivante, l'écrit pour vous à côté du CSV et du
# GeoJSON.

# %% [markdown] lang="en"
# ## What about Citadel JSON?
#
# The European project Citadel on the Move defined a JSON format for points of interest:
# title, categories, a `"lat lon"` position and an address. It is what the map app of
# lesson 05 reads. `publish`, in the next lesson, writes it for you next to the CSV and
# the GeoJSON.
