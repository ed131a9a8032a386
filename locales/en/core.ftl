# Vitrine core: statuses, address fields and their checks, cart and return problems.

# Operator alert rules
core-alert-stock-out = Out of stock
core-alert-stock-low = Time to reorder
core-alert-return-rate = Returns spiking
core-alert-late-shipment = Shipping late
core-alert-decline-spike = Card declines spiking

# Payment methods
core-payment-card = Card
core-payment-bank-transfer = Bank transfer
core-payment-cash-on-delivery = Cash on delivery
core-payment-invoice = Invoice

# Order statuses
core-order-pending-payment = Waiting for payment confirmation
core-order-awaiting-payment = Waiting for your payment
core-order-confirmed = Confirmed
core-order-processing = Being prepared
core-order-partially-shipped = Partially shipped
core-order-shipped = Shipped
core-order-out-for-delivery = Out for delivery
core-order-delivered = Delivered
core-order-exception = Delivery problem
core-order-canceled = Canceled

# Product query problems (each follows the parameter's name)
core-query-invalid = The product query is invalid.
core-query-repeated = is given more than once
core-query-text-too-long = must be at most { $max } characters
core-query-sort-one-of = must be one of { $choices }
core-query-price-negative = must not be negative
core-query-price-too-large = is too large
core-query-price-not-decimal = must be a decimal amount like 25 or 19.99 ({ $problem })
core-query-in-stock-bool = must be true or false
core-query-category-invalid = { $value } is not a category handle
core-query-option-name = needs an option name, like option.size
core-query-option-value = needs a value of 1 to 100 characters
core-query-unknown-parameter = unknown parameter { $name }
core-query-too-many-filters = at most { $max } filter values at once
core-query-price-min-above-max = must not be above price_max
core-query-whole-number = must be a whole number from { $min } to { $max }

# Stock
core-stock-in-stock = In stock
core-stock-low = Only { $count } left
core-stock-out-of-stock = Out of stock
core-option-sold-out = sold out
core-option-unavailable = not available in this combination
core-stock-change-too-large = That change is too large.
core-stock-change-zero = Change the stock by at least one unit.
core-stock-below-zero = Only { $count } on hand: the stock can't go below zero.
core-stock-reserved = { $count } units are held for orders awaiting payment: keep at least that many.

# Card form
core-card-unknown-brand = Card
core-card-ending = { $brand } ending { $last4 }
core-card-number-missing = Enter your card number.
core-card-number-digits = A card number has only digits.
core-card-number-incomplete = Your card number is incomplete.
core-card-number-invalid = Your card number is not valid. Check it for typos.
core-card-expiry-missing = Enter the expiry date.
core-card-expiry-format = Enter the expiry date as MM/YY.
core-card-expiry-month = The expiry month must be 01 to 12.
core-card-expired = Your card has expired.
core-card-expiry-too-far = The expiry year is too far in the future.
core-card-cvc-missing = Enter the security code.
core-card-cvc-front = The security code is the 4 digits on the front of the card.
core-card-cvc-back = The security code is the 3 digits on the back of the card.

# Card declines
core-decline-generic = Your card was declined. Your bank didn't say why: try another card or payment method, or call your bank.
core-decline-insufficient-funds = Your card has insufficient funds. Try another card or payment method.
core-decline-expired-card = Your card has expired. Check the expiry date, or use another card.
core-decline-incorrect-cvc = Your card's security code is incorrect. Check the 3 or 4 digits and try again.
core-decline-authentication-failed = Your bank couldn't confirm it was you, so the payment didn't go through. Try again or use another card.

# Cart line problems
core-cart-price-dropped = Good news: the price dropped from { $was } to { $now }.
core-cart-price-changed = The price changed from { $was } to { $now } since you added this.
core-cart-not-enough-stock = Only { $count } left: lower the quantity to check out.
core-cart-sold-out = Sold out since you added it: remove it to check out.

