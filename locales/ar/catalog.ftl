# Vitrine catalog

# Listing: search results, category pages, "shop all"
catalog-results-for = نتائج البحث عن «{ $query }»
# Shown when the search found nothing as typed and searched a corrected spelling; $query (the corrected text) is shown in bold.
catalog-corrected = لا توجد نتائج مطابقة تمامًا، لذا نعرض نتائج «{ $query }».
catalog-count = { $count ->
    [zero] لا توجد منتجات
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}
catalog-bad-link-title = بعض عوامل التصفية في هذا الرابط لا تعمل
catalog-show-all = عرض كل المنتجات
catalog-filters = عوامل التصفية
catalog-close-filters = إغلاق عوامل التصفية
# The button that closes the filters on small screens.
catalog-show-count = { $count ->
    [zero] عرض { $count } منتج
    [one] عرض منتج واحد
    [two] عرض منتجين
    [few] عرض { $count } منتجات
    [many] عرض { $count } منتجًا
   *[other] عرض { $count } منتج
}
catalog-load-error = تعذّر تحميل المنتجات
catalog-no-results = لا توجد نتائج عن «{ $query }»
catalog-no-match = لا توجد منتجات تطابق عوامل التصفية هذه
catalog-no-results-hint-filtered = جرّب إزالة أحد عوامل التصفية، أو ابحث عن شيء أعمّ.
catalog-no-results-hint-search = تحقّق من الإملاء، أو جرّب كلمة أعمّ، أو تصفّح كل المنتجات.
catalog-no-match-hint = أزِل أحد عوامل التصفية لعرض المزيد.
catalog-clear-filters = مسح كل عوامل التصفية

# Active filters, each a removable chip
catalog-active-filters = عوامل التصفية النشطة
# A filter's name and the chosen value ("Size: M").
catalog-filter-chip = { $facet }: { $value }
# $min and $max are prices, already written with their currency.
catalog-filter-price-range = السعر: { $min } – { $max }
catalog-filter-price-from = السعر: من { $min }
catalog-filter-price-to = السعر: حتى { $max }
catalog-filter-in-stock = المتوفر فقط
# Read by screen readers before a chip's label ("Remove filter Size: M"); a space follows.
catalog-remove-filter = إزالة عامل التصفية
catalog-clear-all = مسح الكل

# Facets. $shown stands for the number, which is shown on screen; the words around it are read by screen readers. $count chooses the form.
catalog-facet-count = { $count ->
    [zero] { $shown } منتج
    [one] { $shown } منتج
    [two] { $shown } منتج
    [few] { $shown } منتجات
    [many] { $shown } منتجًا
   *[other] { $shown } منتج
}

# Price filter. The amounts are read with a point for decimals (19.99).
catalog-price = السعر
catalog-price-min = الحد الأدنى
catalog-price-max = الحد الأقصى
catalog-price-apply = تطبيق
catalog-price-error-negative = يُرجى إدخال مبلغ يساوي 0 أو أكثر.
catalog-price-error-format = يُرجى إدخال مبلغ مثل 25 أو 19.99.
catalog-price-error-order = الحد الأدنى أعلى من الحد الأقصى.

# Sort menu. Relevance is "Best match" when searching, "Featured" otherwise.
catalog-sort-label = الترتيب حسب
catalog-sort-best-match = الأكثر صلة
catalog-sort-featured = المميّزة
catalog-sort-price-asc = السعر: من الأقل إلى الأعلى
catalog-sort-price-desc = السعر: من الأعلى إلى الأقل
catalog-sort-newest = الأحدث
catalog-sort-name = الاسم، من أ إلى ي

# Pagination. In catalog-page-number, $page stands for the page number, which is shown on screen; the words around it are read by screen readers.
catalog-pages = الصفحات
catalog-previous = السابق
catalog-next = التالي
catalog-page-number = الصفحة { $page }

# Search box and its suggestions
catalog-search-label = البحث في المنتجات
catalog-search-suggestions = اقتراحات البحث
catalog-search-announce = { $count ->
    [zero] لا توجد اقتراحات.
    [one] اقتراح واحد. استخدم مفاتيح الأسهم للاختيار.
    [two] اقتراحان. استخدم مفاتيح الأسهم للاختيار.
    [few] { $count } اقتراحات. استخدم مفاتيح الأسهم للاختيار.
    [many] { $count } اقتراحًا. استخدم مفاتيح الأسهم للاختيار.
   *[other] { $count } اقتراح. استخدم مفاتيح الأسهم للاختيار.
}
# A suggested category for the search ("In Tees").
catalog-search-in-category = في { $category }
catalog-search-results = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
catalog-search-see-all = عرض كل نتائج «{ $query }»

# Product cards
catalog-sold-out = نفدت الكمية
catalog-sale = تخفيض
# How many colours a product comes in (the list of colour dots).
catalog-colours = { $count ->
    [zero] بلا ألوان
    [one] لون واحد
    [two] لونان
    [few] { $count } ألوان
    [many] { $count } لونًا
   *[other] { $count } لون
}

# Product page
catalog-product-load-error = تعذّر تحميل هذا المنتج
catalog-breadcrumb = مسار التنقل
catalog-breadcrumb-shop = المتجر
catalog-sku = رمز المنتج { $sku }
# Heading over other products of the same category.
catalog-related-title = المزيد من { $category }

# Gallery
catalog-gallery-previous = الصورة السابقة
catalog-gallery-next = الصورة التالية
catalog-gallery-counter = الصورة { $current } من { $total }
catalog-gallery-thumbs = صور المنتج
# A thumbnail button; $alt describes the image.
catalog-gallery-show = عرض الصورة { $number }: { $alt }

# Stock of the chosen variant
catalog-stock-in = متوفر
catalog-stock-low = { $count ->
    [one] بقيت قطعة واحدة فقط
    [two] بقيت قطعتان فقط
    [few] بقيت { $count } قطع فقط
    [many] بقيت { $count } قطعة فقط
   *[other] بقيت { $count } قطعة فقط
}
catalog-stock-out = غير متوفر

# Variant picker. The legend is the option's name and the picked value, the value in bold ("Colour: Navy").
catalog-option-legend = { $option }: { $value }
# Why a value can't be picked; shown after the value and a dash ("M — sold out").
catalog-value-sold-out = نفدت الكمية
catalog-value-missing = غير متوفر بهذه التركيبة

# Back-in-stock form under a sold-out variant
catalog-restock-label = أبلغوني بالبريد الإلكتروني عند توفّره
catalog-restock-submit = أبلغوني
catalog-restock-hint = رسالة واحدة فقط عند توفّره من جديد، ولا شيء غير ذلك.
catalog-restock-invalid-email = يُرجى إدخال بريد إلكتروني مثل name@example.com.
