# Vitrine catalog

# Listing: search results, category pages, "shop all"
catalog-results-for = Résultats pour « { $query } »
# Shown when the search found nothing as typed and searched a corrected spelling; $query (the corrected text) is shown in bold.
catalog-corrected = Aucun résultat exact : voici les résultats pour « { $query } ».
catalog-count = { $count ->
    [one] { $count } produit
   *[other] { $count } produits
}
catalog-bad-link-title = Certains filtres de ce lien ne fonctionnent pas
catalog-show-all = Afficher tous les produits
catalog-filters = Filtres
catalog-close-filters = Fermer les filtres
# The button that closes the filters on small screens.
catalog-show-count = { $count ->
    [one] Afficher { $count } produit
   *[other] Afficher { $count } produits
}
catalog-load-error = Impossible de charger les produits
catalog-no-results = Aucun résultat pour « { $query } »
catalog-no-match = Aucun produit ne correspond à ces filtres
catalog-no-results-hint-filtered = Retirez un filtre ou lancez une recherche plus large.
catalog-no-results-hint-search = Vérifiez l’orthographe, essayez un mot plus général ou parcourez tout le catalogue.
catalog-no-match-hint = Retirez un filtre pour voir plus de produits.
catalog-clear-filters = Effacer tous les filtres

# Active filters, each a removable chip
catalog-active-filters = Filtres actifs
# A filter's name and the chosen value ("Size: M").
catalog-filter-chip = { $facet } : { $value }
# $min and $max are prices, already written with their currency.
catalog-filter-price-range = Prix : { $min } – { $max }
catalog-filter-price-from = Prix : à partir de { $min }
catalog-filter-price-to = Prix : jusqu’à { $max }
catalog-filter-in-stock = En stock uniquement
# Read by screen readers before a chip's label ("Remove filter Size: M"); a space follows.
catalog-remove-filter = Retirer le filtre
catalog-clear-all = Tout effacer

# Facets. $shown stands for the number, which is shown on screen; the words around it are read by screen readers. $count chooses the form.
catalog-facet-count = { $count ->
    [one] { $shown } produit
   *[other] { $shown } produits
}

# Price filter. The amounts are read with a point for decimals (19.99).
catalog-price = Prix
catalog-price-min = Min.
catalog-price-max = Max.
catalog-price-apply = Appliquer
catalog-price-error-negative = Saisissez un montant égal ou supérieur à 0.
catalog-price-error-format = Saisissez un montant comme 25 ou 19,99.
catalog-price-error-order = Le minimum est supérieur au maximum.

# Sort menu. Relevance is "Best match" when searching, "Featured" otherwise.
catalog-sort-label = Trier par
catalog-sort-best-match = Pertinence
catalog-sort-featured = En vedette
catalog-sort-price-asc = Prix croissant
catalog-sort-price-desc = Prix décroissant
catalog-sort-newest = Nouveautés
catalog-sort-name = Nom, de A à Z

# Pagination. In catalog-page-number, $page stands for the page number, which is shown on screen; the words around it are read by screen readers.
catalog-pages = Pages
catalog-previous = Précédent
catalog-next = Suivant
catalog-page-number = Page { $page }

# Search box and its suggestions
catalog-search-label = Rechercher des produits
catalog-search-suggestions = Suggestions de recherche
catalog-search-announce = { $count ->
    [one] { $count } suggestion. Utilisez les flèches pour choisir.
   *[other] { $count } suggestions. Utilisez les flèches pour choisir.
}
# A suggested category for the search ("In Tees").
catalog-search-in-category = Dans { $category }
catalog-search-results = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
catalog-search-see-all = Voir tous les résultats pour « { $query } »

# Product cards
catalog-sold-out = Épuisé
catalog-sale = Promo
# How many colours a product comes in (the list of colour dots).
catalog-colours = { $count ->
    [one] { $count } couleur
   *[other] { $count } couleurs
}

# Product page
catalog-product-load-error = Impossible de charger ce produit
catalog-breadcrumb = Fil d’Ariane
catalog-breadcrumb-shop = Boutique
catalog-sku = Réf. { $sku }
# Heading over other products of the same category.
catalog-related-title = Plus dans { $category }

# Gallery
catalog-gallery-previous = Image précédente
catalog-gallery-next = Image suivante
catalog-gallery-counter = Image { $current } sur { $total }
catalog-gallery-thumbs = Images du produit
# A thumbnail button; $alt describes the image.
catalog-gallery-show = Afficher l’image { $number } : { $alt }

# Stock of the chosen variant
catalog-stock-in = En stock
catalog-stock-low = Plus que { $count } en stock
catalog-stock-out = Rupture de stock

# Variant picker. The legend is the option's name and the picked value, the value in bold ("Colour: Navy").
catalog-option-legend = { $option } : { $value }
# Why a value can't be picked; shown after the value and a dash ("M — sold out").
catalog-value-sold-out = épuisé
catalog-value-missing = indisponible dans cette combinaison

# Back-in-stock form under a sold-out variant
catalog-restock-label = M’avertir par e-mail de son retour
catalog-restock-submit = M’avertir
catalog-restock-hint = Un seul e-mail dès son retour en stock. Rien d’autre.
catalog-restock-invalid-email = Saisissez une adresse e-mail comme nom@exemple.fr.