# Discount codes
core-discount-not-found = That code isn't valid. Check the spelling and try again.
core-discount-not-started = That code isn't active yet.
core-discount-expired = That code has expired.
core-discount-used-up = That code has reached its usage limit.
core-discount-minimum = That code needs a subtotal of at least { $minimum }. Add { $missing } more to use it.
core-discount-no-eligible-items = That code doesn't apply to anything in your cart.

# Shipping an order's lines (operator)
core-ship-empty = Choose at least one item for this shipment.
core-ship-line-at-least-one = Ship at least 1 of line { $line }.
core-ship-line-unknown = Line { $line } isn't on this order.
core-ship-line-twice = Line { $line } is listed twice; list it once with the total quantity.
core-ship-line-all-shipped = All { $ordered } of line { $line } have already shipped.
core-ship-line-exceeds = Only { $left } of line { $line } left to ship ({ $ordered } ordered, { $shipped } shipped), not { $quantity }.

# Order lifecycle refusals (operator)
core-order-refuse-already-canceled = This order is already canceled.
core-order-refuse-canceled-payment = This order was canceled, so it can't take a payment; refund any money received.
core-order-refuse-canceled = This order was canceled.
core-order-refuse-already-paid = This order is already paid.
core-order-refuse-paid-failed-attempt = This order is already paid; a failed payment attempt changes nothing.
core-order-refuse-not-paid-prepare = This order isn't paid yet; prepare it once the payment arrives.
core-order-refuse-already-processing = This order is already being prepared.
core-order-refuse-already-delivered = This order was already delivered.
core-order-refuse-already-shipping = This order has already started shipping.
core-order-refuse-not-shipped = Nothing on this order has shipped yet.
core-order-refuse-delivered-tracking = This order was delivered; later carrier updates don't change it.
core-order-refuse-unknown-shipment = Shipment { $shipment } isn't part of this order.
core-order-refuse-cancel-partially-shipped = Part of this order has already shipped, so it can't be canceled; start a return for what arrives.
core-order-refuse-cancel-delivered = A delivered order can't be canceled; start a return instead.
core-order-refuse-cancel-shipped = An order that has shipped can't be canceled; start a return instead.
core-order-refuse-fully-shipped = Everything on this order has already shipped.
core-order-refuse-not-paid-ship = This order isn't paid yet; ship it once the payment arrives.
core-order-refuse-duplicate-shipment = Shipment { $shipment } is already recorded.
core-tracking-pending = Waiting for carrier updates
core-tracking-info-received = Label created
core-tracking-in-transit = In transit
core-tracking-out-for-delivery = Out for delivery
core-tracking-attempt-fail = Delivery attempt failed
core-tracking-delivered = Delivered
core-tracking-available-for-pickup = Ready for pickup
core-tracking-exception = Delivery problem
core-tracking-expired = No recent updates

# Order progress steps
core-milestone-placed = Order placed
core-milestone-confirmed = Confirmed
core-milestone-shipped = Shipped
core-milestone-out-for-delivery = Out for delivery
core-milestone-delivered = Delivered

