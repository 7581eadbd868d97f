# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: lesson
#     id: "05"
#     name: {fr: 05_construire_une_appli, en: 05_build_app}
#     title: {fr: "Construire une appli", en: "Build an app"}
#     teaching_minutes: 25
#     exercise_minutes: 20
#     objectives:
#       fr:
#         - "Dire à l'appli quelle colonne donne le nom, la catégorie, l'adresse et les contacts d'un lieu."
#         - "Choisir les lieux à montrer en filtrant le tableau."
#         - "Exporter une appli de carte qui marche sans réseau, avec ses données en Citadel JSON."
#         - "Ouvrir l'appli dans le navigateur et sur un téléphone."
#       en:
#         - "Tell the app which column gives a place's name, category, address and contacts."
#         - "Choose the places to show by filtering the table."
#         - "Export a map app that works without network, with its data in Citadel JSON."
#         - "Open the app in the browser and on a phone."
#     keypoints:
#       fr:
#         - "Une correspondance des colonnes (rôle → colonne) suffit à transformer un tableur en appli ; wk.build_app la propose seul."
#         - "On filtre le tableau avant l'export : l'appli montre exactement les lignes qu'on lui donne."
#         - "L'appli est un seul dossier : index.html (carte, code et données dedans) et le fichier Citadel JSON des lieux."
#         - "Un nouvel export ne remplace jamais l'ancien : il va dans un dossier numéroté, sauf avec overwrite=True."
#       en:
#         - "A column mapping (role → column) is enough to turn a spreadsheet into an app; wk.build_app proposes one by itself."
#         - "Filter the table before exporting: the app shows exactly the rows you give it."
#         - "The app is one folder: index.html (map, code and data inside) and the places' Citadel JSON file."
#         - "A new export never replaces the previous one: it goes to a numbered folder, unless overwrite=True."
# ---

# %% [markdown] lang="fr"
# ## D'un tableur à une appli dans la poche
#
# Le projet européen **Citadel on the Move** a montré à des villes comme
# Issy-les-Moulineaux qu'un simple tableur de lieux (nom, adresse, téléphone, position)
# suffit pour fabriquer une appli mobile. On indique quelle colonne joue quel rôle, et un
# modèle d'appli fait le reste.
#
# Vous allez faire la même chose avec les lieux de Rivebelle. L'appli que vous allez
# exporter a une **carte** (un point par lieu, une couleur par catégorie), une **liste**
# avec recherche, des **filtres** par catégorie, une **fiche** par lieu (appeler, écrire,
# ouvrir le site), « **Près de moi** », des **favoris** et une page d'**informations** sur
# les données (licence, source, date). Elle tient dans un dossier et marche **sans
# réseau** : la carte, le code et les données sont dans le fichier.

# %% [markdown] lang="en"
# ## From a spreadsheet to an app in your pocket
#
# The European project **Citadel on the Move** showed cities such as Issy-les-Moulineaux
# that a plain spreadsheet of places (name, address, phone, position) is enough to make a
# mobile app. You say which column plays which role, and an app template does the rest.
#
# You will do the same with Rivebelle's places. The app you export has a **map** (one dot
# per place, one colour per category), a **list** with search, **filters** by category, a
# **details page** per place (call, email, open the website), "**Near me**",
# **favourites** and an **information** page about the data (licence, source, date). It
# fits in one folder and works **without network**: the map, the code and the data are
# inside the file.

# %%
from IPython.display import display

import workshop_kit as wk
from workshop_kit.app import phone_instructions, show_app, suggest_mapping
from workshop_kit.formats.citadel import read_citadel

wk.set_language("@LANG@")

places = wk.open_dataset(wk.sample_path("lieux.xlsx"), show_report=False)
places.head(3)

# %% [markdown] lang="fr"
# ## Quelle colonne joue quel rôle ?
#
# L'appli ne lit pas les noms de colonnes : elle a besoin d'une **correspondance** entre
# ses rôles (`title` pour le nom, `category`, `address`, `phone`, `website`, `email`…) et
# les colonnes de votre tableau. `suggest_mapping` la propose à partir des noms de
# colonnes, en français ou en anglais, et du contenu (une colonne pleine d'adresses
# `https://` est un site web).

# %% [markdown] lang="en"
# ## Which column plays which role?
#
# The app does not read column names: it needs a **mapping** between its roles (`title`
# for the name, `category`, `address`, `phone`, `website`, `email`...) and the columns of
# your table. `suggest_mapping` proposes one from the column names, in French or English,
# and from the content (a column full of `https://` addresses is a website).

# %%
mapping = suggest_mapping(places)
mapping

# %% [markdown] lang="fr"
# `None` veut dire « aucune colonne » : ce tableau n'a pas de photo. Quelle colonne donne
# le **téléphone** ? Remplacez `...` par son nom, entre guillemets.

