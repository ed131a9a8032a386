# Vitrine theme

## Theme editor: page and messages
theme-title = Theme
theme-lede = Choose how the shop looks. The preview shows its pages as you change it; nothing changes for shoppers until you apply it.
theme-settings-label = Theme settings
# $error is the API's or the network's error, as it reads.
theme-load-failed = The stored theme couldn't be loaded ({ $error }); you are editing the default.
theme-contrast-failing = { $count ->
    [one] One choice fails WCAG AA contrast: fix it (marked below) before applying.
   *[other] { $count } choices fail WCAG AA contrast: fix them (marked below) before applying.
}
theme-applied = Applied: every page of the shop, the checkout's payment page and new emails use this theme now.
# Announced to screen readers.
theme-applied-notice = Theme applied to the shop.
theme-not-applied = Not applied: { $error }

## Presets
theme-preset-legend = Preset
theme-preset-hint = Choosing a preset starts over from it.
theme-preset-auto = Auto
theme-preset-auto-words = Light or dark, following the shopper's system
theme-preset-light = Light
theme-preset-light-words = The default look, always light
theme-preset-dark = Dark
theme-preset-dark-words = The default look, always dark
theme-preset-boutique = Boutique
theme-preset-boutique-words = Warm serif: cream, espresso and burgundy
theme-preset-street = Street
theme-preset-street-words = Bold and high-contrast, square corners
theme-preset-calm = Calm
theme-preset-calm-words = Stone and sage, soft corners, roomy

## Colours: each token's name and what it paints
theme-colours-legend = Colours
theme-colours-hint = Each colour has a light and a dark side: shoppers whose system is dark see the dark one.
theme-colour-accent = Accent
theme-colour-accent-what = Buttons, links, the current step
theme-colour-accent-hover = Accent, hovered
theme-colour-accent-hover-what = Buttons under the pointer
theme-colour-accent-text = Text on accent
theme-colour-accent-text-what = Labels on accent buttons
theme-colour-bg = Page
theme-colour-bg-what = Behind everything
theme-colour-surface = Surfaces
theme-colour-surface-what = Cards, inputs, the cart drawer
theme-colour-surface-muted = Quiet surfaces
theme-colour-surface-muted-what = Image backdrops, the footer
theme-colour-text = Text
theme-colour-text-what = Body text and headings
theme-colour-text-muted = Secondary text
theme-colour-text-muted-what = Hints, categories, labels
theme-colour-border-strong = Borders
theme-colour-border-strong-what = Inputs and secondary buttons
theme-colour-sale = Sale
theme-colour-sale-what = Sale prices and badges
theme-colour-danger = Errors
theme-colour-danger-what = Field errors and warnings
theme-colour-focus = Focus ring
theme-colour-focus-what = The keyboard focus outline
# A colour picker's label; $label is the colour's name above ("Accent").
theme-colour-light-side = { $label }, light
theme-colour-dark-side = { $label }, dark

## Type
theme-type-legend = Type
theme-font-body = Body font
theme-font-heading = Heading font
theme-font-same-as-body = Same as the body
theme-font-preset = The preset's font
theme-font-system-sans = System sans
theme-font-humanist-sans = Humanist sans
theme-font-transitional-serif = Transitional serif
theme-font-old-style-serif = Old-style serif
theme-font-heavy-grotesque = Heavy grotesque
theme-font-monospace = Monospace
theme-density = Density
theme-density-compact = Compact
theme-density-regular = Regular
theme-density-comfortable = Comfortable

## Shape and space
theme-shape-legend = Shape and space
theme-corner-radius = Corner radius
# The corner radius slider's value in pixels.
theme-radius-value = { $px } px
theme-buttons = Buttons
theme-shape-square = Square
theme-shape-rounded = Rounded
theme-shape-pill = Pill
theme-spacing = Spacing
theme-spacing-tight = Tight
theme-spacing-regular = Regular
theme-spacing-roomy = Roomy
theme-spacing-spacious = Spacious

## Actions
theme-changes-pending = Changes not applied yet.
theme-changes-none = This is what the shop uses now.
theme-applying = Applying…
theme-apply = Apply to the shop
theme-undo = Undo changes
theme-download = Download theme.json
theme-css-label = CSS to paste
theme-css-hint = For a page the shop's server does not write: add it after the Vitrine styles.

## Preview
theme-preview-title = Preview
theme-preview-in = Preview in
theme-preview-light = Light
theme-preview-dark = Dark
theme-preview-forced = This preset is always one scheme; the preview shows it.
theme-preview-follows-system = Shoppers see light or dark as their system is set.
# Follows one of the two sentences above, after a space.
theme-preview-picture = The preview is a picture: it doesn't respond to clicks.
theme-pane-catalog = Catalog
theme-pane-product = Product
theme-pane-cart-drawer = Cart drawer
theme-pane-checkout-payment = Checkout: payment
theme-pane-order = Order status and tracking
theme-pane-return = Return form
theme-preview-no-order = No delivered order yet: the order page and tracking appear here once one is.
theme-preview-no-return = No order to return yet: the return form appears here once one is delivered.

## Preview: the sample storefront's fixed texts
theme-sample-add-to-cart = Add to cart
theme-sample-cart-title = { $count ->
    [one] Your cart ({ $count } item)
   *[other] Your cart ({ $count } items)
}
theme-sample-subtotal = Subtotal
theme-sample-total = Total
theme-sample-check-out = Check out
theme-sample-view-cart = View cart
theme-sample-card-incomplete = Your card number is incomplete.
theme-sample-payment = Payment
theme-sample-pay-now = Pay now
# $number is the order's number, like 1042.
theme-sample-order-title = Order { $number }
