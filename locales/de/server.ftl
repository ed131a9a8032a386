# Vitrine server: the API's messages to shoppers

# Server and email messages
server-locales-not-found = Diese Sprache oder diesen Katalog gibt es nicht.
server-cart-missing = Hier ist kein Warenkorb. Er ist vielleicht abgelaufen; sobald Sie etwas hinzufügen, beginnt ein neuer.
server-cart-checked-out = Dieser Warenkorb wurde bereits bestellt und kann nicht mehr geändert werden. Beginnen Sie einen neuen Warenkorb, um weiter einzukaufen.
server-cart-changed = Ihr Warenkorb wurde in einem anderen Tab oder Fenster geändert. Hier ist die aktuelle Fassung.
server-quantity-range = Wählen Sie eine Menge von 1 bis { $max }.
server-quantity-range-problem = muss eine ganze Zahl von 1 bis { $max } sein
server-stock-sold-out = Leider ist dieser Artikel ausverkauft.
server-stock-left = Nur noch { $count } verfügbar.
server-stock-left-in-cart = { $in_cart ->
    [one] Nur noch { $count } verfügbar, und { $in_cart } liegt bereits in Ihrem Warenkorb.
   *[other] Nur noch { $count } verfügbar, und { $in_cart } liegen bereits in Ihrem Warenkorb.
}
server-country-not-shipped = Wir liefern noch nicht nach { $country }.
server-country-unknown = Das ist kein Ländercode.
server-region-unknown = „{ $region }“ ist { $kind ->
    [state] kein Bundesstaat
    [province] keine Provinz
   *[other] keine Region
} von { $country }.
server-shipping-unavailable-destination = Diese Versandart ist für dieses Ziel nicht verfügbar.
server-shipping-country-first = Wählen Sie zuerst ein Land, dann eine Versandart.
server-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
server-variant-unknown = Diese Produktvariante gibt es nicht.
server-quantity-max = Höchstens { $max } Stück eines Artikels pro Bestellung; { $in_cart } davon liegen bereits in Ihrem Warenkorb.
server-line-missing = Dieser Artikel ist nicht (mehr) in diesem Warenkorb.
server-item-discontinued = Dieser Artikel wird nicht mehr verkauft.
server-discount-empty = Geben Sie einen Rabattcode ein.
server-restore-gone = Dieser Link öffnet keinen Warenkorb mehr: Er wurde bereits bestellt, oder der Link ist falsch.
server-product-or-variant-unknown = Dieses Produkt oder diese Variante gibt es nicht.
server-restock-in-stock = { $title } ist jetzt vorrätig: Legen Sie den Artikel in Ihren Warenkorb.
server-restock-noted = Wir schreiben Ihnen einmalig an { $email }, sobald { $title } wieder vorrätig ist. Sonst nichts.
server-product-missing = Unter dieser Adresse gibt es kein Produkt.
server-payment-failed = Diese Zahlung ist nicht durchgegangen. Ihr Warenkorb bleibt offen, damit Sie es erneut versuchen können.
server-cart-empty = Ihr Warenkorb ist leer.
server-line-problem = { $title }: { $problem }
server-shipping-unavailable-address = Diese Versandart ist für diese Adresse nicht verfügbar. Bitte wählen Sie eine andere.
server-payment-unavailable = { $method } ist für diese Bestellung nicht verfügbar. Bitte wählen Sie eine andere Zahlungsart.
server-invoice-needs-company = Für den Kauf auf Rechnung muss die Adresse einen Firmennamen enthalten.
server-total-changed = Der Gesamtbetrag hat sich seitdem auf { $total } geändert. Bitte prüfen Sie Ihre Bestellung und senden Sie sie erneut ab.
server-check-address = Bitte prüfen Sie die Lieferadresse.
server-cart-not-open = Dieser Warenkorb wird gerade bestellt oder wurde bereits bestellt. Laden Sie die Seite neu, um den aktuellen Stand zu sehen.
server-line-sold-out = { $title } ({ $variant }) ist gerade ausverkauft.
server-line-only-left = Von { $title } ({ $variant }) sind nur noch { $count } verfügbar. Verringern Sie die Menge, um fortzufahren.
server-credit-spent-meanwhile = Ein Teil dieses Guthabens wurde gerade für eine andere Bestellung verwendet und deckt diese daher nicht mehr. Prüfen Sie das Guthaben und wählen Sie, wie Sie den Rest bezahlen möchten.
server-address-first = Geben Sie zuerst eine Lieferadresse ein: Die Versandarten hängen vom Ziel ab.
server-credit-invalid = Dieser Guthabencode ist ungültig. Vergleichen Sie ihn mit der E-Mail, in der Sie ihn erhalten haben.
server-credit-currency = Dieses Guthaben lautet auf { $credit }, diese Bestellung auf { $order }.
server-credit-used-up = Dieses Guthaben ist aufgebraucht.
server-lookup-not-found = Wir konnten keine Bestellung mit dieser Nummer und E-Mail-Adresse finden. Vergleichen Sie beides mit Ihrer Bestellbestätigung.
server-lookup-too-many = { $minutes ->
    [one] Zu viele Versuche. Bitte warten Sie { $minutes } Minute und versuchen Sie es dann erneut.
   *[other] Zu viele Versuche. Bitte warten Sie { $minutes } Minuten und versuchen Sie es dann erneut.
}
server-order-link-missing = Es gibt keine Bestellung mit dieser Nummer und diesem Link. Prüfen Sie den Link in Ihrer Bestellbestätigung.
server-payment-awaiting-confirmation = Ihre Bank wartet noch darauf, dass Sie die Zahlung bestätigen.
server-return-link-missing = Es gibt keine Rücksendung mit dieser Nummer und diesem Link. Prüfen Sie den Link in Ihrer E-Mail.
server-return-check-items = Bitte prüfen Sie die Artikel, die Sie zurücksenden möchten.
server-return-comment-too-long = Höchstens { $max } Zeichen.
server-return-exchange-same-product = Wählen Sie eine andere Größe oder Farbe desselben Produkts.
server-return-exchange-sold-out = Einige der Artikel, die Sie im Umtausch gewählt haben, sind gerade ausverkauft.
server-return-exchange-item-sold-out = { $title } ist ausverkauft. Wählen Sie einen anderen Artikel oder eine Erstattung.
server-photo-too-late = Fotos können hinzugefügt werden, bis das Paket zurückgeschickt ist.
server-photo-too-many = Eine Rücksendung kann höchstens { $max } Fotos haben.
server-photo-too-large = Dieses Foto ist größer als { $mb } MB. Senden Sie bitte ein kleineres.
server-photo-empty = Diese Datei ist leer.
server-photo-missing = Dieses Foto gibt es nicht.
server-label-not-ready = Das Etikett ist verfügbar, sobald die Rücksendung genehmigt ist.
server-label-closed = Diese Rücksendung wurde geschlossen: Es gibt nichts zu versenden.
server-internal = Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.
server-unavailable = Der Shop ist kurz nicht erreichbar. Es wurde nichts geändert; bitte versuchen Sie es in ein paar Sekunden erneut.
# An order's shipping method: the shop's own name for it ($name, e.g. "Standard") and its delivery time.
server-shipping-method = { $name } ({ $min }–{ $max } Werktage)

