# Vitrine cart

## Cart drawer and page
cart-title = Votre panier
cart-drawer-title = { $count ->
    [one] Votre panier ({ $count } article)
   *[other] Votre panier ({ $count } articles)
}
cart-drawer-close = Fermer le panier
cart-drawer-failed = Votre panier n'a pas pu être affiché.
cart-empty-title = Votre panier est vide
cart-empty-body = Trouvez un article qui vous plaît ; il vous attendra ici, même si vous fermez l’onglet.
cart-continue-shopping = Continuer mes achats
cart-start-shopping = Commencer mes achats
cart-check-out = Commander
cart-view-cart = Voir le panier
# The browser tab's title; $shop is the shop's name.
cart-page-title = Votre panier · { $shop }
cart-blocked = Certains articles demandent votre attention avant de pouvoir commander.
cart-summary-label = Récapitulatif de la commande
cart-summary-title = Récapitulatif
cart-tax-included-note = Prix TTC.
cart-tax-added-note = Les taxes de votre pays de livraison sont ajoutées.

## Header cart button (screen readers)
cart-button-label = { $count ->
    [one] Panier, { $count } article
   *[other] Panier, { $count } articles
}

## Add to cart
# Announced after adding; $count is how many were added.
cart-added = { $count ->
    [one] Ajouté à votre panier.
   *[other] { $count } exemplaires ajoutés à votre panier.
}
cart-add-adding = Ajout…
cart-add-unavailable = Indisponible
cart-add-sold-out = Épuisé
cart-add-button = Ajouter au panier
cart-quick-add-label = Ajouter { $title } au panier
cart-quick-add-done = Ajouté ✓

## Cart lines
# $price is the price of one unit.
cart-line-each = { $price } l’unité
cart-line-remove-label = Retirer { $title } du panier
cart-remove = Retirer
# Accepts a changed price.
cart-line-accept-price = OK
# Lowers the quantity to the units still in stock.
cart-line-lower-to-stock = Réduire au stock restant

## Quantity stepper; $title is the product's name
cart-quantity-label = Quantité de { $title }
cart-quantity-decrease = Diminuer la quantité de { $title }
cart-quantity-increase = Augmenter la quantité de { $title }

## Totals
cart-totals-subtotal = Sous-total
cart-totals-discount = Remise ({ $code })
cart-totals-shipping = Livraison
# $rate is the shipping rate's name ("Standard").
cart-totals-shipping-free = Gratuite ({ $rate })
cart-totals-shipping-rate = { $price } ({ $rate })
cart-totals-shipping-unknown = Indiquez votre pays
cart-totals-tax = Taxes
cart-totals-tax-later = Calculées lors du paiement
# $amount is the tax contained in the prices.
cart-totals-tax-included = dont { $amount }
cart-totals-total = Total

## Discount code
cart-discount-label = Code de réduction
cart-discount-remove-label = Retirer le code de réduction { $code }
cart-discount-empty = Saisissez un code de réduction.
cart-discount-applying = Application…
cart-discount-apply = Appliquer

## Shipping estimate
cart-estimate-ship-to = Livrer en
cart-estimate-choose-country = Choisissez un pays
# First choice of the region list; $region is the kind of region ("state", "province").
cart-estimate-choose-region = Sélectionnez votre { $region }

## Undo after removing a line
cart-undo-removed = Article retiré : { $title }
cart-undo-label = Annuler : remettre { $title } dans votre panier
cart-undo = Annuler
