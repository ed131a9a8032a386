# Vitrine core: statuses, address fields and their checks, cart and return problems.

# Operator alert rules
core-alert-stock-out = Ausverkauft
core-alert-stock-low = Zeit nachzubestellen
core-alert-return-rate = Rücksendungen steigen stark
core-alert-late-shipment = Versand verspätet
core-alert-decline-spike = Kartenablehnungen steigen stark

# Payment methods
core-payment-card = Karte
core-payment-bank-transfer = Banküberweisung
core-payment-cash-on-delivery = Nachnahme
core-payment-invoice = Rechnung

# Order statuses
core-order-pending-payment = Zahlungsbestätigung ausstehend
core-order-awaiting-payment = Wartet auf Ihre Zahlung
core-order-confirmed = Bestätigt
core-order-processing = Wird vorbereitet
core-order-partially-shipped = Teilweise versandt
core-order-shipped = Versandt
core-order-out-for-delivery = In Zustellung
core-order-delivered = Zugestellt
core-order-exception = Zustellproblem
core-order-canceled = Storniert

# Product query problems (each follows the parameter's name)
core-query-invalid = Die Produktabfrage ist ungültig.
core-query-repeated = ist mehrfach angegeben
core-query-text-too-long = darf höchstens { $max } Zeichen lang sein
core-query-sort-one-of = muss einer der folgenden Werte sein: { $choices }
core-query-price-negative = darf nicht negativ sein
core-query-price-too-large = ist zu groß
core-query-price-not-decimal = muss ein Dezimalbetrag wie 25 oder 19.99 sein ({ $problem })
core-query-in-stock-bool = muss true oder false sein
core-query-category-invalid = { $value } ist kein gültiger Kategorie-Handle
core-query-option-name = benötigt einen Optionsnamen, z. B. option.size
core-query-option-value = benötigt einen Wert mit 1 bis 100 Zeichen
core-query-unknown-parameter = unbekannter Parameter { $name }
core-query-too-many-filters = höchstens { $max } Filterwerte gleichzeitig
core-query-price-min-above-max = darf nicht größer als price_max sein
core-query-whole-number = muss eine ganze Zahl von { $min } bis { $max } sein

# Stock
core-stock-in-stock = Auf Lager
core-stock-low = Nur noch { $count } verfügbar
core-stock-out-of-stock = Ausverkauft
core-option-sold-out = ausverkauft
core-option-unavailable = in dieser Kombination nicht erhältlich
core-stock-change-too-large = Diese Änderung ist zu groß.
core-stock-change-zero = Ändern Sie den Bestand um mindestens eine Einheit.
core-stock-below-zero = Nur { $count } auf Lager: Der Bestand kann nicht unter null fallen.
core-stock-reserved = { $count ->
    [one] { $count } Einheit ist für Bestellungen reserviert, deren Zahlung aussteht: Behalten Sie mindestens so viele.
   *[other] { $count } Einheiten sind für Bestellungen reserviert, deren Zahlung aussteht: Behalten Sie mindestens so viele.
}

# Card form
core-card-unknown-brand = Karte
core-card-ending = { $brand } mit Endziffern { $last4 }
core-card-number-missing = Geben Sie Ihre Kartennummer ein.
core-card-number-digits = Eine Kartennummer besteht nur aus Ziffern.
core-card-number-incomplete = Ihre Kartennummer ist unvollständig.
core-card-number-invalid = Ihre Kartennummer ist ungültig. Prüfen Sie sie auf Tippfehler.
core-card-expiry-missing = Geben Sie das Ablaufdatum ein.
core-card-expiry-format = Geben Sie das Ablaufdatum im Format MM/JJ ein.
core-card-expiry-month = Der Ablaufmonat muss zwischen 01 und 12 liegen.
core-card-expired = Ihre Karte ist abgelaufen.
core-card-expiry-too-far = Das Ablaufjahr liegt zu weit in der Zukunft.
core-card-cvc-missing = Geben Sie den Sicherheitscode ein.
core-card-cvc-front = Der Sicherheitscode besteht aus den 4 Ziffern auf der Vorderseite der Karte.
core-card-cvc-back = Der Sicherheitscode besteht aus den 3 Ziffern auf der Rückseite der Karte.

