# Vitrine catalog

# Listing: search results, category pages, "shop all"
catalog-results-for = Results for “{ $query }”
# Shown when the search found nothing as typed and searched a corrected spelling; $query (the corrected text) is shown in bold.
catalog-corrected = No exact matches, so showing results for “{ $query }”.
catalog-count = { $count ->
    [one] { $count } product
   *[other] { $count } products
}
catalog-bad-link-title = Some of this link's filters don't work
catalog-show-all = Show all products
catalog-filters = Filters
catalog-close-filters = Close filters
# The button that closes the filters on small screens.
catalog-show-count = { $count ->
    [one] Show { $count } product
   *[other] Show { $count } products
}
catalog-load-error = Products could not be loaded
catalog-no-results = No results for “{ $query }”
catalog-no-match = No products match these filters
catalog-no-results-hint-filtered = Try removing a filter, or search for something broader.
catalog-no-results-hint-search = Check the spelling, try a more general word, or browse everything.
catalog-no-match-hint = Remove a filter to see more.
catalog-clear-filters = Clear all filters

# Active filters, each a removable chip
catalog-active-filters = Active filters
# A filter's name and the chosen value ("Size: M").
catalog-filter-chip = { $facet }: { $value }
# $min and $max are prices, already written with their currency.
catalog-filter-price-range = Price: { $min } – { $max }
catalog-filter-price-from = Price: from { $min }
catalog-filter-price-to = Price: up to { $max }
catalog-filter-in-stock = In stock only
# Read by screen readers before a chip's label ("Remove filter Size: M"); a space follows.
catalog-remove-filter = Remove filter
catalog-clear-all = Clear all

# Facets. $shown stands for the number, which is shown on screen; the words around it are read by screen readers. $count chooses the form.
catalog-facet-count = { $count ->
    [one] { $shown } product
   *[other] { $shown } products
}

# Price filter. The amounts are read with a point for decimals (19.99).
catalog-price = Price
catalog-price-min = Min
catalog-price-max = Max
catalog-price-apply = Apply
catalog-price-error-negative = Enter an amount of 0 or more.
catalog-price-error-format = Enter an amount like 25 or 19.99.
catalog-price-error-order = The minimum is above the maximum.

# Sort menu. Relevance is "Best match" when searching, "Featured" otherwise.
catalog-sort-label = Sort by
catalog-sort-best-match = Best match
catalog-sort-featured = Featured
catalog-sort-price-asc = Price, low to high
catalog-sort-price-desc = Price, high to low
catalog-sort-newest = Newest
catalog-sort-name = Name, A to Z

# Pagination. In catalog-page-number, $page stands for the page number, which is shown on screen; the words around it are read by screen readers.
catalog-pages = Pages
catalog-previous = Previous
catalog-next = Next
catalog-page-number = Page { $page }

# Search box and its suggestions
catalog-search-label = Search products
catalog-search-suggestions = Search suggestions
catalog-search-announce = { $count ->
    [one] { $count } suggestion. Use the arrow keys to choose.
   *[other] { $count } suggestions. Use the arrow keys to choose.
}
# A suggested category for the search ("In Tees").
catalog-search-in-category = In { $category }
catalog-search-results = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
catalog-search-see-all = See all results for “{ $query }”

# Product cards
catalog-sold-out = Sold out
catalog-sale = Sale
# How many colours a product comes in (the list of colour dots).
catalog-colours = { $count ->
    [one] { $count } colour
   *[other] { $count } colours
}

# Product page
catalog-product-load-error = This product could not be loaded
catalog-breadcrumb = Breadcrumb
catalog-breadcrumb-shop = Shop
catalog-sku = SKU { $sku }
# Heading over other products of the same category.
catalog-related-title = More from { $category }

# Gallery
catalog-gallery-previous = Previous image
catalog-gallery-next = Next image
catalog-gallery-counter = Image { $current } of { $total }
catalog-gallery-thumbs = Product images
# A thumbnail button; $alt describes the image.
catalog-gallery-show = Show image { $number }: { $alt }

# Stock of the chosen variant
catalog-stock-in = In stock
catalog-stock-low = Only { $count } left
catalog-stock-out = Out of stock

# Variant picker. The legend is the option's name and the picked value, the value in bold ("Colour: Navy").
catalog-option-legend = { $option }: { $value }
# Why a value can't be picked; shown after the value and a dash ("M — sold out").
catalog-value-sold-out = sold out
catalog-value-missing = not available in this combination

# Back-in-stock form under a sold-out variant
catalog-restock-label = Email me when it's back
catalog-restock-submit = Notify me
catalog-restock-hint = One email when this is back in stock. Nothing else.
catalog-restock-invalid-email = Enter an email address like name@example.com.
