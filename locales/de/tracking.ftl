# Vitrine tracking

## Live announcements (read out by screen readers when the order changes)
# $carrier is the carrier's name (DHL, UPS…).
tracking-announce-order-shipped = Ihre Bestellung wurde mit { $carrier } versandt.
tracking-announce-part-shipped = Ein Teil Ihrer Bestellung wurde mit { $carrier } versandt.
# Put in as $parcel at the start of the parcel sentences below.
tracking-announce-your-parcel = Ihr Paket
# When the order has several parcels: the carrier names the parcel.
tracking-announce-your-carrier-parcel = Ihr { $carrier }-Paket
# $parcel is "Your parcel" or "Your DHL parcel" (from the two messages above).
tracking-announce-out-for-delivery = { $parcel } ist in Zustellung.
tracking-announce-delivered = { $parcel } wurde zugestellt.
tracking-announce-ready-for-pickup = { $parcel } liegt zur Abholung bereit.
tracking-announce-attempt-failed = { $parcel } konnte nicht zugestellt werden; der Versanddienst versucht es erneut.
# $message is the shop's sentence about the problem (may be empty).
tracking-announce-exception = { $parcel } hat ein Zustellproblem. { $message }
tracking-announce-in-transit = { $parcel } ist unterwegs.
# $status is the parcel's status in words.
tracking-announce-parcel-status = { $parcel }: { $status }.
# $update is the carrier's checkpoint text.
tracking-announce-new-update = Neuigkeiten zu Ihrem Paket: { $update }.
tracking-announce-new-update-carrier = Neuigkeiten zu Ihrem { $carrier }-Paket: { $update }.
# $message is the shop's sentence about the delay.
tracking-announce-delayed = Ihre Lieferung verzögert sich. { $message }
# $status is the order's status in words.
tracking-announce-order-status = Neuer Status Ihrer Bestellung: { $status }.

## Delay notice
tracking-delay-carrier-exception = Bei dieser Lieferung gibt es ein Problem
tracking-delay-failed-attempt = Der Versanddienst konnte nicht zustellen
tracking-delay-no-news = Keine Neuigkeiten vom Versanddienst
tracking-delay-window-passed = Die Lieferung verspätet sich
# Before the new delivery dates; a space follows.
tracking-delay-new-estimate = Neuer Liefertermin:

## Delivery estimate
# Before one date or a range of dates ("Arrives Tue 9 Dec – Thu 11 Dec"); a space follows.
tracking-estimate-arrives = Lieferung

## Order lookup page
tracking-lookup-title = Bestellung verfolgen
tracking-lookup-intro = Geben Sie Ihre Bestellnummer und die E-Mail-Adresse ein, mit der Sie bestellt haben. Beides finden Sie in Ihrer Bestellbestätigung.
tracking-lookup-number-label = Bestellnummer
tracking-lookup-number-hint = Sie sieht so aus: VT-7QK2-9XH4.
tracking-lookup-number-missing = Geben Sie die Bestellnummer aus Ihrer Bestätigungs-E-Mail ein.
tracking-lookup-email-label = E-Mail
tracking-lookup-submit = Bestellung finden
tracking-lookup-busy = Wir suchen Ihre Bestellung…
# After too many tries; $count is how many seconds to wait.
tracking-lookup-wait-seconds = { $count ->
    [one] Zu viele Versuche. Bitte warten Sie zu Ihrer Sicherheit { $count } Sekunde und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie zu Ihrer Sicherheit { $count } Sekunden und versuchen Sie es dann erneut.
}
# After too many tries; $count is how many minutes to wait.
tracking-lookup-wait-minutes = { $count ->
    [one] Zu viele Versuche. Bitte warten Sie zu Ihrer Sicherheit eine Minute und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie zu Ihrer Sicherheit { $count } Minuten und versuchen Sie es dann erneut.
}

## Order progress
tracking-progress-label = Bestellfortschritt

## Order details
# $variant is the product's option (size, colour); $quantity how many.
tracking-item-detail = { $variant } · Menge { $quantity }
tracking-details-items = Artikel
tracking-details-subtotal = Zwischensumme
tracking-details-discount = Rabatt
tracking-details-shipping = Versand
tracking-details-tax = MwSt.
tracking-details-tax-included = MwSt. (enthalten)
tracking-details-total = Gesamt
tracking-details-shipping-to = Lieferadresse
tracking-details-payment = Zahlung
tracking-details-history = Bestellverlauf
# Paid entirely with store credit; $code is the credit's code, $amount the money.
tracking-payment-store-credit = Guthaben { $code }: { $amount }
# Paid partly with store credit; $method is the other payment method (a card, "Bank transfer"), $due what it paid.
tracking-payment-store-credit-and = Guthaben { $code }: { $amount } · { $method }: { $due }

## Order page
tracking-order-thanks = Vielen Dank für Ihre Bestellung
tracking-order-heading = Bestellung { $number }
# The browser tab's title; $shop is the shop's name.
tracking-order-page-title = Bestellung { $number } · { $shop }
# $time is when the order was placed (a date and time).
tracking-order-placed = Bestellt am { $time }
tracking-order-emailed = Wir haben eine Bestätigung an { $email } gesendet. Bewahren Sie den Link zu dieser Seite auf, um den Status Ihrer Bestellung zu prüfen.
tracking-order-start-return = Rücksendung starten
tracking-order-continue-shopping = Weiter einkaufen
tracking-order-canceled-title = Diese Bestellung wurde storniert
tracking-order-canceled-refunded = Es wird nichts versandt, und Ihre Zahlung wurde vollständig erstattet.
tracking-order-canceled-not-charged = Es wird nichts versandt und nichts berechnet.
tracking-order-pending = Sobald die Bestellung versandt ist, schicken wir Ihnen eine E-Mail mit einem Link zur Sendungsverfolgung.
tracking-order-rest-follows = Der Rest Ihrer Bestellung folgt in einem weiteren Paket. Wir schicken Ihnen eine E-Mail, sobald es versandt ist.

## Parcel card
# When an order has several parcels: which one this is.
tracking-parcel-position = Paket { $index } von { $count }
# Before the date and time the parcel was shipped; a space follows.
tracking-parcel-shipped = Versandt am
tracking-parcel-carrier = Versanddienst
tracking-parcel-tracking-number = Sendungsnummer
# Read by screen readers after the tracking number link.
tracking-parcel-opens-new-tab = (öffnet die Website des Versanddienstes in einem neuen Tab)
tracking-parcel-delivered = Zugestellt
tracking-parcel-estimated-delivery = Voraussichtliche Lieferung
tracking-parcel-not-known-yet = Noch nicht bekannt
tracking-parcel-contents = In diesem Paket
tracking-parcel-history = Sendungsverlauf

## Tracking timeline
tracking-timeline-empty = Noch keine Neuigkeiten vom Versanddienst. Sie erscheinen meist innerhalb eines Tages nach dem Versand.

## Tracking page
# Before a link "Track an order"; a space follows.
tracking-find-prompt = Haben Sie Ihre Bestellnummer und E-Mail-Adresse zur Hand?
tracking-find-link = Bestellung verfolgen
tracking-load-error = Die Bestellung konnte nicht geladen werden
