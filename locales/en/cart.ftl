# Vitrine cart

## Cart drawer and page
cart-title = Your cart
cart-drawer-title = { $count ->
    [one] Your cart ({ $count } item)
   *[other] Your cart ({ $count } items)
}
cart-drawer-close = Close cart
cart-drawer-failed = Your cart could not be shown.
cart-empty-title = Your cart is empty
cart-empty-body = Find something you like; it will wait here, even if you close the tab.
cart-continue-shopping = Continue shopping
cart-start-shopping = Start shopping
cart-check-out = Check out
cart-view-cart = View cart
# The browser tab's title; $shop is the shop's name.
cart-page-title = Your cart · { $shop }
cart-blocked = Some items need your attention before you can check out.
cart-summary-label = Order summary
cart-summary-title = Summary
cart-tax-included-note = Prices include tax.
cart-tax-added-note = Tax is added for your destination.

## Header cart button (screen readers)
cart-button-label = { $count ->
    [one] Cart, { $count } item
   *[other] Cart, { $count } items
}

## Add to cart
# Announced after adding; $count is how many were added.
cart-added = { $count ->
    [one] Added to your cart.
   *[other] Added { $count } to your cart.
}
cart-add-adding = Adding…
cart-add-unavailable = Unavailable
cart-add-sold-out = Sold out
cart-add-button = Add to cart
cart-quick-add-label = Add { $title } to cart
cart-quick-add-done = Added ✓

## Cart lines
# $price is the price of one unit.
cart-line-each = { $price } each
cart-line-remove-label = Remove { $title } from cart
cart-remove = Remove
# Accepts a changed price.
cart-line-accept-price = OK
# Lowers the quantity to the units still in stock.
cart-line-lower-to-stock = Lower to what's left

## Quantity stepper; $title is the product's name
cart-quantity-label = Quantity of { $title }
cart-quantity-decrease = Decrease quantity of { $title }
cart-quantity-increase = Increase quantity of { $title }

## Totals
cart-totals-subtotal = Subtotal
cart-totals-discount = Discount ({ $code })
cart-totals-shipping = Shipping
# $rate is the shipping rate's name ("Standard").
cart-totals-shipping-free = Free ({ $rate })
cart-totals-shipping-rate = { $price } ({ $rate })
cart-totals-shipping-unknown = Enter your country
cart-totals-tax = Tax
cart-totals-tax-later = Calculated at checkout
# $amount is the tax contained in the prices.
cart-totals-tax-included = { $amount } included
cart-totals-total = Total

## Discount code
cart-discount-label = Discount code
cart-discount-remove-label = Remove discount code { $code }
cart-discount-empty = Enter a discount code.
cart-discount-applying = Applying…
cart-discount-apply = Apply

## Shipping estimate
cart-estimate-ship-to = Ship to
cart-estimate-choose-country = Choose a country
# First choice of the region list; $region is the kind of region ("state", "province").
cart-estimate-choose-region = Choose a { $region }

## Undo after removing a line
cart-undo-removed = Removed { $title }.
cart-undo-label = Undo: put { $title } back in your cart
cart-undo = Undo