# Card declines
core-decline-generic = Ihre Karte wurde abgelehnt. Ihre Bank hat keinen Grund genannt: Versuchen Sie es mit einer anderen Karte oder Zahlungsart, oder wenden Sie sich an Ihre Bank.
core-decline-insufficient-funds = Ihre Karte ist nicht ausreichend gedeckt. Versuchen Sie es mit einer anderen Karte oder Zahlungsart.
core-decline-expired-card = Ihre Karte ist abgelaufen. Prüfen Sie das Ablaufdatum oder verwenden Sie eine andere Karte.
core-decline-incorrect-cvc = Der Sicherheitscode Ihrer Karte ist falsch. Prüfen Sie die 3 oder 4 Ziffern und versuchen Sie es erneut.
core-decline-authentication-failed = Ihre Bank konnte Ihre Identität nicht bestätigen, daher wurde die Zahlung nicht ausgeführt. Versuchen Sie es erneut oder verwenden Sie eine andere Karte.

# Cart line problems
core-cart-price-dropped = Gute Nachricht: Der Preis ist von { $was } auf { $now } gesunken.
core-cart-price-changed = Der Preis hat sich seit dem Hinzufügen von { $was } auf { $now } geändert.
core-cart-not-enough-stock = Nur noch { $count } verfügbar: Verringern Sie die Menge, um zur Kasse zu gehen.
core-cart-sold-out = Seit dem Hinzufügen ausverkauft: Entfernen Sie den Artikel, um zur Kasse zu gehen.

# Discount codes
core-discount-not-found = Dieser Code ist ungültig. Prüfen Sie die Schreibweise und versuchen Sie es erneut.
core-discount-not-started = Dieser Code ist noch nicht aktiv.
core-discount-expired = Dieser Code ist abgelaufen.
core-discount-used-up = Dieser Code hat sein Nutzungslimit erreicht.
core-discount-minimum = Dieser Code erfordert eine Zwischensumme von mindestens { $minimum }. Fügen Sie Artikel im Wert von { $missing } hinzu, um ihn zu nutzen.
core-discount-no-eligible-items = Dieser Code gilt für keinen Artikel in Ihrem Warenkorb.

# Shipping an order's lines (operator)
core-ship-empty = Wählen Sie mindestens einen Artikel für diese Sendung aus.
core-ship-line-at-least-one = Versenden Sie mindestens 1 Stück von Position { $line }.
core-ship-line-unknown = Position { $line } gehört nicht zu dieser Bestellung.
core-ship-line-twice = Position { $line } ist doppelt aufgeführt; führen Sie sie einmal mit der Gesamtmenge auf.
core-ship-line-all-shipped = { $ordered ->
    [one] Der { $ordered } Artikel von Position { $line } wurde bereits versandt.
   *[other] Alle { $ordered } Artikel von Position { $line } wurden bereits versandt.
}
core-ship-line-exceeds = Von Position { $line } sind nur noch { $left } zu versenden ({ $ordered } bestellt, { $shipped } versandt), nicht { $quantity }.

# Order lifecycle refusals (operator)
core-order-refuse-already-canceled = Diese Bestellung ist bereits storniert.
core-order-refuse-canceled-payment = Diese Bestellung wurde storniert und kann keine Zahlung mehr annehmen; erstatten Sie bereits erhaltenes Geld.
core-order-refuse-canceled = Diese Bestellung wurde storniert.
core-order-refuse-already-paid = Diese Bestellung ist bereits bezahlt.
core-order-refuse-paid-failed-attempt = Diese Bestellung ist bereits bezahlt; ein fehlgeschlagener Zahlungsversuch ändert nichts daran.
core-order-refuse-not-paid-prepare = Diese Bestellung ist noch nicht bezahlt; bereiten Sie sie vor, sobald die Zahlung eingeht.
core-order-refuse-already-processing = Diese Bestellung wird bereits vorbereitet.
core-order-refuse-already-delivered = Diese Bestellung wurde bereits zugestellt.
core-order-refuse-already-shipping = Der Versand dieser Bestellung hat bereits begonnen.
core-order-refuse-not-shipped = Von dieser Bestellung wurde noch nichts versandt.
core-order-refuse-delivered-tracking = Diese Bestellung wurde zugestellt; spätere Meldungen des Versanddienstleisters ändern daran nichts.
core-order-refuse-unknown-shipment = Sendung { $shipment } gehört nicht zu dieser Bestellung.
core-order-refuse-cancel-partially-shipped = Ein Teil dieser Bestellung wurde bereits versandt, daher kann sie nicht storniert werden; starten Sie eine Rücksendung für die gelieferten Artikel.
core-order-refuse-cancel-delivered = Eine zugestellte Bestellung kann nicht storniert werden; starten Sie stattdessen eine Rücksendung.
core-order-refuse-cancel-shipped = Eine versandte Bestellung kann nicht storniert werden; starten Sie stattdessen eine Rücksendung.
core-order-refuse-fully-shipped = Alle Artikel dieser Bestellung wurden bereits versandt.
core-order-refuse-not-paid-ship = Diese Bestellung ist noch nicht bezahlt; versenden Sie sie, sobald die Zahlung eingeht.
core-order-refuse-duplicate-shipment = Sendung { $shipment } ist bereits erfasst.
core-tracking-pending = Warten auf Neuigkeiten vom Versanddienstleister
core-tracking-info-received = Versandetikett erstellt
core-tracking-in-transit = Unterwegs
core-tracking-out-for-delivery = In Zustellung
core-tracking-attempt-fail = Zustellversuch fehlgeschlagen
core-tracking-delivered = Zugestellt
core-tracking-available-for-pickup = Zur Abholung bereit
core-tracking-exception = Zustellproblem
core-tracking-expired = Keine aktuellen Neuigkeiten

