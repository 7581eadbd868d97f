# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   workshop:
#     kind: lesson
#     id: "01"
#     name: {fr: 01_trouver_des_donnees, en: 01_find_data}
#     title: {fr: "Trouver des données", en: "Find data"}
#     teaching_minutes: 30
#     exercise_minutes: 15
#     objectives:
#       fr:
#         - "Dire ce qui fait qu'une donnée est ouverte."
#         - "Expliquer ce que la Licence Ouverte 2.0 et l'ODbL permettent et demandent à un réutilisateur."
#         - "Lire les métadonnées d'un jeu de données : producteur, licence, fraîcheur, formats, nombre de lignes."
#         - "Chercher un jeu de données dans le catalogue local, puis sur un vrai portail quand on est en ligne."
#       en:
#         - "Say what makes data open."
#         - "Explain what Licence Ouverte 2.0 and the ODbL let a reuser do, and what they ask."
#         - "Read a dataset's metadata: publisher, licence, freshness, formats, number of records."
#         - "Search the local catalog for a dataset, then a real portal when online."
#     keypoints:
#       fr:
#         - "Une donnée ouverte est publiée dans un format lisible par une machine, sous une licence qui autorise la réutilisation."
#         - "Licence Ouverte 2.0 : tout est permis, même commercial, en citant la source et la date de mise à jour."
#         - "ODbL : même liberté, mais une base dérivée que vous diffusez doit rester sous ODbL (partage à l'identique)."
#         - "Avant d'utiliser un jeu de données, lisez son producteur, sa licence, sa date de mise à jour et sa fréquence."
#         - "wk.find_datasets(...) cherche sans réseau dans le catalogue local ; portal=... interroge un vrai portail."
#       en:
#         - "Open data is published in a machine-readable format under a licence that allows reuse."
#         - "Licence Ouverte 2.0: anything goes, commercial use included, if you credit the source and the update date."
#         - "ODbL: the same freedom, but a derived database you distribute must stay under the ODbL (share-alike)."
#         - "Before using a dataset, read its publisher, licence, last update and update frequency."
#         - "wk.find_datasets(...) searches the local catalog with no network; portal=... queries a real portal."
# ---

# %% [markdown] lang="fr"
# ## Pourquoi chercher avant de produire ?
#
# Avant de créer un fichier, demandez-vous s'il existe déjà. Bien souvent, un autre service,
# l'État ou une ville voisine a publié la donnée dont vous avez besoin, gratuitement et
# avec le droit de la réutiliser.
#
# Une donnée est **ouverte** quand elle remplit trois conditions :
#
# 1. elle est **publiée** et accessible à tous, sans inscription ni paiement ;
# 2. elle est dans un **format lisible par une machine** (CSV, JSON, GeoJSON...), pas dans
#    un PDF ni une image ;
# 3. elle est placée sous une **licence** qui autorise la réutilisation, y compris
#    commerciale.
#
# La loi pour une République numérique du 7 octobre 2016 a rendu cette publication la
# règle. Les administrations de plus de 50 agents et les collectivités de plus de 3 500
# habitants publient par défaut leurs bases de données et les données qu'elles mettent à
# jour régulièrement.

# %% [markdown] lang="en"
# ## Why search before producing?
#
# Before creating a file, ask whether it already exists. Quite often another department,
# the State or a neighbouring city has published the data you need, for free and with the
# right to reuse it.
#
# Data is **open** when it meets three conditions:
#
# 1. it is **published** and available to everyone, with no sign-up and no fee;
# 2. it is in a **machine-readable format** (CSV, JSON, GeoJSON...), not a PDF or an
#    image;
# 3. it comes with a **licence** that allows reuse, commercial reuse included.
#
# The French "loi pour une République numérique" of 7 October 2016 made this publication
# the rule. Administrations with more than 50 staff and local authorities of more than
# 3,500 inhabitants publish their databases, and the data they update regularly, by
# default.

# %% [markdown] lang="fr"
# ## Deux licences pour les administrations françaises
#
# Une administration française qui publie des données pour une réutilisation libre choisit
# une licence dans une liste fixée par décret (n° 2017-638 du 27 avril 2017). Vous
# rencontrerez surtout ces deux-là :
#
# | | **Licence Ouverte 2.0** (Etalab) | **ODbL** (Open Database License) |
# | --- | --- | --- |
# | Copier, modifier, diffuser | oui | oui |
# | Usage commercial | oui | oui |
# | Citer la source | oui : le producteur et la date de dernière mise à jour | oui |
# | Partage à l'identique | non | **oui** : une base de données dérivée que vous diffusez doit rester sous ODbL |
#
# Le partage à l'identique de l'ODbL concerne la **base de données** : une carte ou un
# graphique tiré des données (une « œuvre produite ») peut avoir une autre licence, à
# condition de citer la source.

