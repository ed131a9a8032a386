# Vitrine console

## The frame: header, navigation, sign-in (src/admin/console.rs)
console-skip-to-content = Skip to content
# The console's name in the header; $shop is the shop's name.
console-brand = { $shop } console
console-nav-label = Console
console-nav-orders = Orders
console-nav-inventory = Inventory
console-nav-metrics = Metrics
console-nav-alerts = Alerts
# Read by screen readers after the count of open alerts in the navigation ("Alerts 3 open"); the count itself is shown just before.
console-nav-alerts-open = { $count ->
    [one] {" "}open
   *[other] {" "}open
}
console-nav-theme = Theme
console-view-shop = View shop
console-sign-out = Sign out
console-signed-out = Signed out.
console-signed-in = Signed in.
console-signin-title = Sign in to the console
# $command is a shell command, shown as code.
console-signin-lede = Orders, inventory and the weekly numbers. Use an admin key from { $command }.
console-signin-key-label = Admin key
console-signin-key-hint = Kept in this tab only; closing it signs you out.
console-signin-key-missing = Enter the admin key.
console-signin-key-invalid = This key isn't valid or was revoked. Check it and try again.
console-signin-checking = Checking…
console-signin-submit = Sign in

## The order queue (src/admin/queue_page.rs)
console-queue-title = Orders
console-queue-to-verify = To verify
console-queue-to-pack = To pack
console-queue-late = Late
console-queue-awaiting-payment = Awaiting payment
console-queue-shipped = Shipped
console-queue-returns-waiting = Returns waiting
console-queue-find-label = Order number
console-queue-find-placeholder = Order number, e.g. VT-7QK2-9XH4
console-queue-find-submit = Open
console-queue-tabs-label = Queues
console-queue-error = The queue could not be loaded
# $queue is the name of a queue tab ("To verify").
console-queue-empty = Nothing in “{ $queue }” right now.
console-queue-orders-label = { $count ->
    [one] { $queue }: { $count } order
   *[other] { $queue }: { $count } orders
}
console-queue-orders-caption = { $count ->
    [one] { $queue }: { $count } order, newest first
   *[other] { $queue }: { $count } orders, newest first
}
console-queue-col-order = Order
console-queue-col-placed = Placed
console-queue-col-customer = Customer
console-queue-col-items = Items
console-queue-col-total = Total
console-queue-col-status = Status
console-queue-test-order = Test order
# After an order's status in the table.
console-queue-verified = {" "}· verified
console-queue-returns-empty = No return is waiting for you.
console-queue-returns-label = Returns waiting: { $count }
console-queue-returns-caption = Returns waiting: { $count }, newest first
console-queue-col-return = Return
console-queue-col-requested = Requested
console-queue-col-waiting-for = Waiting for
console-queue-waiting-photos = The shopper's photos
console-queue-waiting-approval = Your approval
console-queue-waiting-refund = Your refund or credit

## An order's page (src/admin/order_page.rs)
console-order-title = Order { $number }
console-order-back = ← All orders
console-order-error = The order could not be loaded
# Between the order's status and the date it was placed.
console-order-placed = {" "}· placed{" "}
console-order-parcels = Parcels
# The order as the customer sees it.
console-order-as-seen = The order
console-order-verified = Order { $number } verified: it is ready to pack.
console-check-title = Before packing
console-check-address-valid = Address valid
console-check-stock-reserved = Stock reserved
console-check-payment-captured = Payment captured
console-check-other = Check
# Read by screen readers after a check's name, before its detail.
console-check-passed = : passed.{" "}
console-check-failed = : failed.{" "}
console-check-verify-and-pack = Verify and start packing
console-check-verify = Verify
console-ship-title = Ship
console-ship-hint = Everything not yet shipped goes in one parcel; the customer gets the tracking link by email.
console-ship-carrier = Carrier
console-ship-tracking = Tracking number
console-ship-service = Service (optional)
console-ship-service-placeholder = Ground
console-ship-submit = Create shipment
console-ship-done = Shipped with { $carrier } { $tracking }.
# $status is a tracking status ("In transit").
console-checkpoint-done = Checkpoint added: { $status }.
console-checkpoint-summary = Add a checkpoint to { $carrier } { $tracking }
console-checkpoint-status = Status
console-checkpoint-message = Message
console-checkpoint-message-placeholder = Arrived at the carrier's hub
console-checkpoint-location = Location (optional)
console-checkpoint-location-placeholder = Newark, NJ
console-checkpoint-submit = Add checkpoint
console-deliver-submit = Mark every parcel delivered
console-deliver-done = Order { $number } marked delivered.
console-cancel-title = Cancel
console-cancel-reason = Reason, shown to the customer
console-cancel-reason-placeholder = Out of stock at the supplier
console-cancel-start = Cancel order…
console-cancel-confirm = Cancel { $number }? Its stock goes back and any card payment is refunded.
console-cancel-yes = Yes, cancel the order
console-cancel-keep = Keep it
console-cancel-done = Order { $number } canceled; stock is back and any payment refunded.
console-returns-title = Returns
console-return-approve = Approve { $rma }
console-return-receive = Mark { $rma } received
console-return-refund = Refund { $rma }
console-return-approved = Return { $rma }: approved, the label is ready.
console-return-received = Return { $rma }: received and checked.
console-return-refunded = Return { $rma }: refunded.
# $status is the return's status ("Approved").
console-return-summary = { $count ->
    [one] { $count } item · { $status }
   *[other] { $count } items · { $status }
}
console-return-photos-needed = Waiting for the customer's photos.
console-messages-title = Messages to the customer
console-messages-empty = No email written yet.
# Before the date an email was written.
console-messages-to = To { $recipient } ·{" "}
console-messages-sent = {" "}· sent
console-messages-waiting = {" "}· waiting to send

