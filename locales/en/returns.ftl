# Vitrine returns

## Live announcements on the return's page (read out by screen readers)
returns-announce-approved = Your return was approved. You can print the return label now.
returns-announce-received = We received your return.
# $reason is the shop's reason (may be empty).
returns-announce-rejected = Your return was rejected. { $reason }
# $status is the return's status in words.
returns-announce-status = Your return's status is now: { $status }.
returns-announce-money = Money for your return is on its way.
returns-announce-photo = Your photo was added.

## Checks before sending
returns-error-no-items = Choose at least one item to return.
returns-error-not-returnable = This item can't be returned.
returns-why-label = Not returnable:
# $max is the most that can be returned.
returns-error-quantity = Choose how many to return (1 to { $max }).
returns-error-reason = Choose a reason.
# $reason is the return reason the shopper chose.
returns-error-photo-needed = Add a photo of the item: “{ $reason }” needs one.
returns-error-comment-too-long = { $count ->
    [one] Keep the comment to { $count } character.
   *[other] Keep the comment to { $count } characters.
}
returns-error-too-many-photos = { $count ->
    [one] Add at most { $count } photo to one return.
   *[other] Add at most { $count } photos to one return.
}
returns-error-resolution = Choose what you would like instead.
returns-error-no-exchange = No other size or colour is in stock: choose another option.
returns-error-exchange-variant = Choose the size or colour you want instead.
# $name is the photo's file name; $types the accepted types ("JPEG, PNG or WebP").
returns-error-photo-type = { $name } is not a { $types } image.
# $name is the photo's file name; $size the largest size allowed ("8 MB").
returns-error-photo-size = { $name } is larger than { $size }. Choose a smaller photo.
# The last two in a list of image types: "JPEG, PNG or WebP" ($first is "JPEG, PNG").
returns-type-list = { $first } or { $last }
# File sizes; $size is a number, possibly with one decimal ("1.5").
returns-size-mb = { $size } MB
returns-size-kb = { $size } KB

## Start a return
# The return window; $count is the number of days.
returns-window = { $count ->
    [one] You can return items within { $count } day of delivery.
   *[other] You can return items within { $count } days of delivery.
}
# The return window with the last day; $date is a date ("31 March 2026").
returns-window-until = { $count ->
    [one] You can return items within { $count } day of delivery. Return by { $date }.
   *[other] You can return items within { $count } days of delivery. Return by { $date }.
}
returns-earlier-title = Returns on this order
returns-return-link = Return { $rma }
returns-item-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
returns-nothing-returnable = Nothing in this order can be returned right now.
# The browser tab's title; $number is the order's number, $shop the shop's name.
returns-start-page-title = Return items · Order { $number } · { $shop }
returns-start-title = Return items
# Before the order's number (a link); a space follows.
returns-start-order = Order
returns-load-order-error = Your order could not be loaded

## Steps
# Read by screen readers before the step's title.
returns-step-position = Step { $step } of { $total }:
returns-step-edit = Edit
returns-step-items = Choose items
returns-step-reasons = Tell us why
returns-step-resolutions = Refund, credit or exchange
returns-step-review = Review and send
# Accessible names of the "Edit" buttons.
returns-step-edit-items = Edit choose items
returns-step-edit-reasons = Edit tell us why
returns-step-edit-resolutions = Edit refund, credit or exchange
returns-step-edit-review = Edit review and send

## Step 1: items
returns-items-legend = Items to return
# $variant is the product's option (size, colour); $quantity how many were bought; $price what one costs.
returns-items-detail = { $variant } · Qty { $quantity } · { $price } each
returns-items-how-many = How many
returns-items-continue = Continue to reasons

## Step 2: reasons
# A step's summary: the item and its reason.
returns-summary-reason = { $item }: { $reason }
returns-reasons-continue = Continue to refund or exchange
returns-reason-label = Reason
returns-reason-choose = Choose a reason
# A reason that needs a photo, in the list of reasons.
returns-reason-photo-needed = { $reason } (photo needed)
returns-comment-label = Anything else we should know? (optional)

## Photos
# Under the photo picker; $types are the accepted types, $size the largest size.
returns-photos-hint = { $types }, up to { $size } each.
# The name of a picked photo whose file has no name.
returns-photos-default-name = photo
returns-photos-label = Photos of { $item }
returns-photos-remove = Remove
returns-photos-remove-label = Remove { $name }
returns-uploads-title = Return { $rma } requested: adding your photos
returns-uploads-adding = Adding photo { $index } of { $total }…
# $count is how many photos there are; $done how many were added.
returns-uploads-some-failed = { $count ->
    [one] { $done } of { $count } photo added. Some could not be added.
   *[other] { $done } of { $count } photos added. Some could not be added.
}
returns-uploads-done = All photos added. Opening your return…
returns-upload-waiting = Waiting
returns-upload-sending = Sending…
returns-upload-added = Added
returns-uploads-go-to-return = Go to your return