# %% [markdown] lang="en"
# `None` means "no column": this table has no photo. Which column gives the **phone**?
# Replace `...` with its name, between quotes.

# %% tags=["exercise"]
phone_column = ...

wk.check(phone_column, "Téléphone", hint_key="lesson05.hint_phone")

# %% [markdown] lang="fr"
# ## Choisir les lieux à montrer
#
# L'appli montre exactement les lignes qu'on lui donne. Pour une appli « services
# pratiques », gardons les défibrillateurs, les toilettes publiques et les stationnements
# vélo. `isin` garde les lignes dont la catégorie est dans la liste.

# %% [markdown] lang="en"
# ## Choose the places to show
#
# The app shows exactly the rows you give it. For a "practical services" app, keep the
# defibrillators, the public toilets and the bicycle parking. `isin` keeps the rows whose
# category is in the list.

# %%
practical = ["Défibrillateur", "Toilettes publiques", "Stationnement vélo"]
services = places[places["Catégorie"].isin(practical)]
services["Catégorie"].value_counts()

# %% [markdown] lang="fr"
# ## Exporter l'appli
#
# `wk.build_app` écrit un dossier avec `index.html` et le fichier Citadel JSON des lieux,
# puis renvoie le chemin du dossier. `metadata` remplit la page d'informations de l'appli :
# ne publiez jamais une appli sans dire d'où viennent les données et sous quelle licence.

# %% [markdown] lang="en"
# ## Export the app
#
# `wk.build_app` writes a folder with `index.html` and the places' Citadel JSON file, then
# returns the folder's path. `metadata` fills the app's information page: never publish an
# app without saying where the data comes from and under which licence.

# %%
app = wk.build_app(
    services,
    title="Rivebelle pratique",
    mapping=mapping,
    language="@LANG@",
    metadata={
        "licence": "Licence Ouverte 2.0",
        "licence_url": "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
        "source": "Ville de Rivebelle",
        "source_url": "https://data.rivebelle.example/explore/dataset/rivebelle-lieux",
        "date": "2025-01-15",
    },
)
sorted(path.name for path in app.iterdir() if not path.name.startswith("."))

# %% [markdown] lang="fr"
# Relancez la cellule : un **deuxième dossier** apparaît, `rivebelle-pratique-2`. Un export
# ne remplace jamais une appli déjà faite ; pour remplacer la précédente exprès, ajoutez
# `overwrite=True`.
#
# Le fichier Citadel JSON contient un point d'intérêt par lieu : d'autres applis Citadel
# peuvent le lire tel quel. Vérifiez qu'il a autant de lieux que votre tableau.

# %% [markdown] lang="en"
# Run the cell again: a **second folder** appears, `rivebelle-pratique-2`. An export never
# replaces an app already made; to replace the previous one on purpose, add
# `overwrite=True`.
#
# The Citadel JSON file contains one point of interest per place, so other Citadel apps
# can read it as it is. Check that it has as many places as your table.

# %%
citadel_places = read_citadel(app / f"{app.name}.citadel.json")
len(citadel_places), len(services)

# %% [markdown] lang="fr"
# > **Erreur fréquente : un tableau sans position.** Sans colonnes latitude et longitude,
# > il n'y a rien à mettre sur la carte. Le message dit quelles colonnes existent : ajoutez
# > les positions (leçon 02) ou renommez les colonnes.

# %% [markdown] lang="en"
# > **Common error: a table without positions.** Without latitude and longitude columns,
# > there is nothing to put on the map. The message lists the columns that exist: add the
# > positions (lesson 02) or rename the columns.

# %%
try:
    wk.build_app(services[["Nom", "Catégorie"]], title="Sans position")
except wk.WorkshopError as error:
    print(error)

# %% [markdown] lang="fr"
# ## Le constructeur d'appli
#
# Le même travail se fait sans code : le constructeur propose les colonnes, montre un
# aperçu de la carte et crée l'appli d'un clic. Changez une colonne ou la couleur, l'aperçu
# se redessine. C'est aussi ce que montre la démo `workshop demo`.

# %% [markdown] lang="en"
# ## The app builder
#
# The same work can be done without code: the builder proposes the columns, shows a
# preview of the map and creates the app in one click. Change a column or the colour, and
# the preview is redrawn. It is also what the `workshop demo` demo shows.

# %%
if not wk.in_grading():
    from workshop_kit.widgets import AppBuilder

    display(AppBuilder(services))

# %% [markdown] lang="fr"
# ## Votre appli
#
# La voici, à la taille d'un téléphone. Essayez la liste, la recherche, les filtres, une
# fiche et les favoris. Le fond de carte est uni parce que l'appli n'utilise pas le réseau.

# %% [markdown] lang="en"
# ## Your app
#
# Here it is, at a phone's size. Try the list, the search, the filters, a details page and
# the favourites. The map background is plain because the app does not use the network.

# %%
display(show_app(app))
print(phone_instructions(app))
