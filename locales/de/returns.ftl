# Vitrine returns

## Live announcements on the return's page (read out by screen readers)
returns-announce-approved = Ihre Rücksendung wurde genehmigt. Sie können das Rücksendeetikett jetzt drucken.
returns-announce-received = Ihre Rücksendung ist bei uns eingegangen.
# $reason is the shop's reason (may be empty).
returns-announce-rejected = Ihre Rücksendung wurde abgelehnt. { $reason }
# $status is the return's status in words.
returns-announce-status = Neuer Status Ihrer Rücksendung: { $status }.
returns-announce-money = Das Geld für Ihre Rücksendung ist unterwegs.
returns-announce-photo = Ihr Foto wurde hinzugefügt.

## Checks before sending
returns-error-no-items = Wählen Sie mindestens einen Artikel für die Rücksendung aus.
returns-error-not-returnable = Dieser Artikel kann nicht zurückgesendet werden.
returns-why-label = Nicht rückgabefähig:
# $max is the most that can be returned.
returns-error-quantity = Wählen Sie aus, wie viele Sie zurücksenden möchten (1 bis { $max }).
returns-error-reason = Wählen Sie einen Grund aus.
# $reason is the return reason the shopper chose.
returns-error-photo-needed = Fügen Sie ein Foto des Artikels hinzu: Für „{ $reason }“ ist eines erforderlich.
returns-error-comment-too-long = { $count ->
    [one] Der Kommentar darf höchstens { $count } Zeichen lang sein.
   *[other] Der Kommentar darf höchstens { $count } Zeichen lang sein.
}
returns-error-too-many-photos = { $count ->
    [one] Fügen Sie einer Rücksendung höchstens { $count } Foto hinzu.
   *[other] Fügen Sie einer Rücksendung höchstens { $count } Fotos hinzu.
}
returns-error-resolution = Wählen Sie aus, was Sie stattdessen möchten.
returns-error-no-exchange = Keine andere Größe oder Farbe ist vorrätig: Wählen Sie eine andere Option.
returns-error-exchange-variant = Wählen Sie die Größe oder Farbe aus, die Sie stattdessen möchten.
# $name is the photo's file name; $types the accepted types ("JPEG, PNG or WebP").
returns-error-photo-type = { $name } ist kein Bild im Format { $types }.
# $name is the photo's file name; $size the largest size allowed ("8 MB").
returns-error-photo-size = { $name } ist größer als { $size }. Wählen Sie ein kleineres Foto.
# The last two in a list of image types: "JPEG, PNG or WebP" ($first is "JPEG, PNG").
returns-type-list = { $first } oder { $last }
# File sizes; $size is a number, possibly with one decimal ("1.5").
returns-size-mb = { $size } MB
returns-size-kb = { $size } KB

## Start a return
# The return window; $count is the number of days.
returns-window = { $count ->
    [one] Sie können Artikel innerhalb von { $count } Tag nach der Zustellung zurücksenden.
   *[other] Sie können Artikel innerhalb von { $count } Tagen nach der Zustellung zurücksenden.
}
# The return window with the last day; $date is a date ("31 March 2026").
returns-window-until = { $count ->
    [one] Sie können Artikel innerhalb von { $count } Tag nach der Zustellung zurücksenden. Senden Sie sie bis zum { $date } zurück.
   *[other] Sie können Artikel innerhalb von { $count } Tagen nach der Zustellung zurücksenden. Senden Sie sie bis zum { $date } zurück.
}
returns-earlier-title = Rücksendungen zu dieser Bestellung
returns-return-link = Rücksendung { $rma }
returns-item-count = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
returns-nothing-returnable = Aus dieser Bestellung kann derzeit nichts zurückgesendet werden.
# The browser tab's title; $number is the order's number, $shop the shop's name.
returns-start-page-title = Artikel zurücksenden · Bestellung { $number } · { $shop }
returns-start-title = Artikel zurücksenden
# Before the order's number (a link); a space follows.
returns-start-order = Bestellung
returns-load-order-error = Ihre Bestellung konnte nicht geladen werden

