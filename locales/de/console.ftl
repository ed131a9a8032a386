# Vitrine console

## Rahmen: Kopfzeile, Navigation, Anmeldung
console-skip-to-content = Zum Inhalt springen
console-brand = { $shop } – Verwaltung
console-nav-label = Verwaltung
console-nav-orders = Bestellungen
console-nav-inventory = Lagerbestand
console-nav-metrics = Kennzahlen
console-nav-alerts = Warnungen
console-nav-alerts-open = { $count ->
    [one] {" "}offen
   *[other] {" "}offen
}
console-nav-theme = Design
console-view-shop = Zum Shop
console-sign-out = Abmelden
console-signed-out = Abgemeldet.
console-signed-in = Angemeldet.
console-signin-title = Bei der Verwaltung anmelden
console-signin-lede = Bestellungen, Lagerbestand und die Wochenzahlen. Verwenden Sie einen Admin-Schlüssel aus { $command }.
console-signin-key-label = Admin-Schlüssel
console-signin-key-hint = Wird nur in diesem Tab gespeichert; wenn Sie ihn schließen, werden Sie abgemeldet.
console-signin-key-missing = Geben Sie den Admin-Schlüssel ein.
console-signin-key-invalid = Dieser Schlüssel ist ungültig oder wurde widerrufen. Bitte prüfen Sie ihn und versuchen Sie es erneut.
console-signin-checking = Wird geprüft …
console-signin-submit = Anmelden

## Bestellübersicht
console-queue-title = Bestellungen
console-queue-to-verify = Zu prüfen
console-queue-to-pack = Zu verpacken
console-queue-late = Verspätet
console-queue-awaiting-payment = Zahlung ausstehend
console-queue-shipped = Versandt
console-queue-returns-waiting = Offene Rücksendungen
console-queue-find-label = Bestellnummer
console-queue-find-placeholder = Bestellnummer, z. B. VT-7QK2-9XH4
console-queue-find-submit = Öffnen
console-queue-tabs-label = Arbeitslisten
console-queue-error = Die Liste konnte nicht geladen werden
console-queue-empty = In „{ $queue }“ ist gerade nichts.
console-queue-orders-label = { $count ->
    [one] { $queue }: { $count } Bestellung
   *[other] { $queue }: { $count } Bestellungen
}
console-queue-orders-caption = { $count ->
    [one] { $queue }: { $count } Bestellung, neueste zuerst
   *[other] { $queue }: { $count } Bestellungen, neueste zuerst
}
console-queue-col-order = Bestellung
console-queue-col-placed = Bestellt am
console-queue-col-customer = Kunde
console-queue-col-items = Artikel
console-queue-col-total = Summe
console-queue-col-status = Status
console-queue-test-order = Testbestellung
console-queue-verified = {" "}· geprüft
console-queue-returns-empty = Keine Rücksendung wartet auf Sie.
console-queue-returns-label = Offene Rücksendungen: { $count }
console-queue-returns-caption = Offene Rücksendungen: { $count }, neueste zuerst
console-queue-col-return = Rücksendung
console-queue-col-requested = Angefragt am
console-queue-col-waiting-for = Wartet auf
console-queue-waiting-photos = Fotos des Kunden
console-queue-waiting-approval = Ihre Freigabe
console-queue-waiting-refund = Ihre Erstattung oder Gutschrift