# Order and return history: written in the order's language, whoever acts
server-event-placed = Bestellung aufgegeben.
server-event-paid = Zahlung bestätigt. Wir bereiten Ihre Bestellung vor.
server-event-processing = Wir verpacken Ihre Bestellung.
server-event-canceled-by-shop = Der Shop hat diese Bestellung storniert.
server-event-canceled-by-shop-reason = Der Shop hat diese Bestellung storniert: { $reason }
server-event-canceled-on-request = Auf Wunsch der Kundin oder des Kunden storniert; die Zahlung wurde erstattet.
server-event-refunded-card = { $amount } wurden auf Ihre Karte erstattet.
server-event-payment-timed-out = Die Zahlung wurde nicht rechtzeitig abgeschlossen. Die Bestellung wurde daher storniert und die Artikel wurden wieder freigegeben.
server-event-provider-unreachable = Der Zahlungsdienstleister war nicht erreichbar.
server-event-shipped = Ihre Bestellung wurde mit { $carrier } versandt (Sendungsnummer { $tracking }).
server-event-shipped-part = Ein Teil Ihrer Bestellung wurde mit { $carrier } versandt (Sendungsnummer { $tracking }).
# $status: the order's new status; $label: its name, for any other status
server-event-order-status = { $status ->
    [partially_shipped] Teilweise versandt.
    [shipped] Versandt.
    [out_for_delivery] In Zustellung.
    [delivered] Zugestellt.
    [exception] Zustellproblem.
   *[other] { $label }.
}
server-event-order-return-requested = Rücksendung { $rma } angefordert.
server-event-order-return-refunded = { $amount } für die Rücksendung { $rma } erstattet.
server-event-order-exchange-shipped = Umtausch für die Rücksendung { $rma } mit { $carrier } versandt (Sendungsnummer { $tracking }).
server-event-return-requested = Sie möchten diese Artikel zurücksenden. Wir prüfen Ihre Anfrage innerhalb eines Werktags.
server-event-return-approved = Genehmigt. Drucken Sie das Etikett aus und geben Sie das Paket in einer beliebigen { $carrier }-Filiale ab.
server-event-return-rejected = Wir können diese Rücksendung nicht annehmen: { $reason }
# $items: "1 × Leinenhemd (getragen), 2 × Tasse"
server-event-return-received = Ihr Paket ist angekommen und wurde geprüft: { $items }.
server-event-return-refunded = { $amount } wurden auf Ihr ursprüngliches Zahlungsmittel erstattet. Banken zeigen die Gutschrift nach 3 bis 5 Tagen an.
server-event-return-credited = Guthaben über { $amount } ausgestellt: Code { $code }.
server-event-return-credited-bonus = Guthaben über { $amount } (inklusive { $percent } % Bonus) ausgestellt: Code { $code }.
server-event-return-exchanged = Ihr Umtausch ist unterwegs: { $items } mit { $carrier } (Sendungsnummer { $tracking }).
server-event-return-in-transit = Der Versanddienstleister hat Ihr Paket übernommen: Es ist auf dem Rückweg zu uns.
server-event-return-arrived = Ihr Paket ist in unserem Lager angekommen. Wir prüfen es in Kürze.