## Steps
# Read by screen readers before the step's title.
returns-step-position = Schritt { $step } von { $total }:
returns-step-edit = Ändern
returns-step-items = Artikel auswählen
returns-step-reasons = Gründe angeben
returns-step-resolutions = Erstattung, Guthaben oder Umtausch
returns-step-review = Prüfen und absenden
# Accessible names of the "Edit" buttons.
returns-step-edit-items = Artikelauswahl ändern
returns-step-edit-reasons = Gründe ändern
returns-step-edit-resolutions = Erstattung, Guthaben oder Umtausch ändern
returns-step-edit-review = Prüfen und absenden ändern

## Step 1: items
returns-items-legend = Zurückzusendende Artikel
# $variant is the product's option (size, colour); $quantity how many were bought; $price what one costs.
returns-items-detail = { $variant } · Menge { $quantity } · je { $price }
returns-items-how-many = Anzahl
returns-items-continue = Weiter zu den Gründen

## Step 2: reasons
# A step's summary: the item and its reason.
returns-summary-reason = { $item }: { $reason }
returns-reasons-continue = Weiter zu Erstattung oder Umtausch
returns-reason-label = Grund
returns-reason-choose = Grund auswählen
# A reason that needs a photo, in the list of reasons.
returns-reason-photo-needed = { $reason } (Foto erforderlich)
returns-comment-label = Möchten Sie uns noch etwas mitteilen? (optional)

## Photos
# Under the photo picker; $types are the accepted types, $size the largest size.
returns-photos-hint = { $types }, jeweils bis { $size }.
# The name of a picked photo whose file has no name.
returns-photos-default-name = Foto
returns-photos-label = Fotos von { $item }
returns-photos-remove = Entfernen
returns-photos-remove-label = { $name } entfernen
returns-uploads-title = Rücksendung { $rma } angefragt: Ihre Fotos werden hinzugefügt
returns-uploads-adding = Foto { $index } von { $total } wird hinzugefügt…
# $count is how many photos there are; $done how many were added.
returns-uploads-some-failed = { $count ->
    [one] { $done } von { $count } Foto hinzugefügt. Einige konnten nicht hinzugefügt werden.
   *[other] { $done } von { $count } Fotos hinzugefügt. Einige konnten nicht hinzugefügt werden.
}
returns-uploads-done = Alle Fotos hinzugefügt. Ihre Rücksendung wird geöffnet…
returns-upload-waiting = Wartet
returns-upload-sending = Wird gesendet…
returns-upload-added = Hinzugefügt
returns-uploads-go-to-return = Zu Ihrer Rücksendung

## Step 3: refund, credit or exchange
# A step's summary: the item and what the shopper gets instead.
returns-summary-resolution = { $item }: { $resolution }
returns-resolutions-continue = Rücksendung prüfen
# $item is the product's name, $variant its option (size, colour).
returns-resolution-legend = Statt { $item } ({ $variant })
returns-resolution-refund-detail = { $amount } zurück auf Ihr ursprüngliches Zahlungsmittel
# $bonus is a whole percentage.
returns-resolution-credit-bonus-detail = { $amount } zum Einkaufen im Shop, mit { $bonus } % Bonus
returns-resolution-credit-detail = { $amount } zum Einkaufen im Shop
returns-resolution-exchange-none = Derzeit ist keine andere Größe oder Farbe vorrätig
returns-resolution-exchange-detail = Eine andere Größe oder Farbe desselben Artikels
# A badge on store credit with a bonus.
returns-resolution-bonus-badge = +{ $bonus } %
# $item is the product's name.
returns-exchange-legend = { $item } umtauschen gegen
returns-exchange-same-price = Gleicher Preis
returns-exchange-back = { $amount } zurück an Sie
returns-exchange-pay-more = Sie zahlen { $amount } mehr
# After the price difference, when few are left; a separator comes before it.
returns-exchange-few-left = { $count ->
    [one] nur noch { $count } verfügbar
   *[other] nur noch { $count } verfügbar
}
# What an item gets instead; $variant is the variant exchanged for.
returns-exchange-for = Umtausch gegen { $variant }