# %% [markdown] lang="en"
# ## Two licences for French administrations
#
# A French administration that publishes data for free reuse chooses a licence from a list
# fixed by decree (no. 2017-638 of 27 April 2017). You will mostly meet these two:
#
# | | **Licence Ouverte 2.0** (Etalab) | **ODbL** (Open Database License) |
# | --- | --- | --- |
# | Copy, change, distribute | yes | yes |
# | Commercial use | yes | yes |
# | Credit the source | yes: the publisher and the date of the last update | yes |
# | Share-alike | no | **yes**: a derived database you distribute must stay under the ODbL |
#
# The ODbL's share-alike applies to the **database**: a map or a chart made from the data
# (a "produced work") may have another licence, as long as it credits the source.

# %% [markdown] lang="fr"
# > **Erreur fréquente : « c'est sur Internet, donc c'est libre. »**
# > Une donnée sans licence n'est pas pour autant libre. Les informations publiques d'une
# > administration française font exception : le code des relations entre le public et
# > l'administration (article L321-1) permet de les réutiliser sans licence, sans les
# > dénaturer et en citant la source et la date de mise à jour. Pour les autres données
# > (entreprise, association, particulier), pas de licence veut dire : demandez
# > l'autorisation. Quand la licence est absente ou inconnue, l'atelier l'affiche comme
# > « Autre licence ou licence non précisée » : lisez la page du jeu de données, ou
# > écrivez au producteur, avant de vous en servir.

# %% [markdown] lang="en"
# > **Common error: "it is on the Internet, so it is free."**
# > Data without a licence is not free to reuse for all that. Public information from a
# > French administration is the exception: the code of relations between the public and
# > the administration (article L321-1) lets anyone reuse it without a licence, provided
# > they do not distort it and cite the source and the date of its last update. For other
# > data (a company, an association, a private person), no licence means: ask for
# > permission. When the licence is missing or unknown, the workshop shows it as "Other
# > or unspecified licence": read the dataset's page, or write to the publisher, before
# > using it.

# %% [markdown] lang="fr"
# ## Chercher dans le catalogue local
#
# Le Wi-Fi d'une salle de formation est souvent faible. L'atelier embarque donc un
# **catalogue local** : les jeux de données de la ville de Rivebelle, et la description de
# jeux publiés par d'autres producteurs. `wk.find_datasets` le parcourt sans réseau.

# %% [markdown] lang="en"
# ## Search the local catalog
#
# Training-room wifi is often weak, so the workshop ships a **local catalog**: the datasets
# of the city of Rivebelle, plus descriptions of datasets from other publishers.
# `wk.find_datasets` searches it with no network.

# %%
import workshop_kit as wk
from workshop_kit.finding import frequency_name, licence_summary

wk.set_language("@LANG@")

results = wk.find_datasets("arbres")
results[["dataset_id", "title", "publisher", "licence_id", "modified", "update_frequency"]]

# %% [markdown] lang="fr"
# Chaque ligne est un jeu de données. La recherche ignore les majuscules et les accents, et
# regarde le titre, la description, les mots-clés, le thème et le producteur.
#
# Le tableau a toujours les mêmes colonnes, quelle que soit la source. Les plus utiles :
#
# - `dataset_id` : l'identifiant à donner à `wk.download` pour obtenir le fichier ;
# - `publisher` : le **producteur**, celui qui répond de la donnée ;
# - `licence_id` et `licence_name` : la licence, sous un nom court et un nom lisible ;
# - `modified` et `update_frequency` : la **fraîcheur**, date de dernière mise à jour et
#   rythme prévu. Comparez les deux : un jeu « hebdomadaire » mis à jour il y a des mois
#   n'est plus tenu. Les dates du catalogue d'exemple sont figées et ne suivent pas la
#   date du jour ;
# - `formats`, `records` (le nombre de lignes) et `page_url` (la page du jeu sur son portail).

