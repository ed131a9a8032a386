# Vitrine catalog

# Listing: search results, category pages, "shop all"
catalog-results-for = Ergebnisse für „{ $query }“
# Shown when the search found nothing as typed and searched a corrected spelling; $query (the corrected text) is shown in bold.
catalog-corrected = Keine exakten Treffer, daher sehen Sie Ergebnisse für „{ $query }“.
catalog-count = { $count ->
    [one] { $count } Produkt
   *[other] { $count } Produkte
}
catalog-bad-link-title = Einige Filter dieses Links funktionieren nicht
catalog-show-all = Alle Produkte anzeigen
catalog-filters = Filter
catalog-close-filters = Filter schließen
# The button that closes the filters on small screens.
catalog-show-count = { $count ->
    [one] { $count } Produkt anzeigen
   *[other] { $count } Produkte anzeigen
}
catalog-load-error = Die Produkte konnten nicht geladen werden
catalog-no-results = Keine Ergebnisse für „{ $query }“
catalog-no-match = Keine Produkte entsprechen diesen Filtern
catalog-no-results-hint-filtered = Entfernen Sie einen Filter oder suchen Sie nach einem allgemeineren Begriff.
catalog-no-results-hint-search = Prüfen Sie die Schreibweise, versuchen Sie es mit einem allgemeineren Begriff oder stöbern Sie im gesamten Sortiment.
catalog-no-match-hint = Entfernen Sie einen Filter, um mehr zu sehen.
catalog-clear-filters = Alle Filter entfernen

# Active filters, each a removable chip
catalog-active-filters = Aktive Filter
# A filter's name and the chosen value ("Size: M").
catalog-filter-chip = { $facet }: { $value }
# $min and $max are prices, already written with their currency.
catalog-filter-price-range = Preis: { $min } – { $max }
catalog-filter-price-from = Preis: ab { $min }
catalog-filter-price-to = Preis: bis { $max }
catalog-filter-in-stock = Nur verfügbare Artikel
# Read by screen readers before a chip's label ("Remove filter Size: M"); a space follows.
catalog-remove-filter = Filter entfernen
catalog-clear-all = Alle entfernen

# Facets. $shown stands for the number, which is shown on screen; the words around it are read by screen readers. $count chooses the form.
catalog-facet-count = { $count ->
    [one] { $shown } Produkt
   *[other] { $shown } Produkte
}

# Price filter. The amounts are read with a point for decimals (19.99).
catalog-price = Preis
catalog-price-min = Min.
catalog-price-max = Max.
catalog-price-apply = Anwenden
catalog-price-error-negative = Geben Sie einen Betrag von 0 oder mehr ein.
catalog-price-error-format = Geben Sie einen Betrag wie 25 oder 19,99 ein.
catalog-price-error-order = Der Mindestbetrag liegt über dem Höchstbetrag.

# Sort menu. Relevance is "Best match" when searching, "Featured" otherwise.
catalog-sort-label = Sortieren nach
catalog-sort-best-match = Beste Übereinstimmung
catalog-sort-featured = Empfohlen
catalog-sort-price-asc = Preis aufsteigend
catalog-sort-price-desc = Preis absteigend
catalog-sort-newest = Neueste
catalog-sort-name = Name, A bis Z

# Pagination. In catalog-page-number, $page stands for the page number, which is shown on screen; the words around it are read by screen readers.
catalog-pages = Seiten
catalog-previous = Zurück
catalog-next = Weiter
catalog-page-number = Seite { $page }

# Search box and its suggestions
catalog-search-label = Produkte suchen
catalog-search-suggestions = Suchvorschläge
catalog-search-announce = { $count ->
    [one] { $count } Vorschlag. Wählen Sie mit den Pfeiltasten aus.
   *[other] { $count } Vorschläge. Wählen Sie mit den Pfeiltasten aus.
}
# A suggested category for the search ("In Tees").
catalog-search-in-category = In { $category }
catalog-search-results = { $count ->
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}
catalog-search-see-all = Alle Ergebnisse für „{ $query }“ anzeigen

# Product cards
catalog-sold-out = Ausverkauft
catalog-sale = Sale
# How many colours a product comes in (the list of colour dots).
catalog-colours = { $count ->
    [one] { $count } Farbe
   *[other] { $count } Farben
}

# Product page
catalog-product-load-error = Dieses Produkt konnte nicht geladen werden
catalog-breadcrumb = Brotkrümelnavigation
catalog-breadcrumb-shop = Shop
catalog-sku = Art.-Nr. { $sku }
# Heading over other products of the same category.
catalog-related-title = Mehr aus { $category }

# Gallery
catalog-gallery-previous = Vorheriges Bild
catalog-gallery-next = Nächstes Bild
catalog-gallery-counter = Bild { $current } von { $total }
catalog-gallery-thumbs = Produktbilder
# A thumbnail button; $alt describes the image.
catalog-gallery-show = Bild { $number } anzeigen: { $alt }

# Stock of the chosen variant
catalog-stock-in = Auf Lager
catalog-stock-low = Nur noch { $count } verfügbar
catalog-stock-out = Nicht auf Lager

# Variant picker. The legend is the option's name and the picked value, the value in bold ("Colour: Navy").
catalog-option-legend = { $option }: { $value }
# Why a value can't be picked; shown after the value and a dash ("M — sold out").
catalog-value-sold-out = ausverkauft
catalog-value-missing = in dieser Kombination nicht erhältlich

# Back-in-stock form under a sold-out variant
catalog-restock-label = Per E-Mail benachrichtigen, wenn wieder verfügbar
catalog-restock-submit = Benachrichtigen
catalog-restock-hint = Eine einzige E-Mail, sobald der Artikel wieder vorrätig ist. Sonst nichts.
catalog-restock-invalid-email = Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.
