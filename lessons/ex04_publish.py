# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: exercise
#     id: "ex04"
#     name: {fr: ex04_publier, en: ex04_publish}
#     title: {fr: "Exercice : publier", en: "Exercise: publish"}
#     teaching_minutes: 0
#     exercise_minutes: 10
#     objectives:
#       fr:
#         - "Retirer les données personnelles et les doublons signalés par le rapport."
#         - "Compléter les métadonnées jusqu'à ne plus avoir d'avertissement."
#         - "Publier une version et vérifier que le paquet publié est valide."
#       en:
#         - "Remove the personal data and duplicates the report points out."
#         - "Complete the metadata until no warning is left."
#         - "Publish a version and check that the published package is valid."
#     keypoints:
#       fr:
#         - "On retire les colonnes personnelles avant de dédoublonner."
#         - "Des métadonnées complètes ne laissent aucun avertissement."
#         - "publish refuse tant qu'un problème bloque, et écrit une nouvelle version sinon."
#       en:
#         - "Remove the personal columns before deduplicating."
#         - "Complete metadata leaves no warning."
#         - "publish rejects while a problem blocks, and writes a new version otherwise."
# ---

# %% [markdown] lang="fr"
# ## La mission
#
# Les agents ont saisi des signalements de lieux dans un tableur. Vous devez les publier
# sur le portail de la ville sans aucune donnée personnelle, proprement décrits.
# Remplacez chaque `raise NotImplementedError()` par votre réponse, puis exécutez la
# cellule et la cellule de vérification qui la suit.

# %% [markdown] lang="en"
# ## The mission
#
# Staff typed reports about places into a spreadsheet. You must publish them on the
# city's portal with no personal data, properly described. Replace each
# `raise NotImplementedError()` with your answer, then run the cell and the check cell
# that follows it.

# %%
import workshop_kit as wk
from workshop_kit.exports.csv_package import validate_package
from workshop_kit.paths import workshop_home

wk.set_language("@LANG@")

PORTAL = workshop_home() / "ex04-portal"
reports = wk.open_dataset(wk.sample_path("lieux_a_nettoyer.csv"))
report = wk.check_dataset(reports)
report

# %% [markdown] lang="fr"
# ## 1. Les données personnelles
#
# Mettez dans `without_personal` le tableau `reports` sans les colonnes que le rapport
# signale comme données personnelles. Retirez aussi `Latitude` et `Longitude`, que
# `open_dataset` a recopiées et corrigées dans `latitude` et `longitude`.

# %% [markdown] lang="en"
# ## 1. Personal data
#
# Put in `without_personal` the `reports` table without the columns the report flags as
# personal data. Also drop `Latitude` and `Longitude`, which `open_dataset` copied and
# corrected into `latitude` and `longitude`.

# %% solution="ex04-personal"
### BEGIN SOLUTION
personal_columns = sorted({problem.column for problem in report.blocking if problem.check == "personal_data"})
without_personal = reports.drop(columns=personal_columns + ["Latitude", "Longitude"])
### END SOLUTION
list(without_personal.columns)

# %% grade="ex04-personal-test" points=1
left = sorted({problem.column for problem in wk.check_dataset(without_personal).blocking
               if problem.check == "personal_data"})
wk.assert_that(not left, "ex04.personal_left", columns=", ".join(left))
wk.assert_that("Latitude" not in without_personal.columns, "ex04.original_coordinates")
wk.assert_that("latitude" in without_personal.columns, "ex04.coordinates_dropped")

# %% [markdown] lang="fr"
# ## 2. Les doublons
#
# Mettez dans `cleaned` le tableau `without_personal` sans ses lignes en double.

# %% [markdown] lang="en"
# ## 2. Duplicates
#
# Put in `cleaned` the `without_personal` table without its duplicated rows.

# %% solution="ex04-duplicates"
### BEGIN SOLUTION
cleaned = without_personal.drop_duplicates()
### END SOLUTION
len(cleaned)

# %% grade="ex04-duplicates-test" points=1
wk.assert_that(int(cleaned.duplicated().sum()) == 0, "ex04.duplicates_left", count=int(cleaned.duplicated().sum()))
wk.assert_that(len(cleaned) == len(without_personal.drop_duplicates()), "ex04.too_many_rows_removed",
               expected=len(without_personal.drop_duplicates()), actual=len(cleaned))