# Carrier sub-statuses (shopper)
core-substatus-pending-001 = The carrier has no information on this parcel yet.
core-substatus-info-received-001 = The carrier has the shipping label and will pick the parcel up soon.
core-substatus-in-transit-001 = Your parcel is on its way.
core-substatus-in-transit-002 = The carrier has picked up your parcel.
core-substatus-in-transit-003 = Your parcel arrived at a sorting centre.
core-substatus-in-transit-004 = Your parcel arrived in the destination country.
core-substatus-in-transit-005 = Your parcel cleared customs.
core-substatus-in-transit-006 = Your parcel was handed to customs for clearance.
core-substatus-in-transit-007 = Your parcel left a carrier facility.
core-substatus-in-transit-008 = The earlier problem is solved and your parcel is moving again.
core-substatus-in-transit-009 = Your parcel is being forwarded to a different address.
core-substatus-out-for-delivery-001 = Your parcel is out for delivery.
core-substatus-out-for-delivery-003 = The carrier will contact you before delivering.
core-substatus-out-for-delivery-004 = A delivery appointment has been scheduled.
core-substatus-attempt-fail-001 = The carrier tried to deliver and will usually try again; look for a notice.
core-substatus-attempt-fail-002 = The carrier couldn't find anyone at the address.
core-substatus-attempt-fail-003 = The business was closed when the carrier came.
core-substatus-delivered-001 = Your parcel was delivered.
core-substatus-delivered-002 = You picked up your parcel.
core-substatus-delivered-003 = Your parcel was delivered and signed for.
core-substatus-delivered-004 = Your parcel was delivered and paid for on delivery.
core-substatus-delivered-005 = Your parcel was left with a neighbour.
core-substatus-available-for-pickup-001 = Your parcel is waiting at a pickup point near you.
core-substatus-exception-001 = The carrier reported a problem delivering your parcel.
core-substatus-exception-002 = The parcel couldn't be delivered: the recipient has moved.
core-substatus-exception-003 = The delivery was refused.
core-substatus-exception-004 = Your parcel is delayed at customs.
core-substatus-exception-005 = Your parcel is delayed for reasons outside the carrier's control.
core-substatus-exception-006 = Your parcel is held until a payment (such as import duties) is made.
core-substatus-exception-007 = The parcel couldn't be delivered: the address seems incorrect.
core-substatus-exception-008 = Your parcel was waiting for pickup but wasn't collected.
core-substatus-exception-009 = The carrier rejected the parcel.
core-substatus-exception-010 = Your parcel is on its way back to us.
core-substatus-exception-011 = Your parcel was returned to us.
core-substatus-exception-012 = Your parcel was damaged in transit.
core-substatus-exception-013 = The carrier lost your parcel.
core-substatus-exception-016 = Your parcel is delayed by a problem in the carrier's network.
core-substatus-exception-017 = Your parcel is delayed by severe weather.
core-substatus-exception-018 = Your parcel is on hold: documents for customs are missing or incorrect.
core-substatus-expired-001 = The carrier hasn't updated this parcel for 30 days.

# Dates in sentences: "12 March 2026"
core-date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
    } { $year }

# Why a line can't be returned (labels, no final full stop)
core-returnable-final-sale = Final sale
core-returnable-window-closed = The return window closed on { $date }
core-returnable-not-delivered = Not delivered yet
core-returnable-already-returned = Already returned
core-returnable-in-open-return = Already in a return that is under way

# Default return reasons of a new shop
core-reason-too-small = Too small
core-reason-too-big = Too big
core-reason-not-as-described = Not as described
core-reason-arrived-damaged = Arrived damaged
core-reason-wrong-item = Wrong item sent
core-reason-changed-mind = Changed my mind
core-reason-other = Other

# What the shopper wants instead
core-resolution-refund = Refund to the original payment
core-resolution-store-credit = Store credit
core-resolution-exchange = Exchange for another size or colour

# Return request problems
core-return-request-invalid = Check the items you want to return.
core-return-request-empty = Choose at least one item to return.
core-return-line-unknown = This item isn't on this order.
core-return-line-twice = This item is listed twice; list it once with the total quantity.
core-return-line-not-returnable = { $reason }.
core-return-quantity-at-least-one = Return at least 1.
core-return-quantity-at-most = You can return at most { $count }.
core-return-reason-missing = Choose a reason.
core-return-reason-unknown = Choose one of the listed reasons.
core-return-photo-required = Add at least one photo for “{ $reason }”.
core-return-exchange-variant-missing = Choose the variant you want instead.
core-return-exchange-variant-unexpected = Choose a variant only when exchanging.

# Refunds (operator)
core-refund-currency-mismatch = Refunds for this order are in { $currency }.
core-refund-amount-zero = Refund an amount greater than zero.
core-refund-fully-refunded = Everything paid for this order has already been refunded.
core-refund-exceeds = Only { $remaining } of this payment is left to refund, not { $requested }.