# %% [markdown] lang="en"
# Each row is a dataset. The search ignores case and accents, and looks at the title, the
# description, the keywords, the theme and the publisher.
#
# The table always has the same columns, whatever the source. The most useful ones:
#
# - `dataset_id`: the id to give `wk.download` to get the file;
# - `publisher`: who is responsible for the data;
# - `licence_id` and `licence_name`: the licence, as a short id and a readable name;
# - `modified` and `update_frequency`: **freshness**, the date of the last update and the
#   planned rhythm. Compare the two: a "weekly" dataset last updated months ago is no
#   longer maintained. The sample catalog's dates are fixed and do not follow today's
#   date;
# - `formats`, `records` (the number of rows) and `page_url` (the dataset's page on its portal).

# %% [markdown] lang="fr"
# ## Lire les métadonnées d'un jeu de données
#
# Les **métadonnées** sont les données qui décrivent les données. Prenons la première
# ligne des résultats et lisons sa fiche.

# %% [markdown] lang="en"
# ## Read a dataset's metadata
#
# **Metadata** is the data that describes the data. Take the first row of the results and
# read its record.

# %%
dataset = results.iloc[0]
dataset[["title", "publisher", "licence_name", "modified", "update_frequency", "formats", "records", "page_url"]]

# %% [markdown] lang="fr"
# Deux fonctions traduisent la licence et la fréquence en phrases :

# %% [markdown] lang="en"
# Two functions turn the licence and the frequency into sentences:

# %%
print(licence_summary(dataset["licence_id"]))
print(frequency_name(dataset["update_frequency"]))

# %% [markdown] lang="fr"
# > **Erreur fréquente : se fier au titre seul.**
# > Deux jeux peuvent porter presque le même titre. Ici, la ville publie ses arbres et une
# > copie d'exercice « à nettoyer », mise à jour irrégulièrement. Regardez le producteur,
# > la fréquence et la date avant de choisir.

# %% [markdown] lang="en"
# > **Common error: trusting the title alone.**
# > Two datasets can have almost the same title. Here the city publishes its trees and an
# > exercise copy "to clean", updated irregularly. Check the publisher, the frequency and
# > the date before choosing.

# %% [markdown] lang="fr"
# ## Filtrer
#
# `wk.find_datasets` accepte des filtres : `publisher`, `licence`, `format`, `theme`,
# `keyword` et `frequency`. La licence s'écrit comme vous voulez : `"ODbL"`,
# `"odc-odbl"` ou `"Open Database License"` donnent le même résultat. Sans texte de
# recherche, le filtre s'applique à tout le catalogue.

# %% [markdown] lang="en"
# ## Filter
#
# `wk.find_datasets` takes filters: `publisher`, `licence`, `format`, `theme`, `keyword`
# and `frequency`. Write the licence any way you like: `"ODbL"`, `"odc-odbl"` and
# `"Open Database License"` give the same result. With no search text, the filter applies
# to the whole catalog.

# %%
odbl = wk.find_datasets(licence="ODbL", limit=50)
odbl[["title", "publisher", "licence_name"]]

# %%
geojson = wk.find_datasets(format="GeoJSON", limit=50)
geojson[["title", "publisher", "formats"]]

# %% [markdown] lang="fr"
# ## Le widget de recherche
#
# Le même moteur existe sous forme de formulaire : tapez un mot, choisissez un producteur,
# une licence, un format ou un thème, puis cliquez sur « Utiliser ce jeu de données » pour
# obtenir la ligne de code qui l'ouvre.

# %% [markdown] lang="en"
# ## The search widget
#
# The same search exists as a form: type a word, pick a publisher, a licence, a format or
# a theme, then click "Use this dataset" to get the line of code that opens it.

# %%
from workshop_kit.widgets import SearchWidget

if not wk.in_grading():
    SearchWidget().show()

# %% [markdown] lang="fr"
# ## Récupérer les données
#
# `wk.download` donne le chemin du fichier d'un jeu de données : le fichier d'exemple pour
# un jeu du catalogue local, ou une copie téléchargée une seule fois pour toute la salle
# pour un jeu d'un portail. `wk.open_dataset` l'ouvre ensuite en tableau.

# %% [markdown] lang="en"
# ## Get the data
#
# `wk.download` returns the path of a dataset's file: the sample file for a dataset of the
# local catalog, or, for a portal's dataset, a copy downloaded once for the whole room.
# `wk.open_dataset` then opens it as a table.

# %%
path = wk.download("rivebelle-arbres")
trees = wk.open_dataset(path, show_report=False)
len(trees)

# %% [markdown] lang="fr"
# Le nombre de lignes correspond à la colonne `records` du catalogue : la métadonnée dit
# vrai. Ce n'est pas toujours le cas sur les portails ; comparer les deux est un bon
# réflexe.

