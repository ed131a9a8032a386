# Vitrine cart

## Cart drawer and page
cart-title = سلة التسوق
cart-drawer-title = { $count ->
    [zero] سلة التسوق
    [one] سلة التسوق (منتج واحد)
    [two] سلة التسوق (منتجان)
    [few] سلة التسوق ({ $count } منتجات)
    [many] سلة التسوق ({ $count } منتجًا)
   *[other] سلة التسوق ({ $count } منتج)
}
cart-drawer-close = إغلاق سلة التسوق
cart-drawer-failed = تعذّر عرض سلة التسوق.
cart-empty-title = سلة التسوق فارغة
cart-empty-body = اعثر على ما يعجبك، وسيبقى هنا بانتظارك حتى لو أغلقت علامة التبويب.
cart-continue-shopping = متابعة التسوق
cart-start-shopping = ابدأ التسوق
cart-check-out = إتمام الشراء
cart-view-cart = عرض السلة
# The browser tab's title; $shop is the shop's name.
cart-page-title = سلة التسوق · { $shop }
cart-blocked = بعض المنتجات تحتاج إلى مراجعتك قبل أن تتمكن من إتمام الشراء.
cart-summary-label = ملخص الطلب
cart-summary-title = الملخص
cart-tax-included-note = الأسعار شاملة الضريبة.
cart-tax-added-note = تُضاف الضريبة حسب بلد الشحن.

## Header cart button (screen readers)
cart-button-label = { $count ->
    [zero] سلة التسوق، { $count } منتج
    [one] سلة التسوق، { $count } منتج
    [two] سلة التسوق، { $count } منتج
    [few] سلة التسوق، { $count } منتجات
    [many] سلة التسوق، { $count } منتجًا
   *[other] سلة التسوق، { $count } منتج
}

## Add to cart
# Announced after adding; $count is how many were added.
cart-added = { $count ->
    [zero] لم تُضف أي قطعة إلى سلة التسوق.
    [one] أُضيف إلى سلة التسوق.
    [two] أُضيفت قطعتان إلى سلة التسوق.
    [few] أُضيفت { $count } قطع إلى سلة التسوق.
    [many] أُضيفت { $count } قطعةً إلى سلة التسوق.
   *[other] أُضيفت { $count } قطعة إلى سلة التسوق.
}
cart-add-adding = جارٍ الإضافة…
cart-add-unavailable = غير متوفر
cart-add-sold-out = نفدت الكمية
cart-add-button = أضف إلى السلة
cart-quick-add-label = أضف { $title } إلى السلة
cart-quick-add-done = تمت الإضافة ✓

## Cart lines
# $price is the price of one unit.
cart-line-each = { $price } للقطعة
cart-line-remove-label = إزالة { $title } من السلة
cart-remove = إزالة
# Accepts a changed price.
cart-line-accept-price = موافق
# Lowers the quantity to the units still in stock.
cart-line-lower-to-stock = خفّض إلى الكمية المتبقية

## Quantity stepper; $title is the product's name
cart-quantity-label = كمية { $title }
cart-quantity-decrease = إنقاص كمية { $title }
cart-quantity-increase = زيادة كمية { $title }

## Totals
cart-totals-subtotal = المجموع الفرعي
cart-totals-discount = الخصم ({ $code })
cart-totals-shipping = الشحن
# $rate is the shipping rate's name ("Standard").
cart-totals-shipping-free = مجاني ({ $rate })
cart-totals-shipping-rate = { $price } ({ $rate })
cart-totals-shipping-unknown = أدخل بلدك
cart-totals-tax = الضريبة
cart-totals-tax-later = تُحسب عند إتمام الشراء
# $amount is the tax contained in the prices.
cart-totals-tax-included = شاملة { $amount }
cart-totals-total = الإجمالي

## Discount code
cart-discount-label = رمز الخصم
cart-discount-remove-label = إزالة رمز الخصم { $code }
cart-discount-empty = أدخل رمز الخصم.
cart-discount-applying = جارٍ التطبيق…
cart-discount-apply = تطبيق

## Shipping estimate
cart-estimate-ship-to = الشحن إلى
cart-estimate-choose-country = اختر البلد
# First choice of the region list; $region is the kind of region ("state", "province").
cart-estimate-choose-region = اختر { $region }

## Undo after removing a line
cart-undo-removed = تمت إزالة { $title }.
cart-undo-label = تراجع: أعد { $title } إلى سلة التسوق
cart-undo = تراجع
