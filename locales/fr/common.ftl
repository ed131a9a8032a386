# Vitrine common
common-language = Langue

# Header and footer
common-categories = Catégories
common-shop-all = Tous les produits
common-track-order = Suivre une commande
common-powered-by = Propulsé par Vitrine
common-skip-to-content = Aller au contenu
common-skip-to-results = Aller aux résultats

# The not-found page. $what is the kind of thing that was not found: product, order or (any other word) page.
common-not-found-title = Introuvable
common-not-found-heading = { $what ->
    [product] Ce produit est introuvable
    [order] Cette commande est introuvable
    [return] Ce retour est introuvable
   *[other] Cette page est introuvable
}
common-not-found-body = L’adresse a peut-être changé, ou l’article est définitivement épuisé. Vous trouverez tout notre assortiment dans la boutique.
common-browse-all = Voir tous les produits

# Shared components
common-try-again = Réessayer
common-page-failed = Cette page n'a pas pu être chargée.
# Before the lowest price of a product whose variants cost different amounts ("From $20.00"); a space follows.
common-price-from = À partir de
# Read by screen readers before the struck-through former price ("Was $30.00"); a space follows.
common-price-was = au lieu de
common-loading-products = Chargement des produits…
common-loading-product = Chargement du produit…
# Read by screen readers after a finished step of a progress list; a space comes before it.
common-step-completed = (terminée)

# Errors talking to the shop
common-error-network = Impossible de joindre la boutique. Vérifiez votre connexion et réessayez.
common-error-decode = La boutique a envoyé une réponse illisible. Veuillez recharger la page.
# $status is the HTTP status code, e.g. 500.
common-error-status = La boutique a répondu par une erreur ({ $status }). Veuillez réessayer.

# The cart's announcements, read by screen readers
common-cart-restored = Votre panier enregistré est de retour.
# $title is the product; $quantity how many were added. Followed by common-cart-items.
common-cart-added = { $quantity ->
    [1] { $title } a été ajouté à votre panier.
   *[other] { $quantity } × { $title } ont été ajoutés à votre panier.
}
# How many items the cart now holds.
common-cart-items = { $count ->
    [one] { $count } article dans le panier.
   *[other] { $count } articles dans le panier.
}
common-cart-changed-elsewhere = Votre panier a été modifié dans un autre onglet. La version la plus récente est maintenant affichée.
common-cart-quantity-updated = Quantité mise à jour : { $quantity }.
common-cart-removed = { $title } a été retiré de votre panier.
common-cart-discount-applied = Code de réduction { $code } appliqué.
common-cart-discount-removed = Code de réduction retiré.

## Embedded widgets (src/embed): the shop's products and cart on another site.
common-embed-not-connected = Ce site n’est pas relié à la boutique.
common-embed-not-connected-hint = Le propriétaire de la boutique peut le relier en ajoutant l’adresse de ce site aux origines autorisées de la boutique.
common-embed-unreachable = La boutique est injoignable.
common-embed-unreachable-hint = Vérifiez votre connexion et rechargez la page.
common-embed-no-handle = Aucun produit n’est choisi pour cet emplacement.
common-embed-product-missing = Ce produit n’est plus disponible.
common-embed-product-failed = Le produit n’a pas pu être chargé.
common-embed-grid-empty = Aucun produit à afficher ici pour le moment.
common-embed-overlay-title = Paiement
common-embed-overlay-close = Fermer le paiement
common-embed-overlay-frame = Formulaire de commande
common-embed-not-ready = La boutique est en cours de chargement. Réessayez dans un instant.
