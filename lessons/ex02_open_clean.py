# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: exercise
#     id: "ex02"
#     name: {fr: ex02_ouvrir_nettoyer, en: ex02_open_clean}
#     title: {fr: "Exercice : ouvrir et nettoyer", en: "Exercise: open and clean"}
#     teaching_minutes: 0
#     exercise_minutes: 20
#     objectives:
#       fr:
#         - "Ouvrir un export Excel français et lire son rapport de détection."
#         - "Trouver la ligne dont la latitude et la longitude étaient inversées."
#         - "Retirer les doublons, compter les adresses manquantes et simplifier les noms de colonnes."
#       en:
#         - "Open a French Excel export and read its detection report."
#         - "Find the row whose latitude and longitude were swapped."
#         - "Remove duplicates, count missing addresses and simplify column names."
#     keypoints:
#       fr:
#         - "Le rapport de détection dit comment le fichier était écrit : lisez-le avant tout calcul."
#         - "Une ligne inversée se repère parce que, remise dans l'ordre, elle rejoint les autres."
#         - "Retirer les doublons avant de compter évite de compter deux fois le même lieu."
#       en:
#         - "The detection report says how the file was written: read it before any calculation."
#         - "A swapped row stands out because, put back in order, it joins the others."
#         - "Removing duplicates before counting avoids counting the same place twice."
# ---

# %% [markdown] lang="fr"
# ## La mission
#
# Un agent a rassemblé dans un tableur les lieux signalés par les habitants, puis l'a
# exporté en CSV depuis Excel : `lieux_a_nettoyer.csv`. Avant d'en faire une carte, vous
# l'ouvrez, vous vérifiez ce qui a été détecté et vous le nettoyez.
#
# Remplacez chaque `raise NotImplementedError()` par votre réponse, puis exécutez la
# cellule et la cellule de vérification qui la suit.

# %% [markdown] lang="en"
# ## The task
#
# A colleague gathered the places reported by residents in a spreadsheet, then exported
# it to CSV from Excel: `lieux_a_nettoyer.csv`. Before making a map of it, you open it,
# check what was detected and clean it.
#
# Replace each `raise NotImplementedError()` with your answer, then run the cell and the
# check cell below it.

# %%
import workshop_kit as wk
from workshop_kit import cleaning

wk.set_language("@LANG@")
path = wk.sample_path("lieux_a_nettoyer.csv")

# %% [markdown] lang="fr"
# ## 1. Ouvrir le fichier
#
# Ouvrez `path` avec `wk.open_dataset` et mettez le tableau dans `places`.

# %% [markdown] lang="en"
# ## 1. Open the file
#
# Open `path` with `wk.open_dataset` and put the table in `places`.

# %% solution="ex02-open"
### BEGIN SOLUTION
places = wk.open_dataset(path)
### END SOLUTION
places.head(3)

# %% grade="ex02-open-test" points=1
wk.assert_that(hasattr(places, "attrs") and "workshop_report" in places.attrs, "ex02.not_opened")
wk.assert_that(len(places) == 120, "ex02.wrong_row_count", rows=len(places), expected=120)
wk.assert_that("latitude" in places.columns, "ex02.no_latitude")

# %% [markdown] lang="fr"
# ## 2. Lire le rapport
#
# Le rapport est dans `places.attrs["workshop_report"]`. Mettez l'encodage détecté (champ
# `encoding`) dans `encoding`, et le séparateur de colonnes (champ `delimiter`) dans
# `delimiter`.

# %% [markdown] lang="en"
# ## 2. Read the report
#
# The report is in `places.attrs["workshop_report"]`. Put the detected encoding (field
# `encoding`) in `encoding`, and the column delimiter (field `delimiter`) in `delimiter`.

# %% solution="ex02-report"
### BEGIN SOLUTION
report = places.attrs["workshop_report"]
encoding = report.encoding
delimiter = report.delimiter
### END SOLUTION
encoding, delimiter

# %% grade="ex02-report-test" points=1
wk.assert_that(str(encoding).lower().replace("windows-", "cp") == "cp1252", "ex02.wrong_encoding", answer=encoding)
wk.assert_that(delimiter == ";", "ex02.wrong_delimiter", answer=delimiter)