## A browser page on a site the shop is not connected to (embedded widgets).
server-origin-not-connected = Diese Website ist nicht mit dem Shop verbunden.
server-origin-not-connected-field = { $origin } steht nicht auf der Liste der verbundenen Websites des Shops (--cors-origin).

## How a return goes back (the return page's "How to send it back"), by the return's status.
server-return-method-requested = Wir prüfen Ihre Anfrage. Sobald sie genehmigt ist, drucken Sie hier das Etikett aus und geben das Paket in einer beliebigen { $carrier }-Filiale ab.
server-return-method-approved = Verpacken Sie die Artikel so, dass die RMA auf dem Etikett sichtbar ist, kleben Sie das Etikett auf das Paket und geben Sie es innerhalb von { $days } Tagen in einer beliebigen { $carrier }-Filiale ab. Kein Drucker? Zeigen Sie den QR-Code am Schalter vor.
server-return-method-closed = Es muss nichts zurückgeschickt werden.
server-return-method-sent = Ihr Paket ist auf dem Rückweg oder bereits angekommen. Wir schreiben Ihnen, sobald es geprüft ist.

## The console's checklist before packing (an order's page).
server-check-address-ok = Die Adresse entspricht dem Format des Landes, und die Postleitzahl passt zur Region.
server-check-address-fix = Vor dem Verpacken korrigieren: { $problems }
server-check-stock-ok = Jeder Artikel wurde bei Bestellung oder Zahlung für diese Bestellung aus dem Bestand genommen.
server-check-stock-canceled = Die Bestellung ist storniert: Ihre Artikel sind zurück im Bestand.
server-check-stock-held = Die Artikel sind nur reserviert, bis die Kartenzahlung bestätigt ist.
server-check-paid = Bezahlt mit { $kind }.
server-check-on-delivery = Nachnahme: Der Zusteller kassiert die Zahlung.
server-check-awaiting = Warten auf den Zahlungseingang ({ $kind }).
server-check-pending = Die Kartenzahlung ist noch nicht bestätigt.
server-check-no-payment = Es gibt keine Zahlung, auf die hin versandt werden kann.
