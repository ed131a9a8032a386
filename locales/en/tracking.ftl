# Vitrine tracking

## Live announcements (read out by screen readers when the order changes)
# $carrier is the carrier's name (DHL, UPS…).
tracking-announce-order-shipped = Your order has shipped with { $carrier }.
tracking-announce-part-shipped = Part of your order has shipped with { $carrier }.
# Put in as $parcel at the start of the parcel sentences below.
tracking-announce-your-parcel = Your parcel
# When the order has several parcels: the carrier names the parcel.
tracking-announce-your-carrier-parcel = Your { $carrier } parcel
# $parcel is "Your parcel" or "Your DHL parcel" (from the two messages above).
tracking-announce-out-for-delivery = { $parcel } is out for delivery.
tracking-announce-delivered = { $parcel } was delivered.
tracking-announce-ready-for-pickup = { $parcel } is ready for pickup.
tracking-announce-attempt-failed = { $parcel } could not be delivered; the carrier will try again.
# $message is the shop's sentence about the problem (may be empty).
tracking-announce-exception = { $parcel } has a delivery problem. { $message }
tracking-announce-in-transit = { $parcel } is on its way.
# $status is the parcel's status in words.
tracking-announce-parcel-status = { $parcel }: { $status }.
# $update is the carrier's checkpoint text.
tracking-announce-new-update = New update on your parcel: { $update }.
tracking-announce-new-update-carrier = New update on your { $carrier } parcel: { $update }.
# $message is the shop's sentence about the delay.
tracking-announce-delayed = Your delivery is delayed. { $message }
# $status is the order's status in words.
tracking-announce-order-status = Your order's status is now: { $status }.

## Delay notice
tracking-delay-carrier-exception = There's a problem with this delivery
tracking-delay-failed-attempt = The carrier couldn't deliver
tracking-delay-no-news = No news from the carrier
tracking-delay-window-passed = Running late
# Before the new delivery dates; a space follows.
tracking-delay-new-estimate = New estimate:

## Delivery estimate
# Before one date or a range of dates ("Arrives Tue 9 Dec – Thu 11 Dec"); a space follows.
tracking-estimate-arrives = Arrives

## Order lookup page
tracking-lookup-title = Track an order
tracking-lookup-intro = Enter your order number and the email address you ordered with. You'll find both in your order confirmation email.
tracking-lookup-number-label = Order number
tracking-lookup-number-hint = It looks like VT-7QK2-9XH4.
tracking-lookup-number-missing = Enter the order number from your confirmation email.
tracking-lookup-email-label = Email
tracking-lookup-submit = Find my order
tracking-lookup-busy = Looking for your order…
# After too many tries; $count is how many seconds to wait.
tracking-lookup-wait-seconds = { $count ->
    [one] Too many attempts. For your security, please wait { $count } second and try again.
   *[other] Too many attempts. For your security, please wait { $count } seconds and try again.
}
# After too many tries; $count is how many minutes to wait.
tracking-lookup-wait-minutes = { $count ->
    [one] Too many attempts. For your security, please wait a minute and try again.
   *[other] Too many attempts. For your security, please wait { $count } minutes and try again.
}

## Order progress
tracking-progress-label = Order progress

## Order details
# $variant is the product's option (size, colour); $quantity how many.
tracking-item-detail = { $variant } · Qty { $quantity }
tracking-details-items = Items
tracking-details-subtotal = Subtotal
tracking-details-discount = Discount
tracking-details-shipping = Shipping
tracking-details-tax = Tax
tracking-details-tax-included = Tax (included)
tracking-details-total = Total
tracking-details-shipping-to = Shipping to
tracking-details-payment = Payment
tracking-details-history = Order history
# Paid entirely with store credit; $code is the credit's code, $amount the money.
tracking-payment-store-credit = Store credit { $code }: { $amount }
# Paid partly with store credit; $method is the other payment method (a card, "Bank transfer"), $due what it paid.
tracking-payment-store-credit-and = Store credit { $code }: { $amount } · { $method }: { $due }

## Order page
tracking-order-thanks = Thank you for your order
tracking-order-heading = Order { $number }
# The browser tab's title; $shop is the shop's name.
tracking-order-page-title = Order { $number } · { $shop }
# $time is when the order was placed (a date and time).
tracking-order-placed = Placed { $time }
tracking-order-emailed = We've emailed a confirmation to { $email }. Keep this page's link to check your order's status.
tracking-order-start-return = Start a return
tracking-order-continue-shopping = Continue shopping
tracking-order-canceled-title = This order was canceled
tracking-order-canceled-refunded = Nothing will be shipped, and your payment has been refunded in full.
tracking-order-canceled-not-charged = Nothing will be shipped and nothing has been charged.
tracking-order-pending = We'll email you when it ships, with a link to follow the parcel.
tracking-order-rest-follows = The rest of your order will follow in another parcel. We'll email you when it ships.

## Parcel card
# When an order has several parcels: which one this is.
tracking-parcel-position = Parcel { $index } of { $count }
# Before the date and time the parcel was shipped; a space follows.
tracking-parcel-shipped = Shipped
tracking-parcel-carrier = Carrier
tracking-parcel-tracking-number = Tracking number
# Read by screen readers after the tracking number link.
tracking-parcel-opens-new-tab = (opens the carrier's site in a new tab)
tracking-parcel-delivered = Delivered
tracking-parcel-estimated-delivery = Estimated delivery
tracking-parcel-not-known-yet = Not known yet
tracking-parcel-contents = In this parcel
tracking-parcel-history = Tracking history

## Tracking timeline
tracking-timeline-empty = No updates from the carrier yet. They usually appear within a day of shipping.

## Tracking page
# Before a link "Track an order"; a space follows.
tracking-find-prompt = Have your order number and email?
tracking-find-link = Track an order
tracking-load-error = The order could not be loaded
