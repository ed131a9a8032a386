# Vitrine common
common-language = Sprache

# Header and footer
common-categories = Kategorien
common-shop-all = Alle Produkte
common-track-order = Bestellung verfolgen
common-powered-by = Betrieben mit Vitrine
common-skip-to-content = Zum Inhalt springen
common-skip-to-results = Zu den Ergebnissen springen

# The not-found page. $what is the kind of thing that was not found: product, order or (any other word) page.
common-not-found-title = Nicht gefunden
common-not-found-heading = { $what ->
    [product] Dieses Produkt wurde nicht gefunden
    [order] Diese Bestellung wurde nicht gefunden
    [return] Diese Rücksendung wurde nicht gefunden
   *[other] Diese Seite wurde nicht gefunden
}
common-not-found-body = Möglicherweise hat sich die Adresse geändert oder der Artikel ist endgültig ausverkauft. Unser gesamtes Sortiment finden Sie im Shop.
common-browse-all = Alle Produkte ansehen

# Shared components
common-try-again = Erneut versuchen
common-page-failed = Diese Seite konnte nicht geladen werden.
# Before the lowest price of a product whose variants cost different amounts ("From $20.00"); a space follows.
common-price-from = ab
# Read by screen readers before the struck-through former price ("Was $30.00"); a space follows.
common-price-was = statt
common-loading-products = Produkte werden geladen…
common-loading-product = Produkt wird geladen…
# Read by screen readers after a finished step of a progress list; a space comes before it.
common-step-completed = (abgeschlossen)

# Errors talking to the shop
common-error-network = Wir konnten den Shop nicht erreichen. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
common-error-decode = Der Shop hat eine Antwort gesendet, die wir nicht lesen konnten. Bitte laden Sie die Seite neu.
# $status is the HTTP status code, e.g. 500.
common-error-status = Der Shop hat mit einem Fehler geantwortet ({ $status }). Bitte versuchen Sie es erneut.

# The cart's announcements, read by screen readers
common-cart-restored = Ihr gespeicherter Warenkorb ist wieder da.
# $title is the product; $quantity how many were added. Followed by common-cart-items.
common-cart-added = { $quantity ->
    [1] { $title } wurde in den Warenkorb gelegt.
   *[other] { $quantity } × { $title } wurden in den Warenkorb gelegt.
}
# How many items the cart now holds.
common-cart-items = { $count ->
    [one] { $count } Artikel im Warenkorb.
   *[other] { $count } Artikel im Warenkorb.
}
common-cart-changed-elsewhere = Ihr Warenkorb wurde in einem anderen Tab geändert. Jetzt wird die aktuelle Version angezeigt.
common-cart-quantity-updated = Menge auf { $quantity } geändert.
common-cart-removed = { $title } wurde aus dem Warenkorb entfernt.
common-cart-discount-applied = Rabattcode { $code } eingelöst.
common-cart-discount-removed = Rabattcode entfernt.

## Embedded widgets (src/embed): the shop's products and cart on another site.
common-embed-not-connected = Diese Website ist nicht mit dem Shop verbunden.
common-embed-not-connected-hint = Der Shopbetreiber kann sie verbinden, indem er die Adresse dieser Website zu den erlaubten Ursprüngen des Shops hinzufügt.
common-embed-unreachable = Der Shop ist nicht erreichbar.
common-embed-unreachable-hint = Prüfen Sie Ihre Verbindung und laden Sie die Seite neu.
common-embed-no-handle = Für diese Stelle ist kein Produkt gewählt.
common-embed-product-missing = Dieses Produkt ist nicht mehr erhältlich.
common-embed-product-failed = Das Produkt konnte nicht geladen werden.
common-embed-grid-empty = Hier gibt es noch keine Produkte.
common-embed-overlay-title = Kasse
common-embed-overlay-close = Kasse schließen
common-embed-overlay-frame = Bestellformular
common-embed-not-ready = Der Shop lädt noch. Versuchen Sie es gleich noch einmal.