## Eine Bestellung
console-order-title = Bestellung { $number }
console-order-back = ← Alle Bestellungen
console-order-error = Die Bestellung konnte nicht geladen werden
console-order-placed = {" "}· bestellt am{" "}
console-order-parcels = Pakete
console-order-as-seen = Die Bestellung
console-order-verified = Bestellung { $number } geprüft: Sie kann verpackt werden.
console-check-title = Vor dem Verpacken
console-check-address-valid = Adresse gültig
console-check-stock-reserved = Bestand reserviert
console-check-payment-captured = Zahlung eingezogen
console-check-other = Prüfung
console-check-passed = : bestanden.{" "}
console-check-failed = : nicht bestanden.{" "}
console-check-verify-and-pack = Prüfen und Verpacken starten
console-check-verify = Prüfen
console-ship-title = Versenden
console-ship-hint = Alles noch nicht Versandte kommt in ein Paket; der Kunde erhält den Sendungslink per E-Mail.
console-ship-carrier = Versanddienstleister
console-ship-tracking = Sendungsnummer
console-ship-service = Versandart (optional)
console-ship-service-placeholder = Standard
console-ship-submit = Sendung anlegen
console-ship-done = Versandt mit { $carrier } { $tracking }.
console-checkpoint-done = Sendungsstatus hinzugefügt: { $status }.
console-checkpoint-summary = Sendungsstatus zu { $carrier } { $tracking } hinzufügen
console-checkpoint-status = Status
console-checkpoint-message = Meldung
console-checkpoint-message-placeholder = Im Paketzentrum des Versanddienstleisters eingetroffen
console-checkpoint-location = Ort (optional)
console-checkpoint-location-placeholder = Frankfurt am Main
console-checkpoint-submit = Status hinzufügen
console-deliver-submit = Alle Pakete als zugestellt markieren
console-deliver-done = Bestellung { $number } als zugestellt markiert.
console-cancel-title = Stornieren
console-cancel-reason = Grund (für den Kunden sichtbar)
console-cancel-reason-placeholder = Beim Lieferanten nicht vorrätig
console-cancel-start = Bestellung stornieren …
console-cancel-confirm = { $number } stornieren? Der Bestand wird zurückgebucht und eine Kartenzahlung erstattet.
console-cancel-yes = Ja, Bestellung stornieren
console-cancel-keep = Behalten
console-cancel-done = Bestellung { $number } storniert; der Bestand ist zurückgebucht und eine Zahlung erstattet.
console-returns-title = Rücksendungen
console-return-approve = { $rma } genehmigen
console-return-receive = { $rma } als eingegangen markieren
console-return-refund = { $rma } erstatten
console-return-approved = Rücksendung { $rma }: genehmigt, das Etikett ist bereit.
console-return-received = Rücksendung { $rma }: eingegangen und geprüft.
console-return-refunded = Rücksendung { $rma }: erstattet.
console-return-summary = { $count ->
    [one] { $count } Artikel · { $status }
   *[other] { $count } Artikel · { $status }
}
console-return-photos-needed = Wartet auf die Fotos des Kunden.
console-messages-title = Nachrichten an den Kunden
console-messages-empty = Noch keine E-Mail verfasst.
console-messages-to = An { $recipient } ·{" "}
console-messages-sent = {" "}· gesendet
console-messages-waiting = {" "}· wartet auf Versand

## Lagerbestand
console-inventory-title = Lagerbestand
console-inventory-view-all = Alle
console-inventory-view-reorder = Am oder unter dem Meldebestand
console-inventory-view-out = Ausverkauft
console-inventory-views-label = Bestandsansichten
console-inventory-export = CSV exportieren
console-inventory-exported = Lagerbestand als { $file } exportiert.
console-inventory-export-error = Der Export ist fehlgeschlagen
console-inventory-lead = Lieferzeit (Tage)
console-inventory-safety = Sicherheitsbestand (Wochen)
console-inventory-recompute = Neu berechnen
console-inventory-rule = Meldebestand: durchschnittlicher Wochenabsatz der letzten 8 Wochen × ({ $lead } Lieferzeit + { $safety } Sicherheitsbestand), aufgerundet.
console-inventory-rule-days = { $count ->
    [one] { $count } Tag
   *[other] { $count } Tage
}
console-inventory-rule-weeks = { $count ->
    [one] { $count } Woche
   *[other] { $count } Wochen
}
console-inventory-error = Der Lagerbestand konnte nicht geladen werden
console-inventory-status-out = Ausverkauft
console-inventory-status-low = Nachbestellen
console-inventory-status-ok = OK
console-inventory-empty = Keine Variante in dieser Ansicht.
console-inventory-table-label = { $count ->
    [one] Bestand: { $count } Variante
   *[other] Bestand: { $count } Varianten
}
console-inventory-table-caption = { $count ->
    [one] Bestand von { $count } Variante
   *[other] Bestand von { $count } Varianten
}
console-inventory-col-variant = Variante
console-inventory-col-on-hand = Vorrätig
console-inventory-col-held = Reserviert
console-inventory-col-available = Verfügbar
console-inventory-col-weekly = Verkauft pro Woche (8 Wochen)
console-inventory-col-cover = Reichweite (Tage)
console-inventory-col-reorder-at = Meldebestand
console-inventory-col-status = Status
console-inventory-col-adjust = Anpassen
console-inventory-adjust = Anpassen
console-inventory-close = Schließen
console-inventory-adjust-variant = { $name } anpassen
console-adjust-change = Änderung (+/−)
console-adjust-change-placeholder = 12 oder -3
console-adjust-not-a-number = Geben Sie eine ganze Zahl ein: 12 zum Hinzufügen, -3 zum Abziehen.
console-adjust-zero = Geben Sie eine Änderung ungleich 0 ein.
console-adjust-done = Bestand um { $change } geändert: jetzt { $stock }.
console-adjust-reason = Grund
console-adjust-reason-count = Inventur
console-adjust-reason-delivery = Lieferung vom Lieferanten
console-adjust-reason-damaged = Im Lager beschädigt
console-adjust-reason-returned = An den Lieferanten zurückgeschickt
console-adjust-submit = Änderung speichern
console-ledger-error = Das Bestandsjournal konnte nicht geladen werden
console-ledger-empty = Noch keine manuelle Änderung.
console-ledger-caption = Bestandsjournal, neueste zuerst
console-ledger-col-when = Wann
console-ledger-col-change = Änderung
console-ledger-col-after = Danach
console-ledger-col-why = Grund
console-ledger-col-who = Wer

