# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: lesson
#     id: "02"
#     name: {fr: 02_ouvrir_nettoyer, en: 02_open_clean}
#     title: {fr: "Ouvrir et nettoyer", en: "Open and clean"}
#     teaching_minutes: 30
#     exercise_minutes: 20
#     objectives:
#       fr:
#         - "Ouvrir un fichier CSV, Excel, JSON ou GeoJSON tel qu'il arrive, avec wk.open_dataset."
#         - "Lire le rapport de détection : encodage, séparateur, virgule décimale, positions."
#         - "Corriger ce qui reste avec pandas : espaces, doublons, valeurs manquantes, zéros qui veulent dire « inconnu »."
#         - "Dessiner une première carte rapide et un premier graphique."
#       en:
#         - "Open a CSV, Excel, JSON or GeoJSON file as it comes, with wk.open_dataset."
#         - "Read the detection report: encoding, delimiter, decimal comma, positions."
#         - "Fix what remains with pandas: spaces, duplicates, missing values, zeros that mean 'unknown'."
#         - "Draw a first quick map and a first chart."
#     keypoints:
#       fr:
#         - "Un fichier ouvert n'est pas un fichier lu juste : lisez toujours le rapport de détection."
#         - "Les dates françaises se lisent jour d'abord, avec un seul format par colonne."
#         - "Les codes (INSEE, postal, UAI) restent du texte : 01100 n'est pas le nombre 1100."
#         - "Les positions vont dans latitude et longitude en degrés WGS84 ; le Lambert-93 est converti."
#         - "Un point loin de tous les autres se vérifie avant de se dessiner."
#       en:
#         - "An opened file is not a correctly read file: always read the detection report."
#         - "French dates are read day first, with one format per column."
#         - "Codes (INSEE, postal, school) stay text: 01100 is not the number 1100."
#         - "Positions go into latitude and longitude in WGS84 degrees; Lambert-93 is converted."
#         - "A point far from all the others is checked before it is drawn."
# ---

# %% [markdown] lang="fr"
# ## Pourquoi ouvrir un fichier est difficile
#
# Dans les ateliers précédents, **préparer la donnée** a pris plus de temps que tout le
# reste. Un fichier publié par une ville arrive rarement « propre » :
#
# - il est enregistré en **Windows-1252** ou **latin-1** plutôt qu'en UTF-8, et les accents
#   deviennent illisibles ;
# - ses colonnes sont séparées par des **points-virgules**, et ses nombres s'écrivent avec
#   une **virgule décimale** (« 48,8241 ») ;
# - ses dates s'écrivent **jour/mois/année** ;
# - ses positions sont dans une colonne « lat, lon », dans du GeoJSON, ou en **mètres
#   Lambert-93** au lieu de degrés.
#
# Cette leçon vous apprend à ouvrir ces fichiers sans perdre d'information, puis à
# nettoyer ce qui reste.

# %% [markdown] lang="en"
# ## Why opening a file is hard
#
# In earlier workshops, **preparing the data** took longer than everything else. A file
# published by a city rarely arrives "clean":
#
# - it is saved in **Windows-1252** or **latin-1** rather than UTF-8, and accents become
#   unreadable;
# - its columns are separated by **semicolons**, and its numbers use a **decimal comma**
#   ("48,8241");
# - its dates are written **day/month/year**;
# - its positions are in a "lat, lon" column, in GeoJSON, or in **Lambert-93 metres**
#   instead of degrees.
#
# This lesson teaches you to open these files without losing information, then to clean
# what remains.

# %%
import pandas as pd

import workshop_kit as wk
from workshop_kit import cleaning

wk.set_language("@LANG@")

# %% [markdown] lang="fr"
# ## Ce que fait pandas seul
#
# `pd.read_csv` suppose un fichier UTF-8 séparé par des virgules. Essayons-le sur la liste
# des événements de Rivebelle, exportée depuis Excel.

# %% [markdown] lang="en"
# ## What pandas does on its own
#
# `pd.read_csv` assumes a comma-separated UTF-8 file. Let us try it on Rivebelle's list of
# events, exported from Excel.