## Inventory (src/admin/inventory_page.rs)
console-inventory-title = Inventory
console-inventory-view-all = All
console-inventory-view-reorder = At or below reorder point
console-inventory-view-out = Out of stock
console-inventory-views-label = Stock views
console-inventory-export = Export CSV
# $file is the downloaded file's name.
console-inventory-exported = Inventory exported as { $file }.
console-inventory-export-error = The export failed
console-inventory-lead = Lead time (days)
console-inventory-safety = Safety stock (weeks)
console-inventory-recompute = Recompute
# $lead is console-inventory-rule-days, $safety is console-inventory-rule-weeks.
console-inventory-rule = Reorder point: average weekly sales over 8 weeks × ({ $lead } of lead time + { $safety } of safety stock), rounded up.
console-inventory-rule-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
console-inventory-rule-weeks = { $count ->
    [one] { $count } week
   *[other] { $count } weeks
}
console-inventory-error = Inventory could not be loaded
console-inventory-status-out = Out of stock
console-inventory-status-low = Reorder
console-inventory-status-ok = OK
console-inventory-empty = No variant in this view.
console-inventory-table-label = { $count ->
    [one] Stock: { $count } variant
   *[other] Stock: { $count } variants
}
console-inventory-table-caption = { $count ->
    [one] Stock of { $count } variant
   *[other] Stock of { $count } variants
}
console-inventory-col-variant = Variant
console-inventory-col-on-hand = On hand
console-inventory-col-held = Held
console-inventory-col-available = Available
console-inventory-col-weekly = Sold per week (8 weeks)
console-inventory-col-cover = Cover (days)
console-inventory-col-reorder-at = Reorder at
console-inventory-col-status = Status
console-inventory-col-adjust = Adjust
console-inventory-adjust = Adjust
console-inventory-close = Close
# $name is the product and variant ("Linen shirt – M").
console-inventory-adjust-variant = Adjust { $name }
console-adjust-change = Change (+/−)
console-adjust-change-placeholder = 12 or -3
console-adjust-not-a-number = Enter a whole number: 12 to add, -3 to take away.
console-adjust-zero = Enter a change other than 0.
# $change is signed ("+12", "-3").
console-adjust-done = Stock changed by { $change }: now { $stock }.
console-adjust-reason = Reason
# Suggested reasons for a stock change (also the reason field's example).
console-adjust-reason-count = Stock count
console-adjust-reason-delivery = Delivery from the supplier
console-adjust-reason-damaged = Damaged in the warehouse
console-adjust-reason-returned = Returned to the supplier
console-adjust-submit = Save change
console-ledger-error = The ledger could not be loaded
console-ledger-empty = No change by hand yet.
console-ledger-caption = Ledger, newest first
console-ledger-col-when = When
console-ledger-col-change = Change
console-ledger-col-after = After
console-ledger-col-why = Why
console-ledger-col-who = Who

