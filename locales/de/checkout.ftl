# Vitrine checkout

## Page
# The browser tab's title; $shop is the shop's name.
checkout-page-title = Kasse · { $shop }
checkout-title = Kasse
checkout-empty-title = Ihr Warenkorb ist leer
checkout-start-shopping = Jetzt einkaufen

## Steps
# Read before each step's heading by screen readers: "Step 1 of 5: Contact".
checkout-step-of = Schritt { $step } von { $steps }:{" "}
checkout-step-edit = Bearbeiten
# $step names the step whose answers the button edits.
checkout-step-edit-label = { $step ->
    [contact] Kontaktdaten bearbeiten
    [address] Lieferadresse bearbeiten
    [delivery] Versandart bearbeiten
    [payment] Zahlungsart bearbeiten
   *[other] Prüfen und bestellen bearbeiten
}

## Step 1: contact
checkout-contact-title = Kontakt
checkout-email-label = E-Mail
checkout-email-note = Für Ihre Quittung und Neuigkeiten zu dieser Bestellung.
checkout-email-hint = Bitte geben Sie eine E-Mail-Adresse wie name@example.com ein.
checkout-contact-continue = Weiter zur Lieferadresse

## Step 2: shipping address
checkout-address-title = Lieferadresse
checkout-address-country = Land oder Region
checkout-address-choose-country = Land auswählen
checkout-address-country-missing = Bitte wählen Sie ein Land aus.
checkout-address-note = Wir prüfen, ob die Adresse vollständig und korrekt aufgebaut ist, nicht aber, ob es sie gibt.
# $label is the field's label ("Company").
checkout-address-optional = { $label } (optional)
# A field's placeholder; $example is an example value ("95014").
checkout-address-example = z. B. { $example }
# First choice of a list; $field is the field's label ("state", lower case where the language writes it so).
checkout-address-choose = { $field } auswählen
# Accepts a corrected value the address rules suggest ("CA").
checkout-address-use-suggestion = { $suggestion } übernehmen
checkout-address-checking = Wird geprüft…
checkout-address-continue = Weiter zum Versand

## Step 3: delivery
checkout-delivery-title = Versand
checkout-delivery-legend = Versandart
# $from and $to are the earliest and latest delivery dates.
checkout-delivery-arrives = Lieferung zwischen { $from } und { $to }
checkout-delivery-free = Kostenlos
checkout-delivery-continue = Weiter zur Zahlung

## Step 4: payment
checkout-payment-title = Zahlung
checkout-payment-legend = Zahlungsart
checkout-payment-choose = Bitte wählen Sie eine Zahlungsart.
checkout-payment-invoice-company = Für den Kauf auf Rechnung ist ein Firmenname nötig: Bitte ergänzen Sie ihn in der Adresse (Schritt 2).
checkout-credit-label = Guthabencode (optional)
checkout-credit-hint = Aus einer Rücksendung, z. B. SC-7QK2-9XH4. Er wird zuerst verrechnet; den Rest zahlen Sie mit Ihrer Zahlungsart.
checkout-payment-securing = Kartendaten werden gesichert…
checkout-payment-continue = Bestellung prüfen

## Card form
checkout-card-number = Kartennummer
checkout-card-expiry = Gültig bis (MM / JJ)
checkout-card-expiry-placeholder = MM / JJ
checkout-card-cvc = Sicherheitscode
# The security code field's placeholder.
checkout-card-cvc-digits = { $count ->
    [one] { $count } Ziffer
   *[other] { $count } Ziffern
}
checkout-card-name = Name auf der Karte (optional)
checkout-card-note = Ihre Kartendaten gehen direkt an unseren Zahlungsdienstleister; dieser Shop sieht und speichert sie nie.
checkout-card-again = Bitte geben Sie Ihre Kartendaten erneut ein.

## The bank's challenge dialog
checkout-challenge-title = Bestätigen Sie die Zahlung bei Ihrer Bank
checkout-challenge-frame = Bestätigungsseite Ihrer Bank

## Step 5: review
checkout-review-title = Prüfen und bestellen
checkout-review-note = Prüfen Sie die Angaben oben; Sie können jeden Schritt bearbeiten. Mit Ihrer Bestellung verpflichten Sie sich, den angezeigten Gesamtbetrag zu zahlen.
# $code is the store credit code.
checkout-review-credit = Das Guthaben { $code } wird zuerst verrechnet; Ihre Zahlungsart wird nur mit dem Restbetrag belastet.
checkout-review-placing = Bestellung wird aufgegeben…
# $total is the order's total.
checkout-review-place = Zahlungspflichtig bestellen · { $total }
# No answer from the shop; $error is what went wrong.
checkout-retry = { $error } Sie können es gefahrlos erneut versuchen: Es wird nicht doppelt abgebucht.

## Order summary
checkout-summary-label = Bestellübersicht
checkout-summary-title = Bestellübersicht
checkout-summary-qty = Menge: { $count }
# $variant is the chosen options ("Blue / M").
checkout-summary-variant-qty = { $variant } · Menge: { $count }