# %%
events_path = wk.sample_path("evenements.csv")
try:
    pd.read_csv(events_path)
except UnicodeDecodeError as error:
    print(type(error).__name__, ":", error)

# %% [markdown] lang="fr"
# > **Erreur fréquente : `UnicodeDecodeError`.**
# >
# > Ce message veut dire que le fichier n'est pas en UTF-8. Ajouter `encoding="latin-1"`
# > fait souvent disparaître l'erreur, mais transforme en silence l'apostrophe courbe `’` et
# > le symbole `€` en caractères de contrôle invisibles. Le bon encodage d'un export Excel
# > français est presque toujours **Windows-1252** (`cp1252`).

# %% [markdown] lang="en"
# > **Common error: `UnicodeDecodeError`.**
# >
# > This message means the file is not UTF-8. Adding `encoding="latin-1"` often makes the
# > error go away, but silently turns the curly apostrophe `’` and the `€` sign into
# > invisible control characters. The right encoding of a French Excel export is almost
# > always **Windows-1252** (`cp1252`).

# %% [markdown] lang="fr"
# ## `wk.open_dataset` : ouvrir et dire ce qu'il a trouvé
#
# `wk.open_dataset` regarde le début du fichier, en déduit l'encodage, le séparateur, la
# virgule décimale, le format des dates et les colonnes de position, puis affiche un
# **rapport de détection**. Lisez-le en entier.

# %% [markdown] lang="en"
# ## `wk.open_dataset`: open, and say what was found
#
# `wk.open_dataset` looks at the start of the file, works out the encoding, the delimiter,
# the decimal comma, the date format and the position columns, then shows a **detection
# report**. Read all of it.

# %%
events = wk.open_dataset(events_path)
events.head(3)

# %% [markdown] lang="fr"
# Le rapport reste attaché au tableau, dans `events.attrs["workshop_report"]`. Ses champs
# se lisent aussi dans le code : `encoding`, `delimiter`, `decimal`, `crs`...
#
# **À vous :** quel séparateur de colonnes a été détecté ? Remplacez `...` par
# `report.delimiter`, ou tapez le caractère entre guillemets.

# %% [markdown] lang="en"
# The report stays attached to the table, in `events.attrs["workshop_report"]`. Its fields
# can also be read in code: `encoding`, `delimiter`, `decimal`, `crs`...
#
# **Your turn:** which column delimiter was detected? Replace `...` with
# `report.delimiter`, or type the character between quotes.

# %% tags=["exercise"]
report = events.attrs["workshop_report"]
delimiter = ...

wk.check(delimiter, ";", hint_key="lesson02.hint_delimiter")

# %% [markdown] lang="fr"
# ## Les dates : le jour d'abord
#
# « 03/04/2026 » est le 3 avril en France et le 4 mars aux États-Unis. Si chaque ligne
# était devinée seule, « 13/04 » serait lu jour d'abord et « 03/04 » mois d'abord. C'est
# pourquoi `open_dataset` choisit **un seul format par colonne**, jour d'abord. Vérifions :
# tous les événements ont lieu en 2026, et chaque mois en a quelques-uns.

# %% [markdown] lang="en"
# ## Dates: day first
#
# "03/04/2026" is 3 April in France and 4 March in the United States. If each row were
# guessed on its own, "13/04" would be read day first and "03/04" month first. That is
# why `open_dataset` picks **one format per column**, day first. Let us check: every
# event takes place in 2026, and each month has a few.

# %%
events["Date de début"].dt.year.unique()

# %%
events["Date de début"].dt.month.value_counts().sort_index()

# %% [markdown] lang="fr"
# ## Des positions sous toutes leurs formes
#
# Les arbres de Rivebelle viennent d'un portail OpenDataSoft : la position est dans
# `geo_point_2d`, écrite « latitude, longitude ». Les parkings viennent d'un logiciel de
# SIG, en **Lambert-93** (des mètres). Dans les deux cas, `open_dataset` ajoute les
# colonnes `latitude` et `longitude` en degrés **WGS84**, le système des cartes web et
# des GPS.

