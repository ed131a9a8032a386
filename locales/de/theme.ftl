# Vitrine theme

## Theme editor: page and messages
theme-title = Design
theme-lede = Legen Sie fest, wie der Shop aussieht. Die Vorschau zeigt seine Seiten, während Sie Änderungen vornehmen; für Ihre Kundschaft ändert sich erst etwas, wenn Sie das Design anwenden.
theme-settings-label = Designeinstellungen
# $error is the API's or the network's error, as it reads.
theme-load-failed = Das gespeicherte Design konnte nicht geladen werden ({ $error }); Sie bearbeiten das Standarddesign.
theme-contrast-failing = { $count ->
    [one] Eine Einstellung unterschreitet den WCAG-AA-Kontrast: Korrigieren Sie sie (unten markiert), bevor Sie das Design anwenden.
   *[other] { $count } Einstellungen unterschreiten den WCAG-AA-Kontrast: Korrigieren Sie sie (unten markiert), bevor Sie das Design anwenden.
}
theme-applied = Angewendet: Alle Seiten des Shops, die Zahlungsseite des Checkouts und neue E-Mails verwenden jetzt dieses Design.
# Announced to screen readers.
theme-applied-notice = Design im Shop angewendet.
theme-not-applied = Nicht angewendet: { $error }

## Presets
theme-preset-legend = Vorlage
theme-preset-hint = Wenn Sie eine Vorlage wählen, beginnen Sie wieder bei ihr.
theme-preset-auto = Automatisch
theme-preset-auto-words = Hell oder dunkel, je nach System Ihrer Kundschaft
theme-preset-light = Hell
theme-preset-light-words = Das Standarddesign, immer hell
theme-preset-dark = Dunkel
theme-preset-dark-words = Das Standarddesign, immer dunkel
theme-preset-boutique = Boutique
theme-preset-boutique-words = Warme Serifenschrift: Creme, Espresso und Bordeaux
theme-preset-street = Urban
theme-preset-street-words = Kräftig und kontrastreich, eckige Kanten
theme-preset-calm = Ruhig
theme-preset-calm-words = Stein und Salbei, sanfte Rundungen, luftig

## Colours: each token's name and what it paints
theme-colours-legend = Farben
theme-colours-hint = Jede Farbe hat eine helle und eine dunkle Variante: Wer das System im dunklen Modus nutzt, sieht die dunkle.
theme-colour-accent = Akzent
theme-colour-accent-what = Schaltflächen, Links, der aktuelle Schritt
theme-colour-accent-hover = Akzent, bei Mauszeiger
theme-colour-accent-hover-what = Schaltflächen unter dem Mauszeiger
theme-colour-accent-text = Text auf Akzent
theme-colour-accent-text-what = Beschriftungen auf Akzent-Schaltflächen
theme-colour-bg = Seite
theme-colour-bg-what = Hinter allem
theme-colour-surface = Flächen
theme-colour-surface-what = Karten, Eingabefelder, die Warenkorb-Seitenleiste
theme-colour-surface-muted = Dezente Flächen
theme-colour-surface-muted-what = Bildhintergründe, die Fußzeile
theme-colour-text = Text
theme-colour-text-what = Fließtext und Überschriften
theme-colour-text-muted = Sekundärtext
theme-colour-text-muted-what = Hinweise, Kategorien, Beschriftungen
theme-colour-border-strong = Rahmen
theme-colour-border-strong-what = Eingabefelder und sekundäre Schaltflächen
theme-colour-sale = Angebot
theme-colour-sale-what = Angebotspreise und Rabatt-Kennzeichen
theme-colour-danger = Fehler
theme-colour-danger-what = Feldfehler und Warnungen
theme-colour-focus = Fokusrahmen
theme-colour-focus-what = Die Umrandung beim Tastaturfokus
# A colour picker's label; $label is the colour's name above ("Accent").
theme-colour-light-side = { $label }, hell
theme-colour-dark-side = { $label }, dunkel

## Type
theme-type-legend = Schrift
theme-font-body = Schrift für Fließtext
theme-font-heading = Schrift für Überschriften
theme-font-same-as-body = Wie der Fließtext
theme-font-preset = Schrift der Vorlage
theme-font-system-sans = Systemschrift, serifenlos
theme-font-humanist-sans = Humanistische Grotesk
theme-font-transitional-serif = Klassizistische Antiqua
theme-font-old-style-serif = Renaissance-Antiqua
theme-font-heavy-grotesque = Fette Grotesk
theme-font-monospace = Festbreitenschrift
theme-density = Dichte
theme-density-compact = Kompakt
theme-density-regular = Normal
theme-density-comfortable = Komfortabel

## Shape and space
theme-shape-legend = Form und Abstände
theme-corner-radius = Eckenradius
# The corner radius slider's value in pixels.
theme-radius-value = { $px } px
theme-buttons = Schaltflächen
theme-shape-square = Eckig
theme-shape-rounded = Abgerundet
theme-shape-pill = Pillenform
theme-spacing = Abstände
theme-spacing-tight = Eng
theme-spacing-regular = Normal
theme-spacing-roomy = Weit
theme-spacing-spacious = Großzügig

## Actions
theme-changes-pending = Änderungen noch nicht angewendet.
theme-changes-none = Dieses Design verwendet der Shop derzeit.
theme-applying = Wird angewendet…
theme-apply = Im Shop anwenden
theme-undo = Änderungen verwerfen
theme-download = theme.json herunterladen
theme-css-label = CSS zum Einfügen
theme-css-hint = Für eine Seite, die nicht vom Server des Shops erzeugt wird: Fügen Sie es nach den Vitrine-Stilen ein.

## Preview
theme-preview-title = Vorschau
theme-preview-in = Vorschau in
theme-preview-light = Hell
theme-preview-dark = Dunkel
theme-preview-forced = Diese Vorlage hat immer dasselbe Farbschema; die Vorschau zeigt es.
theme-preview-follows-system = Ihre Kundschaft sieht die helle oder dunkle Variante, je nach Einstellung ihres Systems.
# Follows one of the two sentences above, after a space.
theme-preview-picture = Die Vorschau ist nur ein Bild: Sie reagiert nicht auf Klicks.
theme-pane-catalog = Katalog
theme-pane-product = Produkt
theme-pane-cart-drawer = Warenkorb-Seitenleiste
theme-pane-checkout-payment = Kasse: Zahlung
theme-pane-order = Bestellstatus und Sendungsverfolgung
theme-pane-return = Rücksendeformular
theme-preview-no-order = Noch keine zugestellte Bestellung: Bestellseite und Sendungsverfolgung erscheinen hier, sobald es eine gibt.
theme-preview-no-return = Noch keine Bestellung zum Zurücksenden: Das Rücksendeformular erscheint hier, sobald eine zugestellt wurde.

## Preview: the sample storefront's fixed texts
theme-sample-add-to-cart = In den Warenkorb
theme-sample-cart-title = { $count ->
    [one] Ihr Warenkorb ({ $count } Artikel)
   *[other] Ihr Warenkorb ({ $count } Artikel)
}
theme-sample-subtotal = Zwischensumme
theme-sample-total = Gesamt
theme-sample-check-out = Zur Kasse
theme-sample-view-cart = Warenkorb ansehen
theme-sample-card-incomplete = Ihre Kartennummer ist unvollständig.
theme-sample-payment = Zahlung
theme-sample-pay-now = Jetzt bezahlen
# $number is the order's number, like 1042.
theme-sample-order-title = Bestellung { $number }