# Order progress steps
core-milestone-placed = Bestellung aufgegeben
core-milestone-confirmed = Bestätigt
core-milestone-shipped = Versandt
core-milestone-out-for-delivery = In Zustellung
core-milestone-delivered = Zugestellt

# Carrier sub-statuses (shopper)
core-substatus-pending-001 = Die Sendungsverfolgung hat noch keine Informationen zu diesem Paket.
core-substatus-info-received-001 = Der Versanddienstleister hat das Versandetikett erhalten und holt das Paket bald ab.
core-substatus-in-transit-001 = Ihr Paket ist unterwegs.
core-substatus-in-transit-002 = Der Versanddienstleister hat Ihr Paket abgeholt.
core-substatus-in-transit-003 = Ihr Paket ist in einem Sortierzentrum angekommen.
core-substatus-in-transit-004 = Ihr Paket ist im Zielland angekommen.
core-substatus-in-transit-005 = Ihr Paket wurde vom Zoll freigegeben.
core-substatus-in-transit-006 = Ihr Paket wurde dem Zoll zur Abfertigung übergeben.
core-substatus-in-transit-007 = Ihr Paket hat ein Logistikzentrum des Versanddienstleisters verlassen.
core-substatus-in-transit-008 = Das frühere Problem ist behoben und Ihr Paket ist wieder unterwegs.
core-substatus-in-transit-009 = Ihr Paket wird an eine andere Adresse weitergeleitet.
core-substatus-out-for-delivery-001 = Ihr Paket ist in Zustellung.
core-substatus-out-for-delivery-003 = Der Versanddienstleister kontaktiert Sie vor der Zustellung.
core-substatus-out-for-delivery-004 = Ein Zustelltermin wurde vereinbart.
core-substatus-attempt-fail-001 = Der Versanddienstleister hat versucht zuzustellen und versucht es in der Regel erneut; achten Sie auf eine Benachrichtigung.
core-substatus-attempt-fail-002 = Der Versanddienstleister hat an der Adresse niemanden angetroffen.
core-substatus-attempt-fail-003 = Das Geschäft war geschlossen, als der Versanddienstleister kam.
core-substatus-delivered-001 = Ihr Paket wurde zugestellt.
core-substatus-delivered-002 = Sie haben Ihr Paket abgeholt.
core-substatus-delivered-003 = Ihr Paket wurde gegen Unterschrift zugestellt.
core-substatus-delivered-004 = Ihr Paket wurde zugestellt und bei der Zustellung bezahlt.
core-substatus-delivered-005 = Ihr Paket wurde bei einem Nachbarn abgegeben.
core-substatus-available-for-pickup-001 = Ihr Paket liegt an einer Abholstelle in Ihrer Nähe bereit.
core-substatus-exception-001 = Der Versanddienstleister hat ein Problem bei der Zustellung Ihres Pakets gemeldet.
core-substatus-exception-002 = Das Paket konnte nicht zugestellt werden: Der Empfänger ist umgezogen.
core-substatus-exception-003 = Die Annahme wurde verweigert.
core-substatus-exception-004 = Ihr Paket wird beim Zoll aufgehalten.
core-substatus-exception-005 = Ihr Paket verzögert sich aus Gründen, die der Versanddienstleister nicht zu vertreten hat.
core-substatus-exception-006 = Ihr Paket wird zurückgehalten, bis eine Zahlung (etwa Einfuhrabgaben) erfolgt ist.
core-substatus-exception-007 = Das Paket konnte nicht zugestellt werden: Die Adresse scheint falsch zu sein.
core-substatus-exception-008 = Ihr Paket lag zur Abholung bereit, wurde aber nicht abgeholt.
core-substatus-exception-009 = Der Versanddienstleister hat das Paket abgelehnt.
core-substatus-exception-010 = Ihr Paket ist auf dem Rückweg zu uns.
core-substatus-exception-011 = Ihr Paket wurde an uns zurückgesendet.
core-substatus-exception-012 = Ihr Paket wurde beim Transport beschädigt.
core-substatus-exception-013 = Der Versanddienstleister hat Ihr Paket verloren.
core-substatus-exception-016 = Ihr Paket verzögert sich wegen eines Problems im Netz des Versanddienstleisters.
core-substatus-exception-017 = Ihr Paket verzögert sich wegen Unwetters.
core-substatus-exception-018 = Ihr Paket wird zurückgehalten: Die Zolldokumente fehlen oder sind fehlerhaft.
core-substatus-expired-001 = Der Versanddienstleister hat dieses Paket seit 30 Tagen nicht aktualisiert.