# %% [markdown] lang="fr"
# ## 3. La ligne inversée
#
# Une ligne avait sa latitude et sa longitude inversées ; `open_dataset` l'a remise dans
# l'ordre et l'a notée dans le champ `swapped_rows` du rapport. Ce champ est une liste
# (prenez son premier élément avec `[0]`). Mettez le **numéro d'index** de cette ligne (un
# nombre entier) dans `swapped_row`.

# %% [markdown] lang="en"
# ## 3. The swapped row
#
# One row had its latitude and longitude swapped; `open_dataset` put it back in order and
# noted it in the report's `swapped_rows` field. That field is a list (take its first
# item with `[0]`). Put the **index number** of that row (a whole number) in
# `swapped_row`.

# %% solution="ex02-swapped"
### BEGIN SOLUTION
swapped_row = report.swapped_rows[0]
### END SOLUTION
places.loc[[swapped_row], ["Nom", "Latitude", "Longitude", "latitude", "longitude"]]

# %% grade="ex02-swapped-test" points=1
wk.assert_that(not isinstance(swapped_row, (list, tuple)), "ex02.swapped_not_list")
wk.assert_that(swapped_row == 63, "ex02.wrong_swapped_row", answer=swapped_row)

# %% [markdown] lang="fr"
# ## 4. Les doublons
#
# Certaines lignes ont été saisies deux fois. Retirez-les avec `cleaning.drop_duplicates`
# et mettez le résultat dans `unique_places`.

# %% [markdown] lang="en"
# ## 4. Duplicates
#
# Some rows were entered twice. Remove them with `cleaning.drop_duplicates` and put the
# result in `unique_places`.

# %% solution="ex02-duplicates"
### BEGIN SOLUTION
unique_places = cleaning.drop_duplicates(places)
### END SOLUTION

# %% grade="ex02-duplicates-test" points=1
wk.assert_that(len(unique_places) < len(places), "ex02.duplicates_kept")
wk.assert_that(len(unique_places) == 116, "ex02.wrong_unique_count", rows=len(unique_places), expected=116)

# %% [markdown] lang="fr"
# ## 5. Les adresses manquantes
#
# Combien de lieux de `unique_places` n'ont **pas d'adresse** (colonne `Adresse`) ?
# `cleaning.missing_summary(unique_places)` ou `.isna().sum()` vous le disent. Mettez le
# nombre dans `missing_addresses`.

# %% [markdown] lang="en"
# ## 5. Missing addresses
#
# How many places of `unique_places` have **no address** (column `Adresse`)?
# `cleaning.missing_summary(unique_places)` or `.isna().sum()` tells you. Put the number in
# `missing_addresses`.

# %% solution="ex02-missing"
### BEGIN SOLUTION
missing_addresses = int(unique_places["Adresse"].isna().sum())
### END SOLUTION
missing_addresses

# %% grade="ex02-missing-test" points=1
wk.assert_that(isinstance(missing_addresses, (int, float)) and not isinstance(missing_addresses, bool),
               "ex02.not_a_number", name="missing_addresses")
wk.assert_that(missing_addresses == 6, "ex02.wrong_missing_count", answer=missing_addresses)

# %% [markdown] lang="fr"
# ## 6. Des noms de colonnes simples
#
# Les noms « Code postal » ou « Courriel du déclarant » sont pénibles à taper. Simplifiez
# les noms de `unique_places` avec `cleaning.clean_column_names` et mettez le résultat dans
# `tidy_places`.

# %% [markdown] lang="en"
# ## 6. Simple column names
#
# Names such as "Code postal" or "Courriel du déclarant" are tedious to type. Simplify
# the names of `unique_places` with `cleaning.clean_column_names` and put the result in
# `tidy_places`.

# %% solution="ex02-columns"
### BEGIN SOLUTION
tidy_places = cleaning.clean_column_names(unique_places)
### END SOLUTION
list(tidy_places.columns)

# %% grade="ex02-columns-test" points=1
wk.assert_that("code_postal" in tidy_places.columns, "ex02.columns_not_clean", columns=", ".join(map(str, tidy_places.columns)))
wk.assert_that(cleaning.original_names(tidy_places).get("code_postal") == "Code postal", "ex02.names_map_lost")
wk.assert_that(len(tidy_places) == 116, "ex02.rows_changed", rows=len(tidy_places), expected=116)

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
