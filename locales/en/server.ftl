# Vitrine server: the API's messages to shoppers

# Server and email messages
server-locales-not-found = There is no such language or catalogue.
server-cart-missing = There is no cart here. It may have expired; a new one starts when you add something.
server-cart-checked-out = This cart has been checked out and can't change. Start a new cart to keep shopping.
server-cart-changed = Your cart changed in another tab or window. Here is the latest version.
server-quantity-range = Choose a quantity from 1 to { $max }.
server-quantity-range-problem = must be a whole number from 1 to { $max }
server-stock-sold-out = Sorry, this is sold out.
server-stock-left = Only { $count } left.
server-stock-left-in-cart = { $in_cart ->
    [one] Only { $count } left, and { $in_cart } is already in your cart.
   *[other] Only { $count } left, and { $in_cart } are already in your cart.
}
server-country-not-shipped = We don't ship to { $country } yet.
server-country-unknown = That is not a country code.
server-region-unknown = { $kind ->
    [state] "{ $region }" is not a { $kind } of { $country }.
    [province] "{ $region }" is not a { $kind } of { $country }.
   *[other] "{ $region }" is not a { $kind } of { $country }.
}
server-shipping-unavailable-destination = That shipping method isn't available for this destination.
server-shipping-country-first = Choose a country before a shipping method.
server-email-invalid = Enter an email address like name@example.com.
server-variant-unknown = There is no such product variant.
server-quantity-max = At most { $max } of one item per order; { $in_cart } already in your cart.
server-line-missing = That item is not in this cart (anymore).
server-item-discontinued = That item is no longer sold.
server-discount-empty = Enter a discount code.
server-restore-gone = This link doesn't open a cart any more: it was ordered, or the link is wrong.
server-product-or-variant-unknown = There is no such product or variant.
server-restock-in-stock = { $title } is in stock now: add it to your cart.
server-restock-noted = We'll email { $email } once when { $title } is back in stock. Nothing else.
server-product-missing = There is no product at this address.
server-payment-failed = This payment didn't go through. Your cart is open to try again.
server-cart-empty = Your cart is empty.
server-line-problem = { $title }: { $problem }
server-shipping-unavailable-address = That shipping method isn't available for this address. Choose another.
server-payment-unavailable = { $method } isn't available for this order. Choose another way to pay.
server-invoice-needs-company = Paying by invoice needs a company name on the address.
server-total-changed = The total changed to { $total } since you last saw it. Please check your order and place it again.
server-check-address = Check the shipping address.
server-cart-not-open = This cart is already being checked out or was ordered. Reload to see its state.
server-line-sold-out = { $title } ({ $variant }) just sold out.
server-line-only-left = Only { $count } of { $title } ({ $variant }) left. Lower the quantity to continue.
server-credit-spent-meanwhile = Part of this store credit was just spent on another order, so it no longer covers this one. Check the balance and choose how to pay the rest.
server-address-first = Enter a shipping address first: the methods depend on where it goes.
server-credit-invalid = This store credit code isn't valid. Check it against the email that sent it.
server-credit-currency = This store credit is in { $credit }; this order is in { $order }.
server-credit-used-up = This store credit has been used up.
server-lookup-not-found = We couldn't find an order with that number and email. Check both against your confirmation email.
server-lookup-too-many = { $minutes ->
    [one] Too many attempts. Please wait { $minutes } minutes and try again.
   *[other] Too many attempts. Please wait { $minutes } minutes and try again.
}
server-order-link-missing = There is no order with that number and link. Check the link in your confirmation email.
server-payment-awaiting-confirmation = Your bank is still waiting for you to confirm the payment.
server-return-link-missing = There is no return with that number and link. Check the link in your email.
server-return-check-items = Check the items you want to return.
server-return-comment-too-long = At most { $max } characters.
server-return-exchange-same-product = Choose another size or colour of the same product.
server-return-exchange-sold-out = Some of the items you chose in exchange just sold out.
server-return-exchange-item-sold-out = { $title } is sold out. Choose another, or a refund.
server-photo-too-late = Photos can be added until the parcel is on its way back.
server-photo-too-many = A return can have at most { $max } photos.
server-photo-too-large = This photo is larger than { $mb } MB. Send a smaller one.
server-photo-empty = This file is empty.
server-photo-missing = There is no such photo.
server-label-not-ready = The label is ready once the return is approved.
server-label-closed = This return was closed: there is nothing to send.
server-internal = Something went wrong on our side. Please try again.
server-unavailable = The shop is briefly unavailable. Nothing was changed; please try again in a few seconds.
# An order's shipping method: the shop's own name for it ($name, e.g. "Standard") and its delivery time.
server-shipping-method = { $name } ({ $min }–{ $max } business days)