# Return statuses (shopper)
core-return-status-requested = Waiting for approval
core-return-status-approved = Approved: send your items
core-return-status-in-transit = On its way back
core-return-status-received = Received
core-return-status-inspected = Checked
core-return-status-refunded = Refunded
core-return-status-credited = Store credit issued
core-return-status-exchanged = Exchanged
core-return-status-rejected = Rejected
core-return-status-canceled = Canceled

# Return progress steps
core-return-step-requested = Requested
core-return-step-approved = Approved
core-return-step-in-transit = On its way back
core-return-step-received = Received
core-return-step-inspected = Checked
core-return-step-resolved = Resolved

# Return lifecycle refusals (operator)
core-return-refuse-already-refunded = This return was already refunded.
core-return-refuse-already-credited = Store credit for this return was already issued.
core-return-refuse-already-exchanged = This return was already exchanged.
core-return-refuse-rejected = This return was rejected; start a new one if the window is still open.
core-return-refuse-canceled = This return was canceled; start a new one if the window is still open.
core-return-refuse-not-received = The items haven't arrived back yet.
core-return-refuse-already-approved = This return is already approved.
core-return-refuse-not-approved = This return isn't approved yet; send the items once it is.
core-return-refuse-already-shipped = The items are already on their way back.
core-return-refuse-already-received = The items have already arrived back.
core-return-refuse-already-inspected = The items were already checked.
core-return-refuse-not-inspected = Check the items before resolving the return.
core-return-refuse-awaiting-parcel = The items are expected back; reject the return once they arrive and are checked.
core-return-refuse-reason-required = Give the shopper a reason for rejecting the return.
core-return-refuse-cancel-shipped = The items are already on their way back, so the return can't be canceled.
core-return-refuse-cancel-received = The items have already arrived back, so the return can't be canceled.

# Decimal amounts (each follows the field's name)
core-decimal-empty = is empty
core-decimal-invalid = { $value } is not a decimal number like 19.99
core-decimal-out-of-range = { $value } is out of range

# Address form labels (the kinds of field the per-country address data names)
core-address-full-name = Full name
core-address-company = Company
core-address-address = Address
core-address-address2 = Apartment, suite, etc.
core-address-sorting-code = Sorting code
core-address-phone = Phone
core-address-zip-code = ZIP code
core-address-pin-code = PIN code
core-address-eircode = Eircode
core-address-postcode = Postcode
core-address-postal-code = Postal code
core-address-region = Region
core-address-province = Province
core-address-state = State
core-address-island = Island
core-address-department = Department
core-address-parish = Parish
core-address-county = County
core-address-emirate = Emirate
core-address-area = Area
core-address-prefecture = Prefecture
core-address-district = District
core-address-city = City
core-address-town-or-city = Town or city
core-address-suburb = Suburb
core-address-village-or-township = Village or township
core-address-neighbourhood = Neighbourhood
core-address-townland = Townland

# Address checks. $label is the field's label; in English it comes in lower
# case, with "a" or "an" in core-address-enter and core-address-choose ("a ZIP code").
core-address-enter = Enter { $label }.
core-address-choose = Choose { $label }.
core-address-too-long = { $label } is too long (at most 100 characters).
core-address-region-suggest = Choose a { $label } from the list. Did you mean { $name } ({ $code })?
core-address-region-unknown = { $value } is not a { $label } of { $country }.
core-address-postal-other-region = { $code } is not a { $region } { $label }.
core-address-postal-other-region-range = { $code } is not a { $region } { $label } ({ $region } { $label }s run from { $from } to { $to }).
core-address-postal-invalid = Enter a valid { $label }.
core-address-postal-invalid-example = Enter a valid { $label }, like { $example }.
core-address-phone-invalid = Enter a phone number with 6 to 15 digits.