## Step 4: review
returns-review-photos = { $count ->
    [one] { $count } Foto
   *[other] { $count } Fotos
}
returns-review-note = Wir prüfen Ihre Anfrage und melden uns per E-Mail. Sobald sie genehmigt ist, können Sie das Rücksendeetikett drucken.
returns-review-send = Rücksendung anfragen
returns-review-sending = Ihre Anfrage wird gesendet…
returns-total-refund = Erstattung auf Ihr Zahlungsmittel
returns-total-credit = Guthaben
returns-total-exchange-back = Umtausch: zurück an Sie
returns-total-exchange-pay = Umtausch: Sie zahlen
returns-total-exchange = Umtausch

## The return's page
returns-page-heading = Rücksendung { $rma }
# The browser tab's title; $shop is the shop's name.
returns-page-title = Rücksendung { $rma } · { $shop }
# $number is the order's number, $time when the return was requested.
returns-page-meta = Bestellung { $number } · angefragt am { $time }
returns-load-error = Die Rücksendung konnte nicht geladen werden
returns-rejected-title = Diese Rücksendung wurde abgelehnt
returns-rejected-no-reason = Der Shop schickt Ihnen die Einzelheiten per E-Mail.
returns-canceled = Diese Rücksendung wurde storniert. Sie müssen nichts zurücksenden.
returns-photos-needed = Wir benötigen ein Foto des beschädigten Artikels, bevor wir diese Rücksendung genehmigen können.
returns-history = Verlauf
returns-history-label = Verlauf der Rücksendung, neueste zuerst
returns-progress-label = Fortschritt der Rücksendung

## Items of a return
returns-lines-title = Artikel
returns-line-detail = { $variant } · Menge { $quantity }
returns-line-reason = Grund
returns-line-note = Ihre Anmerkung
returns-line-instead = Stattdessen
returns-line-received = Erhalten
# $received of $quantity arrived; $condition is the shop's note on their condition.
returns-line-received-of = { $received } von { $quantity }
returns-line-received-condition = { $received } von { $quantity }, { $condition }
returns-line-photo-missing = Ein Foto dieses Artikels fehlt noch.
# $item is the product's name.
returns-thumbs-label = Fotos von { $item }
returns-thumb-alt = Foto { $index } von { $count } von { $item }
returns-thumbs-label-return = Fotos zu Ihrer Rücksendung
returns-thumb-alt-return = Foto { $index } von { $count } zu Ihrer Rücksendung

## Sending it back
returns-method-send = So senden Sie es zurück
returns-method-parcel = Rücksendepaket
returns-method-address = Rücksendeadresse
returns-method-print = Etikett drucken
returns-method-label-later = Ihr Rücksendeetikett erscheint hier, sobald die Rücksendung genehmigt ist.

## Money
returns-money-title = Geld
returns-money-refund = Erstattung auf Ihr Zahlungsmittel
returns-money-credit = Guthaben (mit Bonus)
returns-money-exchange-back = Umtausch: zurück an Sie
returns-money-exchange-pay = Umtausch: Sie zahlen
returns-money-exchange = Umtausch
returns-money-same-price = Gleicher Preis
returns-money-paid-out = Ausgezahltes Geld
returns-payout-credit-done = Guthaben über { $amount }, erledigt
returns-payout-credit-pending = Guthaben über { $amount }, unterwegs
returns-payout-refund-done = Erstattung über { $amount }, erledigt
returns-payout-refund-pending = Erstattung über { $amount }, unterwegs
# Before a store credit code; a space follows.
returns-payout-code = Code

## Return label page
returns-label-title = Rücksendeetikett { $rma }
# The label image's description; $carrier is the carrier's name, $tracking its tracking number.
returns-label-alt = Rücksendeetikett für Rücksendung { $rma }, { $carrier }-Sendungsnummer { $tracking }, mit Barcode und QR-Code
returns-label-back = Zurück zu Ihrer Rücksendung
returns-label-print = Drucken
