# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: exercise
#     id: "ex03"
#     name: {fr: ex03_formats, en: ex03_formats}
#     title: {fr: "Exercice : formats et standards", en: "Exercise: formats and standards"}
#     teaching_minutes: 0
#     exercise_minutes: 10
#     objectives:
#       fr:
#         - "Mettre un tableau de lieux au schéma « lieux »."
#         - "Produire un GeoJSON valide et lire une position dans le bon ordre."
#         - "Gagner les quatrième et cinquième étoiles."
#       en:
#         - "Bring a table of places to the 'lieux' schema."
#         - "Produce a valid GeoJSON and read a position in the right order."
#         - "Earn the fourth and fifth stars."
#     keypoints:
#       fr:
#         - "Renommer les colonnes vers les noms du schéma suffit souvent à le respecter."
#         - "Le GeoJSON écrit [longitude, latitude]."
#         - "Un identifiant unique donne la quatrième étoile, un code de référence partagé la cinquième."
#       en:
#         - "Renaming columns to the schema's names is often enough to follow it."
#         - "GeoJSON writes [longitude, latitude]."
#         - "A unique identifier earns the fourth star, a shared reference code the fifth."
# ---

# %% [markdown] lang="fr"
# ## La mission
#
# La ville veut publier ses défibrillateurs selon le schéma `lieux`, en CSV et en GeoJSON,
# avec la meilleure note possible. Remplacez chaque `raise NotImplementedError()` par votre
# réponse, puis exécutez la cellule et la cellule de vérification qui la suit.

# %% [markdown] lang="en"
# ## The mission
#
# The city wants to publish its defibrillators following the `lieux` schema, as CSV and
# GeoJSON, with the best possible rating. Replace each `raise NotImplementedError()` with
# your answer, then run the cell and the check cell that follows it.

# %%
import workshop_kit as wk
from workshop_kit.exports.geojson import to_geojson, validate_geojson
from workshop_kit.quality import load_schema_descriptor

wk.set_language("@LANG@")

places = wk.open_dataset(wk.sample_path("lieux.xlsx"))
defibrillators = places[places["Catégorie"] == "Défibrillateur"].drop(columns=["Latitude", "Longitude"])
schema_names = [field["name"] for field in load_schema_descriptor("lieux")["fields"]]
print(schema_names)
defibrillators.head(3)

# %% [markdown] lang="fr"
# ## 1. Les noms du schéma
#
# Renommez les colonnes de `defibrillators` vers les noms du schéma (la liste
# `schema_names` ci-dessus) et mettez le résultat dans `standard`. Les colonnes
# `latitude` et `longitude` ont déjà le bon nom.

# %% [markdown] lang="en"
# ## 1. The schema's names
#
# Rename the columns of `defibrillators` to the schema's names (the `schema_names` list
# above) and put the result in `standard`. The `latitude` and `longitude` columns
# already have the right name.

# %% solution="ex03-rename"
### BEGIN SOLUTION
standard = defibrillators.rename(columns={
    "Nom": "nom", "Catégorie": "categorie", "Description": "description", "Adresse": "adresse",
    "Code postal": "code_postal", "Ville": "commune", "Téléphone": "telephone",
    "Site web": "site_web", "Courriel": "courriel", "Horaires": "horaires",
})
### END SOLUTION
list(standard.columns)

# %% grade="ex03-rename-test" points=1
missing = [name for name in schema_names if name not in standard.columns]
wk.assert_that(not missing, "ex03.missing_columns", columns=", ".join(missing))
wk.assert_that(len(standard) == len(defibrillators), "ex03.rows_changed", expected=len(defibrillators), actual=len(standard))

# %% [markdown] lang="fr"
# ## 2. Conforme au schéma
#
# Vérifiez `standard` contre le schéma `lieux` avec `wk.check_dataset(..., schema="lieux")`
# et mettez le rapport dans `schema_report`. Il ne doit rester aucun problème bloquant.

# %% [markdown] lang="en"
# ## 2. Following the schema
#
# Check `standard` against the `lieux` schema with `wk.check_dataset(..., schema="lieux")`
# and put the report in `schema_report`. No blocking problem may remain.

# %% solution="ex03-schema"
### BEGIN SOLUTION
schema_report = wk.check_dataset(standard, schema="lieux")
### END SOLUTION
schema_report

# %% grade="ex03-schema-test" points=1
wk.assert_that(hasattr(schema_report, "blocking"), "ex03.not_a_report", name="schema_report")
wk.assert_that(not schema_report.blocking, "ex03.schema_blocking", count=len(schema_report.blocking))

# %% [markdown] lang="fr"
# ## 3. Le GeoJSON
#
# Transformez `standard` en GeoJSON avec `to_geojson` (mettez le résultat dans
# `document`), puis mettez dans `first_position` la liste `[longitude, latitude]` du
# premier défibrillateur, lue dans `document`.

# %% [markdown] lang="en"
# ## 3. The GeoJSON
#
# Turn `standard` into GeoJSON with `to_geojson` (put the result in `document`), then put
# in `first_position` the `[longitude, latitude]` list of the first defibrillator, read
# from `document`.

# %% solution="ex03-geojson"
### BEGIN SOLUTION
document = to_geojson(standard)
first_position = document["features"][0]["geometry"]["coordinates"]
### END SOLUTION
first_position

# %% grade="ex03-geojson-test" points=1
errors = validate_geojson(document)
wk.assert_that(errors == [], "ex03.geojson_invalid", errors="; ".join(errors[:3]))
expected = [round(standard["longitude"].iloc[0], 7), round(standard["latitude"].iloc[0], 7)]
wk.assert_that(list(first_position) == expected, "ex03.wrong_position", expected=expected, actual=first_position)

# %% [markdown] lang="fr"
# ## 4. Cinq étoiles
#
# Ajoutez à `standard` une colonne `id` (un identifiant différent par ligne, par exemple
# `"rivebelle-dae-1"`, `"rivebelle-dae-2"`...) et une colonne `code_insee` qui vaut
# `"92999"`. Mettez ensuite la note dans `rating` avec
# `wk.check_dataset(standard, metadata={"licence": "lov2"}).stars`.

# %% [markdown] lang="en"
# ## 4. Five stars
#
# Add to `standard` an `id` column (a different identifier on each row, for example
# `"rivebelle-dae-1"`, `"rivebelle-dae-2"`...) and a `code_insee` column equal to
# `"92999"`. Then put the rating in `rating` with
# `wk.check_dataset(standard, metadata={"licence": "lov2"}).stars`.

# %% solution="ex03-stars"
### BEGIN SOLUTION
standard = standard.copy()
standard.insert(0, "id", [f"rivebelle-dae-{number}" for number in range(1, len(standard) + 1)])
standard["code_insee"] = "92999"
rating = wk.check_dataset(standard, metadata={"licence": "lov2"}).stars
### END SOLUTION
rating

# %% grade="ex03-stars-test" points=1
wk.assert_that("id" in standard.columns and standard["id"].is_unique, "ex03.id_not_unique")
wk.assert_that(rating.stars == 5, "ex03.not_five_stars", stars=rating.stars, next_step=rating.next_step or "")

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
