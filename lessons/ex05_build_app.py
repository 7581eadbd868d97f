# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: exercise
#     id: "ex05"
#     name: {fr: ex05_construire_une_appli, en: ex05_build_app}
#     title: {fr: "Exercice : l'appli des concerts", en: "Exercise: the concerts app"}
#     teaching_minutes: 0
#     exercise_minutes: 20
#     objectives:
#       fr:
#         - "Écrire la correspondance des colonnes d'un nouveau tableau."
#         - "Filtrer les lieux à montrer."
#         - "Exporter l'appli et vérifier son fichier Citadel JSON."
#       en:
#         - "Write the column mapping of a new table."
#         - "Filter the places to show."
#         - "Export the app and check its Citadel JSON file."
#     keypoints:
#       fr:
#         - "La correspondance nomme une colonne par rôle ; les autres colonnes restent visibles dans la fiche."
#         - "Un filtre pandas avant l'export décide de ce que montre l'appli."
#         - "Le fichier Citadel JSON à côté de l'appli a un point d'intérêt par ligne exportée."
#       en:
#         - "The mapping names one column per role; the other columns stay visible on the details page."
#         - "A pandas filter before the export decides what the app shows."
#         - "The Citadel JSON file beside the app has one point of interest per exported row."
# ---

# %% [markdown] lang="fr"
# ## La mission
#
# Le service culturel veut une appli des **concerts** de l'année à Rivebelle, à partir du
# fichier des événements. Vous écrivez la correspondance des colonnes, gardez les concerts,
# exportez l'appli et vérifiez le fichier Citadel JSON qui l'accompagne.
#
# Remplacez chaque `raise NotImplementedError()` par votre réponse, puis exécutez la
# cellule et la cellule de vérification qui la suit.

# %% [markdown] lang="en"
# ## The task
#
# The culture department wants an app of this year's **concerts** in Rivebelle, from the
# events file. You write the column mapping, keep the concerts, export the app and check
# the Citadel JSON file that comes with it.
#
# Replace each `raise NotImplementedError()` with your answer, then run the cell and the
# check cell below it.

# %%
from IPython.display import display

import workshop_kit as wk
from workshop_kit.app import show_app, suggest_mapping
from workshop_kit.formats.citadel import read_citadel, validate_citadel

wk.set_language("@LANG@")

events = wk.open_dataset(wk.sample_path("evenements.csv"), show_report=False)
events.head(3)

# %% [markdown] lang="fr"
# ## 1. La correspondance des colonnes
#
# Écrivez le dictionnaire `mapping` qui donne, pour les rôles `title`, `category`,
# `address` et `description`, le nom de la colonne d'`events`. Vous pouvez partir de
# `suggest_mapping(events)` et le vérifier. Le lieu (`Lieu`) restera visible dans la fiche.

# %% [markdown] lang="en"
# ## 1. The column mapping
#
# Write the dictionary `mapping` that gives, for the roles `title`, `category`, `address`
# and `description`, the name of the column of `events`. You may start from
# `suggest_mapping(events)` and check it. The venue (`Lieu`) stays visible on the details
# page.

# %% solution="ex05-mapping"
### BEGIN SOLUTION
mapping = {"title": "Titre", "category": "Catégorie", "address": "Adresse", "description": "Description"}
### END SOLUTION
mapping

# %% grade="ex05-mapping-test" points=1
wk.assert_that(isinstance(mapping, dict), "ex05.not_dict")
for role, column in {"title": "Titre", "category": "Catégorie", "address": "Adresse", "description": "Description"}.items():
    wk.assert_that(mapping.get(role) == column, "ex05.wrong_role", role=role, answer=mapping.get(role), column=column)

# %% [markdown] lang="fr"
# ## 2. Garder les concerts
#
# Mettez dans `concerts` les lignes d'`events` dont la catégorie est « Concert ».

# %% [markdown] lang="en"
# ## 2. Keep the concerts
#
# Put in `concerts` the rows of `events` whose category is "Concert".