# %% [markdown] lang="fr"
# ## 3. Les métadonnées
#
# Complétez le dictionnaire `metadata` (avec `metadata.update({...})` ou
# `metadata["clé"] = valeur`) pour que `wk.check_dataset(cleaned,
# metadata=metadata)` ne signale **aucun** problème de métadonnées, ni bloquant ni
# avertissement. Lisez les messages : ils disent quel champ manque et sous quelle forme.

# %% [markdown] lang="en"
# ## 3. Metadata
#
# Complete the `metadata` dictionary (with `metadata.update({...})` or
# `metadata["key"] = value`) so that `wk.check_dataset(cleaned,
# metadata=metadata)` reports **no** metadata problem, neither blocking nor warning.
# Read the messages: they say which field is missing and in which form.

# %% solution="ex04-metadata"
metadata = {"id": "rivebelle-signalements-lieux", "title": "Export"}
### BEGIN SOLUTION
metadata.update({
    "title": "Lieux signalés par les agents de Rivebelle",
    "description": ("Commerces, défibrillateurs, bureaux de vote et stationnements vélo signalés par les "
                    "agents de la ville, avec adresse et position WGS84. Commentaires et courriels retirés."),
    "publisher": "Ville de Rivebelle",
    "licence": "lov2",
    "update_frequency": "monthly",
    "keywords": ["lieux", "signalements", "équipements"],
    "spatial": {"name": "Rivebelle", "insee": "92999"},
    "temporal": {"start": "2026-01-01", "end": "2026-12-31"},
})
### END SOLUTION
metadata_report = wk.check_dataset(cleaned, metadata=metadata)
metadata_report

# %% grade="ex04-metadata-test" points=1
metadata_problems = [problem.message for problem in wk.check_dataset(cleaned, metadata=metadata).problems
                     if problem.check == "metadata"]
wk.assert_that(not metadata_problems, "ex04.metadata_incomplete", problems=" / ".join(metadata_problems))

# %% [markdown] lang="fr"
# ## 4. Publier
#
# Publiez `cleaned` avec `metadata` dans le portail `PORTAL` :
# `wk.publish(cleaned, metadata, portal=PORTAL)`. Mettez le résultat dans `publication`.

# %% [markdown] lang="en"
# ## 4. Publish
#
# Publish `cleaned` with `metadata` in the `PORTAL` portal:
# `wk.publish(cleaned, metadata, portal=PORTAL)`. Put the result in `publication`.

# %% solution="ex04-publish"
### BEGIN SOLUTION
publication = wk.publish(cleaned, metadata, portal=PORTAL)
### END SOLUTION
publication

# %% grade="ex04-publish-test" points=1
wk.assert_that(hasattr(publication, "files"), "ex04.not_a_publication")
wk.assert_that(publication.files["csv"].is_file(), "ex04.file_missing", path=publication.files["csv"])
wk.assert_that("geojson" in publication.files, "ex04.no_geojson")

# %% [markdown] lang="fr"
# ## 5. Vérifier le paquet publié
#
# Un réutilisateur validera votre `datapackage.json` avec frictionless. Faites-le avant
# lui : mettez dans `package_errors` le résultat de
# `validate_package(publication.files["datapackage"])`.

# %% [markdown] lang="en"
# ## 5. Check the published package
#
# A reuser will validate your `datapackage.json` with frictionless. Do it before them:
# put in `package_errors` the result of
# `validate_package(publication.files["datapackage"])`.

# %% solution="ex04-validate"
### BEGIN SOLUTION
package_errors = validate_package(publication.files["datapackage"])
### END SOLUTION
package_errors

# %% grade="ex04-validate-test" points=1
wk.assert_that(isinstance(package_errors, list), "ex04.not_a_list", name="package_errors")
wk.assert_that(validate_package(publication.files["datapackage"]) == [], "ex04.package_invalid")
wk.assert_that(package_errors == [], "ex04.package_errors_kept", errors="; ".join(package_errors[:3]))

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