## Kennzahlen
console-metrics-title = Kennzahlen
console-metrics-periods-label = Zeiträume
console-metrics-last-7-days = Letzte 7 Tage
console-metrics-last-30-days = Letzte 30 Tage
console-metrics-last-90-days = Letzte 90 Tage
console-metrics-last-12-months = Letzte 12 Monate
console-metrics-from = Von
console-metrics-to = Bis
console-metrics-show = Anzeigen
console-metrics-error = Die Kennzahlen konnten nicht geladen werden
console-metrics-range = { $from } bis { $to }
console-metrics-percent = { $value } %
console-metrics-days = { $days } Tage
console-metrics-hours = { $hours } Std.
console-metrics-turns = { $turns }×
console-metrics-revenue = Umsatz
console-metrics-revenue-note = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
}
console-metrics-aov = Durchschnittlicher Bestellwert
console-metrics-conversion = Konversionsrate
console-metrics-conversion-note = { $count ->
    [one] von { $count } Warenkorb mit Artikeln
   *[other] von { $count } Warenkörben mit Artikeln
}
console-metrics-abandonment = Warenkorbabbrüche
console-metrics-abandonment-note = { $count ->
    [one] { $count } Warenkorb nie bestellt
   *[other] { $count } Warenkörbe nie bestellt
}
console-metrics-cycle-time = Durchlaufzeit
console-metrics-cycle-time-note = { $count ->
    [one] Median aus { $count } versandten Bestellung, Bestellung → Versand; p90 { $p90 }
   *[other] Median aus { $count } versandten Bestellungen, Bestellung → Versand; p90 { $p90 }
}
console-metrics-turnover = Lagerumschlag
console-metrics-turnover-note = { $count ->
    [one] { $count } Einheit verkauft
   *[other] { $count } Einheiten verkauft
}
console-metrics-return-rate = Retourenquote
console-metrics-return-rate-note = { $count ->
    [one] { $returned } von { $count } Einheit
   *[other] { $returned } von { $count } Einheiten
}
console-metrics-refund-time = Erstattungsdauer
console-metrics-refund-time-note = Median; { $share } innerhalb von 2 Werktagen
console-metrics-refund-time-none = keine Erstattung in diesem Zeitraum
console-metrics-ltv = Kundenwert
console-metrics-ltv-note = Durchschnitt, Kunden dieses Zeitraums
console-metrics-bar-revenue = { $count ->
    [one] { $money } · { $count } Bestellung
   *[other] { $money } · { $count } Bestellungen
}
console-metrics-bar-product = { $rate } ({ $returned } von { $count })
console-metrics-bar-reason = { $count ->
    [one] { $share } ({ $count } Einheit)
   *[other] { $share } ({ $count } Einheiten)
}
console-metrics-revenue-by-day = Umsatz pro Tag
console-metrics-col-day = Tag
console-metrics-returns-by-product = Retourenquote nach Produkt
console-metrics-returns-by-product-top = Retourenquote nach Produkt (Top 10)
console-metrics-col-product = Produkt
console-metrics-returns-by-reason = Rücksendungen nach Grund
console-metrics-col-share = Anteil der zurückgesandten Einheiten
console-metrics-col-reason = Grund
console-metrics-customers-by-ltv = Kunden nach Kundenwert
console-metrics-customers-by-ltv-top = Kunden nach Kundenwert (Top 10)
console-metrics-col-ltv = Kundenwert
console-metrics-col-customer = Kunde

## Diagramme
console-chart-empty = Nichts in diesem Zeitraum.
console-chart-summary = { $count ->
    [one] { $count } Balken; höchster Wert { $value } ({ $label }). Die Tabelle daneben enthält alle Werte.
   *[other] { $count } Balken; höchster Wert { $value } ({ $label }). Die Tabelle daneben enthält alle Werte.
}
console-chart-table-label = { $title } als Tabelle

## Warnungen
console-alerts-title = Warnungen
console-alerts-views-label = Ansichten der Warnungen
console-alerts-view-open = Offen
console-alerts-view-resolved = Erledigt
console-alerts-view-all = Alle
console-alerts-empty = Hier gibt es nichts für Sie zu tun.
console-alerts-error = Die Warnungen konnten nicht geladen werden
console-alerts-resolved-done = Erledigt: { $title }.
console-alerts-raised = Ausgelöst am{" "}
console-alerts-resolved-cleared = {" "}· erledigt: die Ursache ist behoben
console-alerts-resolved-by = {" "}· erledigt von { $name }
console-alerts-resolved = {" "}· erledigt
console-alerts-go = Ansehen
console-alerts-about = : { $title }
console-alerts-resolve = Erledigen
