# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: lesson
#     id: "00"
#     name: {fr: 00_bienvenue, en: 00_welcome}
#     title: {fr: "Bienvenue", en: "Welcome"}
#     teaching_minutes: 10
#     exercise_minutes: 5
#     objectives:
#       fr:
#         - "Exécuter une cellule et lire son résultat."
#         - "Reconnaître un tableau de données (DataFrame) : lignes, colonnes, valeurs."
#         - "Comprendre les vérifications instantanées des exercices."
#       en:
#         - "Run a cell and read its result."
#         - "Recognise a data table (DataFrame): rows, columns, values."
#         - "Understand the instant checks in the exercises."
#     keypoints:
#       fr:
#         - "Maj+Entrée exécute une cellule ; le résultat s'affiche juste en dessous."
#         - "Un DataFrame est un tableau : une ligne par objet, une colonne par information."
#         - "Une coche verte dit que la réponse est juste ; une croix rouge dit quoi regarder."
#         - "Cet après-midi se termine par une appli de carte sur votre téléphone."
#       en:
#         - "Shift+Enter runs a cell; its result appears right below it."
#         - "A DataFrame is a table: one row per thing, one column per piece of information."
#         - "A green tick says the answer is right; a red cross says what to look at."
#         - "This afternoon ends with a map app on your phone."
# ---

# %% [markdown] lang="fr"
# ## Ce que vous allez faire cet après-midi
#
# En quatre heures, vous allez **trouver** des données ouvertes, les **ouvrir** et les
# **nettoyer**, les **publier** proprement, puis transformer une liste de lieux de la ville
# en une **petite appli de carte** qui s'ouvre sur votre téléphone.
#
# Ce carnet (« notebook ») mélange du texte, comme ici, et des cellules de code. Vous n'avez
# pas besoin de savoir programmer : chaque cellule fait une seule chose, et le texte dit
# pourquoi avant de dire comment.

# %% [markdown] lang="en"
# ## What you will do this afternoon
#
# In four hours you will **find** open data, **open** and **clean** it, **publish** it
# properly, and then turn a list of places in the city into a **small map app** that opens
# on your phone.
#
# This notebook mixes text, like this, with code cells. You do not need to know how to
# program: each cell does one thing, and the text says why before it says how.

# %% [markdown] lang="fr"
# ## Exécuter une cellule
#
# Cliquez dans la cellule ci-dessous puis appuyez sur **Maj + Entrée**. Elle charge la boîte
# à outils de l'atelier et choisit la langue des messages.

# %% [markdown] lang="en"
# ## Run a cell
#
# Click in the cell below, then press **Shift + Enter**. It loads the workshop toolkit and
# chooses the language of its messages.

# %%
import pandas as pd

import workshop_kit as wk

wk.set_language("@LANG@")

# %% [markdown] lang="fr"
# Rien ne s'affiche : c'est normal, la cellule a seulement préparé les outils. Le numéro
# entre crochets à gauche, `[1]`, montre qu'elle a bien été exécutée.
#
# ## Un tableau de données
#
# Les données ouvertes sont presque toujours des **tableaux** : une ligne par objet (un
# arbre, une école, un parking), une colonne par information (son nom, son adresse, sa
# position). En Python, un tableau s'appelle un **DataFrame**.

# %% [markdown] lang="en"
# Nothing is shown: that is normal, the cell only prepared the tools. The number in
# brackets on the left, `[1]`, shows that it ran.
#
# ## A data table
#
# Open data is almost always a **table**: one row per thing (a tree, a school, a car park),
# one column per piece of information (its name, its address, its position). In Python, a
# table is called a **DataFrame**.

# %%
places = pd.DataFrame(
    {
        "nom": ["Médiathèque centrale", "Piscine municipale", "Hôtel de ville", "Parc des Sablons"],
        "categorie": ["Culture", "Sport", "Administration", "Parc"],
        "latitude": [48.8241, 48.8203, 48.8245, 48.8262],
        "longitude": [2.2735, 2.2650, 2.2700, 2.2588],
    }
)
places

# %% [markdown] lang="fr"
# Chaque ligne est un lieu, chaque colonne une information. Les nombres à gauche (0, 1, 2,
# 3) sont l'**index** : le numéro de chaque ligne.
#
# Deux gestes reviennent tout l'après-midi : compter les lignes avec `len(...)`, et choisir
# une colonne avec des crochets, par exemple `places["nom"]`.

# %% [markdown] lang="en"
# Each row is a place, each column a piece of information. The numbers on the left (0, 1, 2,
# 3) are the **index**: the number of each row.
#
# Two moves come back all afternoon: counting rows with `len(...)`, and picking a column
# with square brackets, for example `places["nom"]`.

# %%
len(places)

# %%
places["categorie"]

# %% [markdown] lang="fr"
# ## Les vérifications instantanées
#
# Dans les exercices, vous remplacez `...` par votre réponse puis vous exécutez la cellule.
# La ligne suivante vérifie aussitôt : une **coche verte** si c'est juste, une **croix
# rouge** et un indice sinon. Essayez d'abord sans rien changer, pour voir le message.

# %% [markdown] lang="en"
# ## Instant checks
#
# In the exercises you replace `...` with your answer and run the cell. The next line
# checks it at once: a **green tick** if it is right, a **red cross** and a hint if not.
# Try it first without changing anything, to see the message.

# %%
# fr: Combien de lieux contient le tableau `places` ? Remplacez ... par len(places)
# en: How many places does the `places` table hold? Replace ... with len(places)
answer = ...

wk.check(answer, len(places), hint_key="welcome.hint_count")

# %% [markdown] lang="fr"
# ## Petit exercice
#
# Quelle est la **catégorie du deuxième lieu** du tableau ? Attention : l'index commence à
# 0, donc le deuxième lieu porte le numéro 1. Écrivez `places["categorie"][1]`, ou tapez
# directement le texte entre guillemets.

# %% [markdown] lang="en"
# ## A small exercise
#
# What is the **category of the second place** in the table? Careful: the index starts at
# 0, so the second place has number 1. Write `places["categorie"][1]`, or type the text
# itself between quotes.

# %% tags=["exercise"]
second_category = ...

wk.check(second_category, "Sport", hint_key="welcome.hint_second_category")

# %% [markdown] lang="fr"
# ## Et ensuite ?
#
# La leçon 01 vous apprend à **trouver** des données ouvertes et à juger si on peut les
# réutiliser. À la fin de l'après-midi, la liste de lieux de la ville deviendra une appli
# de carte que vous ouvrirez sur votre téléphone.

# %% [markdown] lang="en"
# ## What next?
#
# Lesson 01 teaches you to **find** open data and judge whether you may reuse it. By the end
# of the afternoon, the city's list of places will become a map app that you open on your
# phone.