# Dates in sentences: "12 March 2026"
core-date-long = { $day }. { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
    } { $year }

# Why a line can't be returned (labels, no final full stop)
core-returnable-final-sale = Vom Umtausch ausgeschlossen
core-returnable-window-closed = Die Rückgabefrist ist am { $date } abgelaufen
core-returnable-not-delivered = Noch nicht zugestellt
core-returnable-already-returned = Bereits zurückgesendet
core-returnable-in-open-return = Bereits Teil einer laufenden Rücksendung

# Default return reasons of a new shop
core-reason-too-small = Zu klein
core-reason-too-big = Zu groß
core-reason-not-as-described = Entspricht nicht der Beschreibung
core-reason-arrived-damaged = Beschädigt angekommen
core-reason-wrong-item = Falscher Artikel geliefert
core-reason-changed-mind = Meinung geändert
core-reason-other = Sonstiges

# What the shopper wants instead
core-resolution-refund = Erstattung auf die ursprüngliche Zahlungsart
core-resolution-store-credit = Guthaben im Shop
core-resolution-exchange = Umtausch gegen eine andere Größe oder Farbe

# Return request problems
core-return-request-invalid = Prüfen Sie die Artikel, die Sie zurücksenden möchten.
core-return-request-empty = Wählen Sie mindestens einen Artikel zur Rücksendung aus.
core-return-line-unknown = Dieser Artikel gehört nicht zu dieser Bestellung.
core-return-line-twice = Dieser Artikel ist doppelt aufgeführt; führen Sie ihn einmal mit der Gesamtmenge auf.
core-return-line-not-returnable = { $reason }.
core-return-quantity-at-least-one = Senden Sie mindestens 1 Stück zurück.
core-return-quantity-at-most = Sie können höchstens { $count } Stück zurücksenden.
core-return-reason-missing = Wählen Sie einen Grund aus.
core-return-reason-unknown = Wählen Sie einen der aufgeführten Gründe aus.
core-return-photo-required = Fügen Sie mindestens ein Foto für „{ $reason }“ hinzu.
core-return-exchange-variant-missing = Wählen Sie die Variante, die Sie stattdessen möchten.
core-return-exchange-variant-unexpected = Wählen Sie eine Variante nur bei einem Umtausch.

# Refunds (operator)
core-refund-currency-mismatch = Erstattungen für diese Bestellung erfolgen in { $currency }.
core-refund-amount-zero = Erstatten Sie einen Betrag größer als null.
core-refund-fully-refunded = Alle Zahlungen für diese Bestellung wurden bereits erstattet.
core-refund-exceeds = Von dieser Zahlung sind nur noch { $remaining } erstattbar, nicht { $requested }.

# Return statuses (shopper)
core-return-status-requested = Wartet auf Genehmigung
core-return-status-approved = Genehmigt: Senden Sie Ihre Artikel
core-return-status-in-transit = Auf dem Rückweg
core-return-status-received = Eingegangen
core-return-status-inspected = Geprüft
core-return-status-refunded = Erstattet
core-return-status-credited = Guthaben ausgestellt
core-return-status-exchanged = Umgetauscht
core-return-status-rejected = Abgelehnt
core-return-status-canceled = Storniert

# Return progress steps
core-return-step-requested = Angefragt
core-return-step-approved = Genehmigt
core-return-step-in-transit = Auf dem Rückweg
core-return-step-received = Eingegangen
core-return-step-inspected = Geprüft
core-return-step-resolved = Abgeschlossen