# %% [markdown] lang="en"
# ## Positions in every shape
#
# Rivebelle's trees come from an OpenDataSoft portal: the position is in `geo_point_2d`,
# written "latitude, longitude". The car parks come from GIS software, in **Lambert-93**
# (metres). In both cases `open_dataset` adds `latitude` and `longitude` columns in
# **WGS84** degrees, the system of web maps and GPS.

# %%
trees = wk.open_dataset(wk.sample_path("arbres.csv"))
trees[["libelle_francais", "geo_point_2d", "latitude", "longitude"]].head(3)

# %%
parkings = wk.open_dataset(wk.sample_path("parkings_lambert93.geojson"))
parkings[["nom", "capacite", "latitude", "longitude"]].head(3)

# %% [markdown] lang="fr"
# **À vous :** dans quel système les parkings étaient-ils écrits ? Lisez le champ `crs` du
# rapport des parkings.

# %% [markdown] lang="en"
# **Your turn:** in which system were the car parks written? Read the `crs` field of the
# car parks' report.

# %% tags=["exercise"]
parkings_crs = ...

wk.check(parkings_crs, "EPSG:2154", hint_key="lesson02.hint_crs")

# %% [markdown] lang="fr"
# ## Les nombres à la française et les codes
#
# Le budget 2025 écrit ses montants « 1 063 850,00 » avec une **espace insécable** entre
# les milliers. Ses codes de nature et de fonction (« 6042 », « 020 ») ne sont pas des
# quantités : ils restent du **texte**, sinon « 020 » deviendrait 20.

# %% [markdown] lang="en"
# ## French numbers and codes
#
# The 2025 budget writes its amounts "1 063 850,00" with a **non-breaking space** between
# thousands. Its nature and function codes ("6042", "020") are not quantities: they stay
# **text**, otherwise "020" would become 20.

# %%
budget = wk.open_dataset(wk.sample_path("budget_2025.csv"))
budget[["Section", "Sens", "Nature", "Fonction", "BP"]].head(3)

# %%
budget.groupby(["Section", "Sens"])["BP"].sum().round(2)

# %% [markdown] lang="fr"
# Les recettes égalent les dépenses dans chaque section : le budget est équilibré, et les
# montants ont bien été lus comme des nombres.
#
# > **Erreur fréquente : une somme qui colle les textes bout à bout.**
# >
# > Si une colonne de montants est restée du texte, `.sum()` ne renvoie pas un total mais
# > une longue chaîne « 1 063 850,00 200,00 ... ». Vérifiez le type avec `df.dtypes` :
# > un montant doit être `float64`.

# %% [markdown] lang="en"
# Receipts equal expenses in each section: the budget is balanced, and the amounts were
# read as numbers.
#
# > **Common error: a sum that glues texts together.**
# >
# > If an amount column stayed text, `.sum()` does not return a total but a long string
# > "1 063 850,00 200,00 ...". Check the type with `df.dtypes`: an amount must be
# > `float64`.

# %% [markdown] lang="fr"
# ## Nettoyer ce qui reste
#
# `open_dataset` lit le fichier tel qu'il est ; il ne corrige pas les erreurs de saisie.
# La copie de travail `arbres_a_nettoyer.csv` en contient plusieurs. Trois fonctions de
# `workshop_kit.cleaning` font le gros du travail, et chacune dit ce qu'elle a changé.

# %% [markdown] lang="en"
# ## Clean what remains
#
# `open_dataset` reads the file as it is; it does not fix data-entry mistakes. The working
# copy `arbres_a_nettoyer.csv` has several. Three functions of `workshop_kit.cleaning` do
# most of the work, and each one says what it changed.

# %%
messy_trees = wk.open_dataset(wk.sample_path("arbres_a_nettoyer.csv"), show_report=False)
messy_trees = cleaning.trim_spaces(messy_trees)
messy_trees = cleaning.drop_duplicates(messy_trees)
cleaning.missing_summary(messy_trees).head(5)

