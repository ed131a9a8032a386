# Vitrine cart

## Cart drawer and page
cart-title = Ihr Warenkorb
cart-drawer-title = { $count ->
    [one] Ihr Warenkorb ({ $count } Artikel)
   *[other] Ihr Warenkorb ({ $count } Artikel)
}
cart-drawer-close = Warenkorb schließen
cart-drawer-failed = Ihr Warenkorb konnte nicht angezeigt werden.
cart-empty-title = Ihr Warenkorb ist leer
cart-empty-body = Finden Sie etwas, das Ihnen gefällt – es wartet hier auf Sie, auch wenn Sie den Tab schließen.
cart-continue-shopping = Weiter einkaufen
cart-start-shopping = Jetzt einkaufen
cart-check-out = Zur Kasse
cart-view-cart = Warenkorb ansehen
# The browser tab's title; $shop is the shop's name.
cart-page-title = Ihr Warenkorb · { $shop }
cart-blocked = Bitte prüfen Sie einige Artikel, bevor Sie zur Kasse gehen.
cart-summary-label = Bestellübersicht
cart-summary-title = Übersicht
cart-tax-included-note = Preise inkl. MwSt.
cart-tax-added-note = Die Steuer wird für Ihr Lieferland hinzugerechnet.

## Header cart button (screen readers)
cart-button-label = { $count ->
    [one] Warenkorb, { $count } Artikel
   *[other] Warenkorb, { $count } Artikel
}

## Add to cart
# Announced after adding; $count is how many were added.
cart-added = { $count ->
    [one] Zum Warenkorb hinzugefügt.
   *[other] { $count } Stück zum Warenkorb hinzugefügt.
}
cart-add-adding = Wird hinzugefügt…
cart-add-unavailable = Nicht verfügbar
cart-add-sold-out = Ausverkauft
cart-add-button = In den Warenkorb
cart-quick-add-label = { $title } in den Warenkorb legen
cart-quick-add-done = Hinzugefügt ✓

## Cart lines
# $price is the price of one unit.
cart-line-each = je { $price }
cart-line-remove-label = { $title } aus dem Warenkorb entfernen
cart-remove = Entfernen
# Accepts a changed price.
cart-line-accept-price = OK
# Lowers the quantity to the units still in stock.
cart-line-lower-to-stock = Auf verfügbaren Bestand reduzieren

## Quantity stepper; $title is the product's name
cart-quantity-label = Menge von { $title }
cart-quantity-decrease = Menge von { $title } verringern
cart-quantity-increase = Menge von { $title } erhöhen

## Totals
cart-totals-subtotal = Zwischensumme
cart-totals-discount = Rabatt ({ $code })
cart-totals-shipping = Versand
# $rate is the shipping rate's name ("Standard").
cart-totals-shipping-free = Kostenlos ({ $rate })
cart-totals-shipping-rate = { $price } ({ $rate })
cart-totals-shipping-unknown = Bitte Land angeben
cart-totals-tax = Steuer
cart-totals-tax-later = Wird an der Kasse berechnet
# $amount is the tax contained in the prices.
cart-totals-tax-included = inkl. { $amount }
cart-totals-total = Gesamt

## Discount code
cart-discount-label = Rabattcode
cart-discount-remove-label = Rabattcode { $code } entfernen
cart-discount-empty = Bitte geben Sie einen Rabattcode ein.
cart-discount-applying = Wird angewendet…
cart-discount-apply = Anwenden

## Shipping estimate
cart-estimate-ship-to = Lieferland
cart-estimate-choose-country = Land auswählen
# First choice of the region list; $region is the kind of region ("state", "province").
cart-estimate-choose-region = { $region } auswählen

## Undo after removing a line
cart-undo-removed = { $title } wurde entfernt.
cart-undo-label = Rückgängig: { $title } wieder in den Warenkorb legen
cart-undo = Rückgängig
