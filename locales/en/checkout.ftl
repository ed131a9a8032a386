# Vitrine checkout

## Page
# The browser tab's title; $shop is the shop's name.
checkout-page-title = Checkout · { $shop }
checkout-title = Checkout
checkout-empty-title = Your cart is empty
checkout-start-shopping = Start shopping

## Steps
# Read before each step's heading by screen readers: "Step 1 of 5: Contact".
checkout-step-of = Step { $step } of { $steps }:{" "}
checkout-step-edit = Edit
# $step names the step whose answers the button edits.
checkout-step-edit-label = { $step ->
    [contact] Edit contact
    [address] Edit shipping address
    [delivery] Edit delivery
    [payment] Edit payment
   *[other] Edit review and place order
}

## Step 1: contact
checkout-contact-title = Contact
checkout-email-label = Email
checkout-email-note = For your receipt and updates about this order.
checkout-email-hint = Enter an email address like name@example.com.
checkout-contact-continue = Continue to shipping address

## Step 2: shipping address
checkout-address-title = Shipping address
checkout-address-country = Country or region
checkout-address-choose-country = Choose a country
checkout-address-country-missing = Choose a country.
checkout-address-note = We check that the address is complete and well formed, not that it exists.
# $label is the field's label ("Company").
checkout-address-optional = { $label } (optional)
# A field's placeholder; $example is an example value ("95014").
checkout-address-example = e.g. { $example }
# First choice of a list; $field is the field's label ("state", lower case where the language writes it so).
checkout-address-choose = Choose { $field }
# Accepts a corrected value the address rules suggest ("CA").
checkout-address-use-suggestion = Use { $suggestion }
checkout-address-checking = Checking…
checkout-address-continue = Continue to delivery

## Step 3: delivery
checkout-delivery-title = Delivery
checkout-delivery-legend = Shipping method
# $from and $to are the earliest and latest delivery dates.
checkout-delivery-arrives = Arrives { $from } to { $to }
checkout-delivery-free = Free
checkout-delivery-continue = Continue to payment

## Step 4: payment
checkout-payment-title = Payment
checkout-payment-legend = Payment method
checkout-payment-choose = Choose how you'd like to pay.
checkout-payment-invoice-company = Paying by invoice needs a company name: add it to the address (step 2).
checkout-credit-label = Store credit code (optional)
checkout-credit-hint = From a return, like SC-7QK2-9XH4. It pays first; your payment method pays the rest.
checkout-payment-securing = Securing card details…
checkout-payment-continue = Review order

## Card form
checkout-card-number = Card number
checkout-card-expiry = Expiry (MM / YY)
checkout-card-expiry-placeholder = MM / YY
checkout-card-cvc = Security code
# The security code field's placeholder.
checkout-card-cvc-digits = { $count ->
    [one] { $count } digit
   *[other] { $count } digits
}
checkout-card-name = Name on card (optional)
checkout-card-note = Card details go straight to our payment provider; this shop never sees or stores them.
checkout-card-again = Enter your card details again.

## The bank's challenge dialog
checkout-challenge-title = Confirm the payment with your bank
checkout-challenge-frame = Your bank's confirmation page

## Step 5: review
checkout-review-title = Review and place order
checkout-review-note = Check the details above; you can edit any step. By placing the order you agree to pay the total shown.
# $code is the store credit code.
checkout-review-credit = Store credit { $code } pays first; your payment method is charged only what is left.
checkout-review-placing = Placing your order…
# $total is the order's total.
checkout-review-place = Place order · { $total }
# No answer from the shop; $error is what went wrong.
checkout-retry = { $error } Trying again is safe: you won't be charged twice.

## Order summary
checkout-summary-label = Order summary
checkout-summary-title = Order summary
checkout-summary-qty = Qty { $count }
# $variant is the chosen options ("Blue / M").
checkout-summary-variant-qty = { $variant } · Qty { $count }