## Metrics (src/admin/metrics_page.rs)
console-metrics-title = Metrics
console-metrics-periods-label = Periods
console-metrics-last-7-days = Last 7 days
console-metrics-last-30-days = Last 30 days
console-metrics-last-90-days = Last 90 days
console-metrics-last-12-months = Last 12 months
console-metrics-from = From
console-metrics-to = To
console-metrics-show = Show
console-metrics-error = The metrics could not be loaded
# The period shown; $from and $to are days ("Mon, Dec 1").
console-metrics-range = { $from } to { $to }
# $value is already written with one decimal ("12.5").
console-metrics-percent = { $value } %
console-metrics-days = { $days } days
console-metrics-hours = { $hours } h
# Inventory turnover: how many times the stock sold through ("3.25×").
console-metrics-turns = { $turns }×
console-metrics-revenue = Revenue
console-metrics-revenue-note = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}
console-metrics-aov = Average order value
console-metrics-conversion = Conversion
console-metrics-conversion-note = { $count ->
    [one] of { $count } cart with items
   *[other] of { $count } carts with items
}
console-metrics-abandonment = Cart abandonment
console-metrics-abandonment-note = { $count ->
    [one] { $count } cart never ordered
   *[other] { $count } carts never ordered
}
console-metrics-cycle-time = Order cycle time
# $count orders shipped in the period; $p90 is a duration ("3.5 days").
console-metrics-cycle-time-note = median of { $count } shipped, placed → shipped; p90 { $p90 }
console-metrics-turnover = Inventory turnover
console-metrics-turnover-note = { $count ->
    [one] { $count } unit sold
   *[other] { $count } units sold
}
console-metrics-return-rate = Return rate
console-metrics-return-rate-note = { $count ->
    [one] { $returned } of { $count } unit
   *[other] { $returned } of { $count } units
}
console-metrics-refund-time = Refund time
# $share is a percentage ("80.0 %").
console-metrics-refund-time-note = median; { $share } within 2 business days
console-metrics-refund-time-none = no refund in this period
console-metrics-ltv = Customer lifetime value
console-metrics-ltv-note = average, customers of this period
# A bar's value: money and the number of orders behind it.
console-metrics-bar-revenue = { $count ->
    [one] { $money } · { $count } order
   *[other] { $money } · { $count } orders
}
# A product's return rate, then units returned of units sold.
console-metrics-bar-product = { $rate } ({ $returned } of { $count })
console-metrics-bar-reason = { $count ->
    [one] { $share } ({ $count } unit)
   *[other] { $share } ({ $count } units)
}
console-metrics-revenue-by-day = Revenue by day
console-metrics-col-day = Day
console-metrics-returns-by-product = Return rate by product
console-metrics-returns-by-product-top = Return rate by product (top 10)
console-metrics-col-product = Product
console-metrics-returns-by-reason = Returns by reason
console-metrics-col-share = Share of returned units
console-metrics-col-reason = Reason
console-metrics-customers-by-ltv = Customers by lifetime value
console-metrics-customers-by-ltv-top = Customers by lifetime value (top 10)
console-metrics-col-ltv = Lifetime value
console-metrics-col-customer = Customer

## Charts (src/admin/bar_chart.rs)
console-chart-empty = Nothing in this period.
# A chart's description for screen readers: how many bars, the highest one's value and label.
console-chart-summary = { $count ->
    [one] { $count } bar; highest { $value } ({ $label }). The table beside it has every value.
   *[other] { $count } bars; highest { $value } ({ $label }). The table beside it has every value.
}
console-chart-table-label = { $title }, as a table

## Alerts (src/admin/alerts_page.rs)
console-alerts-title = Alerts
console-alerts-views-label = Alert views
console-alerts-view-open = Open
console-alerts-view-resolved = Resolved
console-alerts-view-all = All
console-alerts-empty = Nothing needs you here.
console-alerts-error = The alerts could not be loaded
# $title is the alert's title.
console-alerts-resolved-done = Resolved: { $title }.
# Before the date an alert was raised.
console-alerts-raised = Raised{" "}
console-alerts-resolved-cleared = {" "}· resolved: the condition cleared
# $name is who resolved it (an admin key's name).
console-alerts-resolved-by = {" "}· resolved by { $name }
console-alerts-resolved = {" "}· resolved
console-alerts-go = Go to it
# Read by screen readers after "Go to it" and "Resolve": which alert.
console-alerts-about = : { $title }
console-alerts-resolve = Resolve