# %% [markdown] lang="fr"
# Certains arbres ont une hauteur de **0 mètre** : c'est la façon dont l'ancien logiciel
# notait « inconnue ». Un zéro fausserait la hauteur moyenne ; `mask` le remplace par une
# valeur manquante.

# %% [markdown] lang="en"
# Some trees have a height of **0 metres**: that is how the old software wrote "unknown". A
# zero would distort the mean height; `mask` replaces it with a missing value.

# %%
print((messy_trees["hauteur_m"] == 0).sum())
messy_trees["hauteur_m"] = messy_trees["hauteur_m"].mask(messy_trees["hauteur_m"] == 0)
messy_trees["hauteur_m"].mean().round(1)

# %% [markdown] lang="fr"
# Deux autres fonctions servent souvent : `clean_column_names` simplifie les noms de
# colonnes (minuscules, sans accents ni espaces) en gardant la correspondance avec les noms
# d'origine, et `split_values` découpe une cellule qui contient plusieurs valeurs.

# %% [markdown] lang="en"
# Two more functions are often useful: `clean_column_names` simplifies column names
# (lower case, no accents or spaces) while keeping the map to the original names, and
# `split_values` splits a cell holding several values.

# %%
places = wk.open_dataset(wk.sample_path("lieux.xlsx"), show_report=False)
places = cleaning.clean_column_names(places)
cleaning.original_names(places)["code_postal"]

# %%
activities = pd.DataFrame({"lieu": ["Gymnase", "Médiathèque"], "activites": ["Sport; Danse", "Lecture; Cinéma; Jeux"]})
cleaning.split_values(activities, "activites")

# %% [markdown] lang="fr"
# **À vous :** combien d'arbres en double `drop_duplicates` a-t-il retirés de
# `arbres_a_nettoyer.csv` ? Lisez le message affiché plus haut.

# %% [markdown] lang="en"
# **Your turn:** how many duplicate trees did `drop_duplicates` remove from
# `arbres_a_nettoyer.csv`? Read the message shown above.

# %% tags=["exercise"]
removed_duplicates = ...

wk.check(removed_duplicates, 5, hint_key="lesson02.hint_duplicates")

# %% [markdown] lang="fr"
# ## Une première carte, un premier graphique
#
# Avec `latitude` et `longitude`, un simple nuage de points dessine déjà la ville : chaque
# arbre est un point, les rues apparaissent. C'est aussi le moyen le plus rapide de voir un
# point égaré loin des autres.

# %% [markdown] lang="en"
# ## A first map, a first chart
#
# With `latitude` and `longitude`, a plain scatter plot already draws the city: each tree
# is a dot, and the streets appear. It is also the quickest way to spot a point stranded
# far from the others.

# %%
trees.plot.scatter(x="longitude", y="latitude", s=1, figsize=(6, 5), title="Rivebelle");

# %%
trees["libelle_francais"].value_counts().head(8).plot.barh(figsize=(6, 3));

# %% [markdown] lang="fr"
# > **Erreur fréquente : un point au milieu de l'océan.**
# >
# > Une latitude et une longitude inversées, ou une position à 0, dessinent un point très
# > loin de la ville. `open_dataset` remet en ordre les lignes inversées et liste les points
# > éloignés dans `report.outlier_rows` : regardez-les avant de publier.
#
# ## Et ensuite ?
#
# Dans l'exercice, vous ouvrez une liste de lieux pleine de défauts et vous la nettoyez.
# La leçon suivante vérifie la qualité d'un jeu de données avant de le publier.

# %% [markdown] lang="en"
# > **Common error: a point in the middle of the ocean.**
# >
# > Swapped latitude and longitude, or a position at 0, draw a point very far from the
# > city. `open_dataset` puts swapped rows back in order and lists distant points in
# > `report.outlier_rows`: look at them before you publish.
#
# ## What next?
#
# In the exercise, you open a list of places full of flaws and clean it. The next lesson
# checks the quality of a dataset before you publish it.
