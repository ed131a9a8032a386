# Vitrine common
common-language = Language

# Header and footer
common-categories = Categories
common-shop-all = Shop all
common-track-order = Track an order
common-powered-by = Powered by Vitrine
common-skip-to-content = Skip to content
common-skip-to-results = Skip to results

# The not-found page. $what is the kind of thing that was not found: product, order or (any other word) page.
common-not-found-title = Not found
common-not-found-heading = { $what ->
    [product] This product isn't here
    [order] This order isn't here
    [return] This return isn't here
   *[other] This page isn't here
}
common-not-found-body = It may have moved or sold out for good. Everything we carry is in the shop.
common-browse-all = Browse all products

# Shared components
common-try-again = Try again
common-page-failed = This page could not be loaded.
# Before the lowest price of a product whose variants cost different amounts ("From $20.00"); a space follows.
common-price-from = From
# Read by screen readers before the struck-through former price ("Was $30.00"); a space follows.
common-price-was = Was
common-loading-products = Loading products…
common-loading-product = Loading product…
# Read by screen readers after a finished step of a progress list; a space comes before it.
common-step-completed = (completed)

# Errors talking to the shop
common-error-network = We couldn't reach the shop. Check your connection and try again.
common-error-decode = The shop sent an answer we couldn't read. Please reload the page.
# $status is the HTTP status code, e.g. 500.
common-error-status = The shop answered with an error ({ $status }). Please try again.

# The cart's announcements, read by screen readers
common-cart-restored = Your saved cart is back.
# $title is the product; $quantity how many were added. Followed by common-cart-items.
common-cart-added = { $quantity ->
    [1] Added { $title } to your cart.
   *[other] Added { $quantity } × { $title } to your cart.
}
# How many items the cart now holds.
common-cart-items = { $count ->
    [one] { $count } item in cart.
   *[other] { $count } items in cart.
}
common-cart-changed-elsewhere = Your cart changed in another tab. It now shows the latest version.
common-cart-quantity-updated = Quantity updated to { $quantity }.
common-cart-removed = Removed { $title } from your cart.
common-cart-discount-applied = Discount code { $code } applied.
common-cart-discount-removed = Discount code removed.

## Embedded widgets (src/embed): the shop's products and cart on another site.
common-embed-not-connected = This site is not connected to the shop.
common-embed-not-connected-hint = The shop's owner can connect it by adding this site's address to the shop's allowed origins.
common-embed-unreachable = The shop could not be reached.
common-embed-unreachable-hint = Check your connection and reload the page.
common-embed-no-handle = No product chosen for this spot.
common-embed-product-missing = This product is no longer available.
common-embed-product-failed = The product could not be loaded.
common-embed-grid-empty = No products to show here yet.
common-embed-overlay-title = Checkout
common-embed-overlay-close = Close checkout
common-embed-overlay-frame = Checkout form
common-embed-not-ready = The shop is still loading. Try again in a moment.
