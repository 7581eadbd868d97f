# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: exercise
#     id: "ex01"
#     name: {fr: ex01_trouver_des_donnees, en: ex01_find_data}
#     title: {fr: "Exercice : trouver des données", en: "Exercise: find data"}
#     teaching_minutes: 0
#     exercise_minutes: 15
#     objectives:
#       fr:
#         - "Trouver le jeu de données qui répond à des critères donnés."
#         - "Lire sa licence et sa fréquence de mise à jour, et dire ce que la licence impose."
#         - "Récupérer le fichier et vérifier le nombre de lignes annoncé."
#       en:
#         - "Find the dataset that meets given criteria."
#         - "Read its licence and update frequency, and say what the licence requires."
#         - "Fetch the file and check the announced number of records."
#     keypoints:
#       fr:
#         - "Les filtres de wk.find_datasets (producteur, licence, format, fréquence) réduisent vite la liste."
#         - "L'ODbL impose le partage à l'identique d'une base dérivée que l'on diffuse."
#         - "Comparer le nombre de lignes du fichier et la métadonnée records vérifie la fiche."
#       en:
#         - "The filters of wk.find_datasets (publisher, licence, format, frequency) narrow the list quickly."
#         - "The ODbL requires share-alike for a derived database you distribute."
#         - "Comparing the file's row count with the records metadata checks the record."
# ---

# %% [markdown] lang="fr"
# ## La mission
#
# Le service des espaces verts veut une carte des arbres de Rivebelle. Avant de la
# construire, vous vérifiez que la donnée existe, qu'on a le droit de l'utiliser, qu'elle
# est à jour, et qu'elle est complète.
#
# Remplacez chaque `raise NotImplementedError()` par votre réponse, puis exécutez la
# cellule et la cellule de vérification qui la suit.

# %% [markdown] lang="en"
# ## The task
#
# The parks department wants a map of Rivebelle's trees. Before building it, you check that
# the data exists, that you may use it, that it is up to date, and that it is complete.
#
# Replace each `raise NotImplementedError()` with your answer, then run the cell and the
# check cell below it.

# %%
import workshop_kit as wk
from workshop_kit.finding import normalise_frequency, normalise_licence

wk.set_language("@LANG@")

# %% [markdown] lang="fr"
# ## 1. Trouver le bon jeu de données
#
# Dans le catalogue local, trouvez le jeu de données des **arbres** publié par la **Ville
# de Rivebelle** et mis à jour **chaque mois** (`frequency="monthly"`). Mettez son
# identifiant (colonne `dataset_id`) dans `trees_id`.

# %% [markdown] lang="en"
# ## 1. Find the right dataset
#
# In the local catalog, find the dataset of **trees** published by the **Ville de
# Rivebelle** and updated **every month** (`frequency="monthly"`). Put its id (the
# `dataset_id` column) in `trees_id`.

# %% solution="ex01-find"
### BEGIN SOLUTION
candidates = wk.find_datasets("arbres", publisher="Ville de Rivebelle", frequency="monthly")
trees_id = candidates.iloc[0]["dataset_id"]
### END SOLUTION
trees_id

# %% grade="ex01-find-test" points=1
wk.assert_that(isinstance(trees_id, str), "ex01.not_text", name="trees_id")
wk.assert_that(trees_id != "rivebelle-exercice-arbres-a-nettoyer", "ex01.exercise_copy")
wk.assert_that(trees_id == "rivebelle-arbres", "ex01.wrong_dataset", answer=trees_id)

# %% [markdown] lang="fr"
# ## 2. Sa licence
#
# Sous quelle licence ce jeu est-il publié ? Mettez son `licence_id` dans
# `trees_licence`.

# %% [markdown] lang="en"
# ## 2. Its licence
#
# Under which licence is this dataset published? Put its `licence_id` in `trees_licence`.

# %% solution="ex01-licence"
### BEGIN SOLUTION
trees_licence = candidates.iloc[0]["licence_id"]
### END SOLUTION
trees_licence

# %% grade="ex01-licence-test" points=1
wk.assert_that(normalise_licence(trees_licence) == "odc-odbl", "ex01.wrong_licence", answer=trees_licence)

# %% [markdown] lang="fr"
# ## 3. Ce que la licence impose
#
# Une association de quartier complète les arbres de Rivebelle avec ses propres photos et
# publie cette nouvelle base sur son site. Doit-elle la publier sous la **même licence** ?
# Répondez `True` (oui) ou `False` (non) dans `must_share_alike`.

# %% [markdown] lang="en"
# ## 3. What the licence requires
#
# A neighbourhood association adds its own photos to Rivebelle's trees and publishes this
# new database on its website. Must it publish it under the **same licence**? Answer
# `True` (yes) or `False` (no) in `must_share_alike`.

# %% solution="ex01-share-alike"
### BEGIN SOLUTION
must_share_alike = True
### END SOLUTION

# %% grade="ex01-share-alike-test" points=1
wk.assert_that(isinstance(must_share_alike, bool), "ex01.not_boolean", name="must_share_alike")
wk.assert_that(must_share_alike is True, "ex01.share_alike")

# %% [markdown] lang="fr"
# ## 4. Sa fraîcheur
#
# À quel rythme le jeu est-il mis à jour ? Mettez la valeur de sa colonne
# `update_frequency` dans `trees_frequency`.

# %% [markdown] lang="en"
# ## 4. Its freshness
#
# How often is the dataset updated? Put the value of its `update_frequency` column in
# `trees_frequency`.

# %% solution="ex01-frequency"
### BEGIN SOLUTION
trees_frequency = candidates.iloc[0]["update_frequency"]
### END SOLUTION
trees_frequency

# %% grade="ex01-frequency-test" points=1
wk.assert_that(normalise_frequency(trees_frequency) == "monthly", "ex01.wrong_frequency", answer=trees_frequency)

# %% [markdown] lang="fr"
# ## 5. Récupérer les données et compter les arbres
#
# Récupérez le fichier avec `wk.download(trees_id)`, ouvrez-le avec `wk.open_dataset`,
# puis mettez son nombre de lignes dans `tree_count`.

# %% [markdown] lang="en"
# ## 5. Fetch the data and count the trees
#
# Get the file with `wk.download(trees_id)`, open it with `wk.open_dataset`, then put its
# number of rows in `tree_count`.

# %% solution="ex01-records"
### BEGIN SOLUTION
trees = wk.open_dataset(wk.download(trees_id), show_report=False)
tree_count = len(trees)
### END SOLUTION
tree_count

# %% grade="ex01-records-test" points=1
announced = int(wk.find_datasets("arbres", publisher="Ville de Rivebelle", frequency="monthly").iloc[0]["records"])
wk.assert_that(tree_count == announced, "ex01.wrong_count", answer=tree_count)

# %% [markdown] lang="fr"
# Le nombre de lignes du fichier est égal à la métadonnée `records` : la fiche est fiable,
# vous pouvez passer à la carte.

# %% [markdown] lang="en"
# The file's row count equals the `records` metadata: the record is reliable, and you can
# move on to the map.

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
