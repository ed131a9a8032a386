# Vitrine common
common-language = اللغة

# Header and footer
common-categories = الفئات
common-shop-all = كل المنتجات
common-track-order = تتبّع طلبًا
common-powered-by = مدعوم من Vitrine
common-skip-to-content = الانتقال إلى المحتوى
common-skip-to-results = الانتقال إلى النتائج

# The not-found page. $what is the kind of thing that was not found: product, order or (any other word) page.
common-not-found-title = غير موجود
common-not-found-heading = { $what ->
    [product] هذا المنتج غير موجود
    [order] هذا الطلب غير موجود
    [return] طلب الإرجاع هذا غير موجود
   *[other] هذه الصفحة غير موجودة
}
common-not-found-body = ربما تغيّر الرابط أو نفد المنتج نهائيًا. تجد كل ما نقدّمه في المتجر.
common-browse-all = تصفّح كل المنتجات

# Shared components
common-try-again = إعادة المحاولة
common-page-failed = تعذّر تحميل هذه الصفحة.
# Before the lowest price of a product whose variants cost different amounts ("From $20.00"); a space follows.
common-price-from = ابتداءً من
# Read by screen readers before the struck-through former price ("Was $30.00"); a space follows.
common-price-was = بدلًا من
common-loading-products = جارٍ تحميل المنتجات…
common-loading-product = جارٍ تحميل المنتج…
# Read by screen readers after a finished step of a progress list; a space comes before it.
common-step-completed = (مكتملة)

# Errors talking to the shop
common-error-network = تعذّر الوصول إلى المتجر. يُرجى التحقق من اتصالك والمحاولة مرة أخرى.
common-error-decode = أرسل المتجر ردًّا تعذّرت قراءته. يُرجى إعادة تحميل الصفحة.
# $status is the HTTP status code, e.g. 500.
common-error-status = ردّ المتجر بخطأ ({ $status }). يُرجى المحاولة مرة أخرى.

# The cart's announcements, read by screen readers
common-cart-restored = عادت سلة التسوق المحفوظة.
# $title is the product; $quantity how many were added. Followed by common-cart-items.
common-cart-added = { $quantity ->
    [1] تمت إضافة { $title } إلى سلة التسوق.
   *[other] تمت إضافة { $quantity } × { $title } إلى سلة التسوق.
}
# How many items the cart now holds.
common-cart-items = { $count ->
    [zero] لا توجد منتجات في السلة.
    [one] منتج واحد في السلة.
    [two] منتجان في السلة.
    [few] { $count } منتجات في السلة.
    [many] { $count } منتجًا في السلة.
   *[other] { $count } منتج في السلة.
}
common-cart-changed-elsewhere = تغيّرت سلة التسوق في علامة تبويب أخرى. تُعرض الآن أحدث نسخة منها.
common-cart-quantity-updated = تم تحديث الكمية إلى { $quantity }.
common-cart-removed = تمت إزالة { $title } من سلة التسوق.
common-cart-discount-applied = تم تطبيق رمز الخصم { $code }.
common-cart-discount-removed = تمت إزالة رمز الخصم.

## Embedded widgets (src/embed): the shop's products and cart on another site.
common-embed-not-connected = هذا الموقع غير مرتبط بالمتجر.
common-embed-not-connected-hint = يمكن لمالك المتجر ربطه بإضافة عنوان هذا الموقع إلى المصادر المسموح بها في المتجر.
common-embed-unreachable = تعذّر الوصول إلى المتجر.
common-embed-unreachable-hint = تحقّق من اتصالك وأعد تحميل الصفحة.
common-embed-no-handle = لم يُختر منتج لهذا المكان.
common-embed-product-missing = هذا المنتج لم يعد متاحًا.
common-embed-product-failed = تعذّر تحميل المنتج.
common-embed-grid-empty = لا توجد منتجات لعرضها هنا بعد.
common-embed-overlay-title = الدفع
common-embed-overlay-close = إغلاق الدفع
common-embed-overlay-frame = نموذج الطلب
common-embed-not-ready = لا يزال المتجر قيد التحميل. حاول مرة أخرى بعد لحظة.