# %% solution="ex05-filter"
### BEGIN SOLUTION
concerts = events[events["Catégorie"] == "Concert"]
### END SOLUTION
len(concerts)

# %% grade="ex05-filter-test" points=1
expected = int((events["Catégorie"] == "Concert").sum())
wk.assert_that(len(concerts) == expected, "ex05.wrong_count", count=len(concerts), expected=expected)
wk.assert_that(set(concerts["Catégorie"]) == {"Concert"}, "ex05.other_categories", categories=sorted(set(concerts["Catégorie"])))
wk.assert_that({"latitude", "longitude"} <= set(concerts.columns), "ex05.positions_dropped")

# %% [markdown] lang="fr"
# ## 3. Exporter l'appli
#
# Exportez l'appli avec `wk.build_app`, le titre « Concerts à Rivebelle » et votre
# `mapping`, et mettez le dossier qu'elle renvoie dans `app`.

# %% [markdown] lang="en"
# ## 3. Export the app
#
# Export the app with `wk.build_app`, the title "Concerts à Rivebelle" and your `mapping`,
# and put the folder it returns in `app`.

# %% solution="ex05-export"
### BEGIN SOLUTION
app = wk.build_app(concerts, title="Concerts à Rivebelle", mapping=mapping, language="@LANG@")
### END SOLUTION
app

# %% grade="ex05-export-test" points=1
index = app / "index.html"
wk.assert_that(index.is_file(), "ex05.no_index", path=index)
page = index.read_text(encoding="utf-8")
wk.assert_that("<title>Concerts à Rivebelle</title>" in page, "ex05.wrong_title")
wk.assert_that('"count":%d' % len(concerts) in page, "ex05.wrong_app_count", expected=len(concerts))

# %% [markdown] lang="fr"
# ## 4. Le fichier Citadel JSON
#
# À côté d'`index.html`, l'export a écrit `<nom du dossier>.citadel.json`. Lisez-le avec
# `read_citadel` et mettez son nombre de lieux dans `citadel_count`.

# %% [markdown] lang="en"
# ## 4. The Citadel JSON file
#
# Beside `index.html`, the export wrote `<folder name>.citadel.json`. Read it with
# `read_citadel` and put its number of places in `citadel_count`.

# %% solution="ex05-citadel"
### BEGIN SOLUTION
citadel_count = len(read_citadel(app / f"{app.name}.citadel.json"))
### END SOLUTION
citadel_count

# %% grade="ex05-citadel-test" points=1
import json

citadel_file = app / f"{app.name}.citadel.json"
wk.assert_that(citadel_file.is_file(), "ex05.no_citadel", path=citadel_file)
document = json.loads(citadel_file.read_text(encoding="utf-8"))
wk.assert_that(validate_citadel(document) == [], "ex05.invalid_citadel")
wk.assert_that(citadel_count == len(document["dataset"]["poi"]) == len(concerts), "ex05.wrong_citadel_count",
               answer=citadel_count, expected=len(concerts))

# %% [markdown] lang="fr"
# ## Votre appli des concerts
#
# La voici. Touchez un point, ouvrez la fiche, cherchez « quatuor » dans la liste.

# %% [markdown] lang="en"
# ## Your concerts app
#
# Here it is. Tap a dot, open the details page, search "quatuor" in the list.

# %%
if not wk.in_grading():
    display(show_app(app))

# %% [markdown] lang="fr"
# ## Vérifier tout l'exercice
#
# Enregistrez le notebook (Ctrl+S), puis exécutez la cellule ci-dessous. Elle relance tout
# l'exercice comme le fera la correction, et dit ce qui reste à revoir.

# %% [markdown] lang="en"
# ## Check the whole exercise
#
# Save the notebook (Ctrl+S), then run the cell below. It runs the whole exercise again
# the way grading will, and says what is left to look at.

# %%
wk.validate()
