# Vitrine emails to shoppers

# Server and email messages
email-order-thanks = Vielen Dank für Ihre Bestellung { $number } bei { $shop }.
email-order-got-it = Vielen Dank! Ihre Bestellung { $number } ist bei uns eingegangen.
email-order-total = Gesamt: { $total }
email-order-total-label = Gesamt
email-order-shipping = Versand: { $method }
email-order-see-it = Ihre Bestellung jederzeit ansehen: { $link }
email-order-subject = Ihre Bestellung { $number } ist bestätigt
email-order-button = Bestellung ansehen
email-tracking-number = { $carrier }-Sendungsnummer { $number }
email-follow-order = Verfolgen Sie Ihre Bestellung: { $link }
email-track-button = Sendung verfolgen
email-shipped-body = Gute Nachrichten: Ihre Bestellung { $number } ist mit { $carrier } unterwegs.
email-estimated-delivery = Voraussichtliche Zustellung: { $window }.
email-shipped-subject = Ihre Bestellung { $number } wurde versandt
email-out-for-delivery-body = Ihr Paket aus der Bestellung { $number } wird heute von { $carrier } zugestellt.
email-out-for-delivery-subject = In Zustellung: Bestellung { $number }
email-delivered-body = Ihr Paket aus der Bestellung { $number } wurde zugestellt. Wir hoffen, es gefällt Ihnen!
email-delivered-subject = Zugestellt: Bestellung { $number }
email-new-estimate = Neue voraussichtliche Zustellung: { $window }.
email-delayed-subject = Neuigkeiten zu Ihrer Bestellung { $number }
email-cart-intro-html = Diese Artikel liegen noch in Ihrem Warenkorb; wir haben ihn für Sie aufbewahrt:
email-cart-one-reminder-html = Nur diese eine Erinnerung. <a href="{ $link }">Abmelden</a> von Erinnerungen wie dieser.
email-cart-subject = Noch unentschlossen? Ihr Warenkorb bei { $shop } ist gespeichert
email-cart-intro-text = Diese Artikel liegen noch in Ihrem Warenkorb:
email-cart-pick-up = Machen Sie dort weiter, wo Sie aufgehört haben: { $link }
email-cart-one-reminder-text = Nur diese eine Erinnerung. Abmelden: { $link }
email-cart-heading = Ihr Warenkorb ist gespeichert
email-cart-button = Zurück zum Warenkorb
email-restock-html = { $name } ist wieder vorrätig. Sie hatten uns gebeten, Ihnen einmal Bescheid zu geben; dies ist diese E-Mail.
email-unsubscribe-html = <a href="{ $link }">Abmelden</a> von E-Mails wie dieser.
email-restock-subject = { $name } ist wieder vorrätig
email-restock-text = { $name } ist wieder vorrätig: { $link }
email-restock-text-once = Sie hatten uns gebeten, Ihnen einmal Bescheid zu geben. Abmelden: { $link }
email-restock-heading = { $title } ist wieder da
email-restock-button = Im Shop ansehen
email-follow-up-and-more = { $count ->
    [one] { $first } und { $count } weiterer Artikel
   *[other] { $first } und { $count } weitere Artikel
}
email-follow-up-your-order = Ihre Bestellung
email-follow-up-arrived = Ihre Bestellung { $number } ist vor ein paar Tagen angekommen. Wir hoffen, { $what } ist genau das, was Sie sich gewünscht haben.
email-follow-up-not-right-html = Falls etwas nicht stimmt (die Größe, die Farbe, ein Mangel), antworten Sie auf diese E-Mail oder starten Sie innerhalb von { $days } Tagen nach der Zustellung eine Rücksendung auf Ihrer Bestellseite.
email-follow-up-not-right-text = Falls etwas nicht stimmt, antworten Sie auf diese E-Mail oder starten Sie innerhalb von { $days } Tagen nach der Zustellung eine Rücksendung auf Ihrer Bestellseite: { $link }
email-follow-up-one-email-html = Nur diese eine E-Mail. <a href="{ $link }">Abmelden</a> von E-Mails wie dieser.
email-follow-up-one-email-text = Nur diese eine E-Mail. Abmelden: { $link }
email-follow-up-subject = Wie gefällt Ihnen { $what }?
email-follow-up-heading = Wie waren wir?
email-follow-up-button = Ihre Bestellung
email-return-follow = Verfolgen Sie Ihre Rücksendung: { $link }
email-return-button = Rücksendung ansehen
email-return-requested-subject = Wir haben Ihre Rücksendeanfrage { $rma } erhalten
email-return-requested-thanks = Vielen Dank: Wir haben Ihre Anfrage erhalten, Artikel aus der Bestellung { $number } zurückzusenden.
email-return-requested-review = Wir prüfen sie innerhalb eines Werktags und teilen Ihnen per E-Mail mit, wie Sie die Artikel zurücksenden.
email-return-approved-subject = Ihre Rücksendung { $rma } ist genehmigt
email-return-approved-body = Gute Nachrichten: Ihre Rücksendung { $rma } ist genehmigt.
email-return-approved-label = Drucken Sie das Etikett auf Ihrer Rücksendeseite aus, kleben Sie es auf das Paket und geben Sie es innerhalb von { $days } Tagen in einer beliebigen { $carrier }-Filiale ab.
email-return-rejected-subject = Zu Ihrer Rücksendung { $rma }
email-return-rejected-body = Es tut uns leid: Wir können Ihre Rücksendung { $rma } nicht annehmen.
email-return-rejected-reason = Der Grund: { $reason }
email-return-rejected-reply = Antworten Sie auf diese E-Mail, wenn Sie darüber sprechen möchten.
email-return-received-subject = Wir haben Ihre Rücksendung { $rma } erhalten
email-return-received-body = Ihre Rücksendung { $rma } ist angekommen und wurde geprüft: { $summary }.
email-return-received-next = Ihre Erstattung, Ihr Guthaben oder Ihr Umtausch folgt innerhalb von { $days } Werktagen.
email-return-credit-subject = Ihr Guthaben für die Rücksendung { $rma }
email-return-credit-ready = Ihr Guthaben über { $amount } ist bereit.
email-return-credit-ready-bonus = Ihr Guthaben über { $amount } (inklusive { $percent } % Bonus) ist bereit.
email-return-credit-code = Ihr Code: { $code }. Bewahren Sie ihn gut auf: Er funktioniert wie ein Geschenkgutschein.
email-exchange-subject = Ihr Umtausch für die Rücksendung { $rma } wurde versandt
email-exchange-body = Ihr Umtausch ist unterwegs: { $items }.
email-refund-subject = Erstattung für Ihre Rücksendung { $rma }
email-refund-body = Wir haben { $amount } für die Rücksendung { $rma } auf Ihr ursprüngliches Zahlungsmittel erstattet.
email-refund-banks = Banken zeigen die Gutschrift nach 3 bis 5 Tagen an.