## Step 3: refund, credit or exchange
# A step's summary: the item and what the shopper gets instead.
returns-summary-resolution = { $item }: { $resolution }
returns-resolutions-continue = Review your return
# $item is the product's name, $variant its option (size, colour).
returns-resolution-legend = Instead of { $item } ({ $variant })
returns-resolution-refund-detail = { $amount } back to your original payment
# $bonus is a whole percentage.
returns-resolution-credit-bonus-detail = { $amount } to spend in the shop, a { $bonus } % bonus
returns-resolution-credit-detail = { $amount } to spend in the shop
returns-resolution-exchange-none = No other size or colour is in stock right now
returns-resolution-exchange-detail = Another size or colour of the same item
# A badge on store credit with a bonus.
returns-resolution-bonus-badge = +{ $bonus } %
# $item is the product's name.
returns-exchange-legend = Exchange { $item } for
returns-exchange-same-price = Same price
returns-exchange-back = { $amount } back to you
returns-exchange-pay-more = You pay { $amount } more
# After the price difference, when few are left; a separator comes before it.
returns-exchange-few-left = { $count ->
    [one] only { $count } left
   *[other] only { $count } left
}
# What an item gets instead; $variant is the variant exchanged for.
returns-exchange-for = Exchange for { $variant }

## Step 4: review
returns-review-photos = { $count ->
    [one] { $count } photo
   *[other] { $count } photos
}
returns-review-note = We'll check your request and email you. Once it's approved, you can print the return label.
returns-review-send = Send return request
returns-review-sending = Sending your request…
returns-total-refund = Refund to your payment
returns-total-credit = Store credit
returns-total-exchange-back = Exchange: back to you
returns-total-exchange-pay = Exchange: you pay
returns-total-exchange = Exchange

## The return's page
returns-page-heading = Return { $rma }
# The browser tab's title; $shop is the shop's name.
returns-page-title = Return { $rma } · { $shop }
# $number is the order's number, $time when the return was requested.
returns-page-meta = Order { $number } · requested { $time }
returns-load-error = The return could not be loaded
returns-rejected-title = This return was rejected
returns-rejected-no-reason = The shop will email you the details.
returns-canceled = This return was canceled. Nothing needs to be sent back.
returns-photos-needed = We need a photo of the damaged item before we can approve this return.
returns-history = History
returns-history-label = Return history, newest first
returns-progress-label = Return progress

## Items of a return
returns-lines-title = Items
returns-line-detail = { $variant } · Qty { $quantity }
returns-line-reason = Reason
returns-line-note = Your note
returns-line-instead = Instead
returns-line-received = Received
# $received of $quantity arrived; $condition is the shop's note on their condition.
returns-line-received-of = { $received } of { $quantity }
returns-line-received-condition = { $received } of { $quantity }, { $condition }
returns-line-photo-missing = A photo of this item is still needed.
# $item is the product's name.
returns-thumbs-label = Photos of { $item }
returns-thumb-alt = Photo { $index } of { $count } of { $item }
returns-thumbs-label-return = Photos of your return
returns-thumb-alt-return = Photo { $index } of { $count } of your return

## Sending it back
returns-method-send = Sending it back
returns-method-parcel = Return parcel
returns-method-address = Return address
returns-method-print = Print label
returns-method-label-later = Your return label will be here once the return is approved.

## Money
returns-money-title = Money
returns-money-refund = Refund to your payment
returns-money-credit = Store credit (with bonus)
returns-money-exchange-back = Exchange: back to you
returns-money-exchange-pay = Exchange: you pay
returns-money-exchange = Exchange
returns-money-same-price = Same price
returns-money-paid-out = Money paid out
returns-payout-credit-done = Store credit of { $amount }, done
returns-payout-credit-pending = Store credit of { $amount }, on its way
returns-payout-refund-done = Refund of { $amount }, done
returns-payout-refund-pending = Refund of { $amount }, on its way
# Before a store credit code; a space follows.
returns-payout-code = code

## Return label page
returns-label-title = Return label { $rma }
# The label image's description; $carrier is the carrier's name, $tracking its tracking number.
returns-label-alt = Return label for return { $rma }, { $carrier } tracking number { $tracking }, with its barcode and QR code
returns-label-back = Back to your return
returns-label-print = Print