# Return lifecycle refusals (operator)
core-return-refuse-already-refunded = Diese Rücksendung wurde bereits erstattet.
core-return-refuse-already-credited = Das Guthaben für diese Rücksendung wurde bereits ausgestellt.
core-return-refuse-already-exchanged = Diese Rücksendung wurde bereits umgetauscht.
core-return-refuse-rejected = Diese Rücksendung wurde abgelehnt; starten Sie eine neue, solange die Frist noch läuft.
core-return-refuse-canceled = Diese Rücksendung wurde storniert; starten Sie eine neue, solange die Frist noch läuft.
core-return-refuse-not-received = Die Artikel sind noch nicht zurückgekommen.
core-return-refuse-already-approved = Diese Rücksendung ist bereits genehmigt.
core-return-refuse-not-approved = Diese Rücksendung ist noch nicht genehmigt; senden Sie die Artikel, sobald sie genehmigt ist.
core-return-refuse-already-shipped = Die Artikel sind bereits auf dem Rückweg.
core-return-refuse-already-received = Die Artikel sind bereits zurückgekommen.
core-return-refuse-already-inspected = Die Artikel wurden bereits geprüft.
core-return-refuse-not-inspected = Prüfen Sie die Artikel, bevor Sie die Rücksendung abschließen.
core-return-refuse-awaiting-parcel = Die Artikel werden zurückerwartet; lehnen Sie die Rücksendung ab, sobald sie eingetroffen und geprüft sind.
core-return-refuse-reason-required = Nennen Sie dem Kunden einen Grund für die Ablehnung der Rücksendung.
core-return-refuse-cancel-shipped = Die Artikel sind bereits auf dem Rückweg, daher kann die Rücksendung nicht storniert werden.
core-return-refuse-cancel-received = Die Artikel sind bereits zurückgekommen, daher kann die Rücksendung nicht storniert werden.

# Decimal amounts (each follows the field's name)
core-decimal-empty = ist leer
core-decimal-invalid = { $value } ist keine Dezimalzahl wie 19.99
core-decimal-out-of-range = { $value } liegt außerhalb des zulässigen Bereichs

# Address form labels (the kinds of field the per-country address data names)
core-address-full-name = Vollständiger Name
core-address-company = Firma
core-address-address = Adresse
core-address-address2 = Wohnung, Etage usw.
core-address-sorting-code = Sortiercode
core-address-phone = Telefon
core-address-zip-code = ZIP-Code
core-address-pin-code = PIN-Code
core-address-eircode = Eircode
core-address-postcode = Postleitzahl
core-address-postal-code = Postleitzahl
core-address-region = Region
core-address-province = Provinz
core-address-state = Bundesstaat
core-address-island = Insel
core-address-department = Departement
core-address-parish = Parish
core-address-county = County
core-address-emirate = Emirat
core-address-area = Gebiet
core-address-prefecture = Präfektur
core-address-district = Bezirk
core-address-city = Stadt
core-address-town-or-city = Ort oder Stadt
core-address-suburb = Stadtteil
core-address-village-or-township = Dorf oder Gemeinde
core-address-neighbourhood = Viertel
core-address-townland = Townland

# Address checks. $label is the field's label; in English it comes in lower
# case, with "a" or "an" in core-address-enter and core-address-choose ("a ZIP code").
core-address-enter = Bitte füllen Sie das Feld „{ $label }“ aus.
core-address-choose = Bitte treffen Sie eine Auswahl im Feld „{ $label }“.
core-address-too-long = Die Angabe im Feld „{ $label }“ ist zu lang (höchstens 100 Zeichen).
core-address-region-suggest = Bitte wählen Sie im Feld „{ $label }“ einen Eintrag aus der Liste. Meinten Sie { $name } ({ $code })?
core-address-region-unknown = { $value } ist keine gültige Angabe im Feld „{ $label }“ für { $country }.
core-address-postal-other-region = { $code } ist keine gültige Angabe im Feld „{ $label }“ für { $region }.
core-address-postal-other-region-range = { $code } ist keine gültige Angabe im Feld „{ $label }“ für { $region } (dort reichen die Werte von { $from } bis { $to }).
core-address-postal-invalid = Bitte geben Sie im Feld „{ $label }“ einen gültigen Wert ein.
core-address-postal-invalid-example = Bitte geben Sie im Feld „{ $label }“ einen gültigen Wert ein, z. B. { $example }.
core-address-phone-invalid = Bitte geben Sie eine Telefonnummer mit 6 bis 15 Ziffern ein.