# Order and return history: written in the order's language, whoever acts
server-event-placed = Order placed.
server-event-paid = Payment confirmed. We're preparing your order.
server-event-processing = We're packing your order.
server-event-canceled-by-shop = The shop canceled this order.
server-event-canceled-by-shop-reason = The shop canceled this order: { $reason }
server-event-canceled-on-request = Canceled at the customer's request; the payment was refunded.
server-event-refunded-card = Refunded { $amount } to your card.
server-event-payment-timed-out = The payment wasn't completed in time, so the order was canceled and the items released.
server-event-provider-unreachable = The payment provider could not be reached.
server-event-shipped = Your order shipped with { $carrier } (tracking { $tracking }).
server-event-shipped-part = Part of your order shipped with { $carrier } (tracking { $tracking }).
# $status: the order's new status; $label: its name, for any other status
server-event-order-status = { $status ->
    [partially_shipped] Partially shipped.
    [shipped] Shipped.
    [out_for_delivery] Out for delivery.
    [delivered] Delivered.
    [exception] Delivery problem.
   *[other] { $label }.
}
server-event-order-return-requested = Return { $rma } requested.
server-event-order-return-refunded = Refunded { $amount } for return { $rma }.
server-event-order-exchange-shipped = Exchange for return { $rma } shipped with { $carrier } (tracking { $tracking }).
server-event-return-requested = You asked to return these items. We'll review your request within one business day.
server-event-return-approved = Approved. Print the label and drop the parcel at any { $carrier } location.
server-event-return-rejected = We can't accept this return: { $reason }
# $items: "1 × Linen shirt (worn), 2 × Mug"
server-event-return-received = Your parcel arrived and we checked it: { $items }.
server-event-return-refunded = Refunded { $amount } to your original payment. Banks take 3 to 5 days to show it.
server-event-return-credited = Store credit of { $amount } issued: code { $code }.
server-event-return-credited-bonus = Store credit of { $amount } (with our { $percent } % bonus) issued: code { $code }.
server-event-return-exchanged = Your exchange is on its way: { $items } with { $carrier } (tracking { $tracking }).
server-event-return-in-transit = The carrier has your parcel: it's on its way back to us.
server-event-return-arrived = Your parcel reached our warehouse. We'll check it shortly.

## A browser page on a site the shop is not connected to (embedded widgets).
server-origin-not-connected = This site is not connected to the shop.
server-origin-not-connected-field = { $origin } is not on the shop's list of connected sites (--cors-origin).

## How a return goes back (the return page's "How to send it back"), by the return's status.
server-return-method-requested = We're reviewing your request. Once it's approved, print the label here and drop the parcel at any { $carrier } location.
server-return-method-approved = Pack the items with the label's RMA showing, stick the label on the parcel, and drop it at any { $carrier } location within { $days } days. No printer? Show the QR code at the counter.
server-return-method-closed = Nothing to send back.
server-return-method-sent = Your parcel is on its way back or has arrived. We'll email you when it's checked.

## The console's checklist before packing (an order's page).
server-check-address-ok = The address matches the country's format and the postal code fits the region.
server-check-address-fix = Fix before packing: { $problems }
server-check-stock-ok = Every item was taken out of stock for this order when it was placed or paid.
server-check-stock-canceled = The order is canceled: its items went back to stock.
server-check-stock-held = The items are only held while the card payment is confirmed.
server-check-paid = Paid by { $kind }.
server-check-on-delivery = Cash on delivery: the courier collects the payment.
server-check-awaiting = Waiting for the payment ({ $kind }) to arrive.
server-check-pending = The card payment is not confirmed yet.
server-check-no-payment = There is no payment to ship against.