# %% [markdown] lang="en"
# The number of rows matches the `records` column of the catalog: the metadata is
# accurate. That is not always so on portals; comparing the two is a good habit.

# %% [markdown] lang="fr"
# ## Sur un vrai portail, quand vous êtes en ligne
#
# Les mêmes fonctions interrogent les portails qu'utilisent les villes françaises :
# OpenDataSoft (par exemple `opendata.paris.fr`), CKAN, et udata, le logiciel de
# data.gouv.fr. Ces lignes ont besoin d'Internet, donc ce carnet ne les exécute pas ;
# copiez-les dans une cellule quand vous êtes connecté :
#
# ```python
# paris = wk.find_datasets("arbres", portal="opendata.paris.fr")
# national = wk.find_datasets("bornes de recharge", portal="data.gouv.fr", licence="lov2")
# path = wk.download("les-arbres", portal="opendata.paris.fr")   # export CSV complet
# ```
#
# Sans réseau, ou si le portail refuse trop de requêtes, vous obtenez un message clair qui
# vous renvoie au catalogue local, jamais une longue erreur Python.

# %% [markdown] lang="en"
# ## On a real portal, when you are online
#
# The same functions query the portals French cities use: OpenDataSoft (for example
# `opendata.paris.fr`), CKAN, and udata, the software behind data.gouv.fr. These lines need
# the Internet, so this notebook does not run them; copy them into a cell when you are
# connected:
#
# ```python
# paris = wk.find_datasets("arbres", portal="opendata.paris.fr")
# national = wk.find_datasets("bornes de recharge", portal="data.gouv.fr", licence="lov2")
# path = wk.download("les-arbres", portal="opendata.paris.fr")   # full CSV export
# ```
#
# With no network, or when the portal refuses too many requests, you get a clear message
# that points you to the local catalog, never a long Python error.

# %% [markdown] lang="fr"
# ## À vous : trois questions
#
# Répondez en remplaçant `...`, puis exécutez la cellule.
#
# **1.** Sous quelle licence la Ville de Paris publie-t-elle ses arbres ? Cherchez
# `"arbres"` et donnez le `licence_id` de la ligne dont le producteur est « Ville de
# Paris ».

# %% [markdown] lang="en"
# ## Your turn: three questions
#
# Answer by replacing `...`, then run the cell.
#
# **1.** Under which licence does the Ville de Paris publish its trees? Search for
# `"arbres"` and give the `licence_id` of the row whose publisher is "Ville de Paris".

# %% tags=["exercise"]
paris_licence = ...

wk.check(paris_licence, "odc-odbl", hint_key="lesson01.hint_paris_licence")

# %% [markdown] lang="fr"
# **2.** Quel jeu de données de la Ville de Rivebelle est mis à jour **chaque semaine** ?
# Donnez son `dataset_id`. Astuce : `wk.find_datasets(publisher="Ville de Rivebelle",
# frequency="weekly")`.

# %% [markdown] lang="en"
# **2.** Which dataset of the Ville de Rivebelle is updated **every week**? Give its
# `dataset_id`. Hint: `wk.find_datasets(publisher="Ville de Rivebelle",
# frequency="weekly")`.

# %% tags=["exercise"]
weekly_dataset = ...

wk.check(weekly_dataset, "rivebelle-evenements", hint_key="lesson01.hint_weekly")

# %% [markdown] lang="fr"
# **3.** Une entreprise veut vendre une appli qui affiche l'agenda culturel de la ville
# (le jeu de la question 2, sous Licence Ouverte 2.0). En a-t-elle le droit ? Répondez
# `True` (oui) ou `False` (non).

# %% [markdown] lang="en"
# **3.** A company wants to sell an app showing the city's cultural agenda (the dataset of
# question 2, under Licence Ouverte 2.0). Is it allowed to? Answer `True` (yes) or
# `False` (no).

# %% tags=["exercise"]
may_sell_app = ...

wk.check(may_sell_app, True, hint_key="lesson01.hint_commercial")

# %% [markdown] lang="fr"
# ## Et ensuite ?
#
# Vous savez trouver un jeu de données et juger si vous pouvez le réutiliser. La leçon 02
# vous apprend à **l'ouvrir** et à le **nettoyer** quand son fichier est mal fichu :
# encodage, séparateur, nombres à la française, coordonnées.

# %% [markdown] lang="en"
# ## What next?
#
# You can now find a dataset and judge whether you may reuse it. Lesson 02 teaches you to
# **open** and **clean** it when its file is awkward: encoding, delimiter, French-style
# numbers, coordinates.
