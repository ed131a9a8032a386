# Vitrine theme

## Theme editor: page and messages
theme-title = المظهر
theme-lede = اختر شكل المتجر. تعرض المعاينة صفحاته أثناء تعديلك، ولن يتغيّر شيء لدى العملاء حتى تطبّق المظهر.
theme-settings-label = إعدادات المظهر
# $error is the API's or the network's error, as it reads.
theme-load-failed = تعذّر تحميل المظهر المحفوظ ({ $error })؛ أنت تعدّل المظهر الافتراضي.
theme-contrast-failing = { $count ->
    [zero] لا توجد اختيارات تخالف تباين WCAG AA.
    [one] اختيار واحد لا يستوفي تباين WCAG AA: يُرجى تصحيحه (مُعلَّم أدناه) قبل التطبيق.
    [two] اختياران لا يستوفيان تباين WCAG AA: يُرجى تصحيحهما (مُعلَّمان أدناه) قبل التطبيق.
    [few] { $count } اختيارات لا تستوفي تباين WCAG AA: يُرجى تصحيحها (مُعلَّمة أدناه) قبل التطبيق.
    [many] { $count } اختيارًا لا يستوفي تباين WCAG AA: يُرجى تصحيحها (مُعلَّمة أدناه) قبل التطبيق.
   *[other] { $count } اختيار لا يستوفي تباين WCAG AA: يُرجى تصحيحها (مُعلَّمة أدناه) قبل التطبيق.
}
theme-applied = تم التطبيق: تستخدم الآن جميع صفحات المتجر وصفحة الدفع والرسائل الإلكترونية الجديدة هذا المظهر.
# Announced to screen readers.
theme-applied-notice = تم تطبيق المظهر على المتجر.
theme-not-applied = لم يُطبَّق: { $error }

## Presets
theme-preset-legend = القالب
theme-preset-hint = يؤدي اختيار قالب إلى البدء من جديد انطلاقًا منه.
theme-preset-auto = تلقائي
theme-preset-auto-words = فاتح أو داكن حسب إعداد نظام العميل
theme-preset-light = فاتح
theme-preset-light-words = المظهر الافتراضي، فاتح دائمًا
theme-preset-dark = داكن
theme-preset-dark-words = المظهر الافتراضي، داكن دائمًا
theme-preset-boutique = بوتيك
theme-preset-boutique-words = خط مذيّل دافئ: كريمي وإسبريسو وعنابي
theme-preset-street = حضري
theme-preset-street-words = جريء وعالي التباين، بزوايا حادة
theme-preset-calm = هادئ
theme-preset-calm-words = ألوان الحجر والمريمية، زوايا ناعمة، مساحات رحبة

## Colours: each token's name and what it paints
theme-colours-legend = الألوان
theme-colours-hint = لكل لون جانب فاتح وآخر داكن: يرى العملاء الذين يستخدمون الوضع الداكن في أنظمتهم الجانبَ الداكن.
theme-colour-accent = لون التمييز
theme-colour-accent-what = الأزرار والروابط والخطوة الحالية
theme-colour-accent-hover = لون التمييز عند التمرير
theme-colour-accent-hover-what = الأزرار الواقعة تحت المؤشر
theme-colour-accent-text = النص على لون التمييز
theme-colour-accent-text-what = تسميات الأزرار بلون التمييز
theme-colour-bg = الصفحة
theme-colour-bg-what = خلف كل العناصر
theme-colour-surface = الأسطح
theme-colour-surface-what = البطاقات وحقول الإدخال ولوحة السلة
theme-colour-surface-muted = الأسطح الهادئة
theme-colour-surface-muted-what = خلفيات الصور وتذييل الصفحة
theme-colour-text = النص
theme-colour-text-what = نص المحتوى والعناوين
theme-colour-text-muted = النص الثانوي
theme-colour-text-muted-what = التلميحات والفئات والتسميات
theme-colour-border-strong = الحدود
theme-colour-border-strong-what = حقول الإدخال والأزرار الثانوية
theme-colour-sale = التخفيضات
theme-colour-sale-what = أسعار التخفيضات وشاراتها
theme-colour-danger = الأخطاء
theme-colour-danger-what = أخطاء الحقول والتحذيرات
theme-colour-focus = إطار التركيز
theme-colour-focus-what = الإطار الذي يظهر عند التنقل بلوحة المفاتيح
# A colour picker's label; $label is the colour's name above ("Accent").
theme-colour-light-side = { $label }، فاتح
theme-colour-dark-side = { $label }، داكن

## Type
theme-type-legend = الخطوط
theme-font-body = خط النص
theme-font-heading = خط العناوين
theme-font-same-as-body = مثل خط النص
theme-font-preset = خط القالب
theme-font-system-sans = خط النظام بلا زوائد
theme-font-humanist-sans = خط إنساني بلا زوائد
theme-font-transitional-serif = خط انتقالي مذيّل
theme-font-old-style-serif = خط مذيّل كلاسيكي
theme-font-heavy-grotesque = خط غروتسك عريض
theme-font-monospace = خط ثابت العرض
theme-density = الكثافة
theme-density-compact = مضغوطة
theme-density-regular = عادية
theme-density-comfortable = مريحة

## Shape and space
theme-shape-legend = الشكل والمسافات
theme-corner-radius = استدارة الزوايا
# The corner radius slider's value in pixels.
theme-radius-value = { $px } بكسل
theme-buttons = الأزرار
theme-shape-square = مربعة
theme-shape-rounded = مستديرة الزوايا
theme-shape-pill = كبسولة
theme-spacing = المسافات
theme-spacing-tight = ضيقة
theme-spacing-regular = عادية
theme-spacing-roomy = واسعة
theme-spacing-spacious = فسيحة

## Actions
theme-changes-pending = لم تُطبَّق التغييرات بعد.
theme-changes-none = هذا ما يستخدمه المتجر حاليًا.
theme-applying = جارٍ التطبيق…
theme-apply = تطبيق على المتجر
theme-undo = تراجع عن التغييرات
theme-download = تنزيل theme.json
theme-css-label = CSS للّصق
theme-css-hint = لصفحة لا يُنشئها خادم المتجر: أضِفه بعد أنماط Vitrine.

## Preview
theme-preview-title = المعاينة
theme-preview-in = المعاينة في الوضع
theme-preview-light = فاتح
theme-preview-dark = داكن
theme-preview-forced = يعتمد هذا القالب نظام ألوان واحدًا دائمًا، وتعرضه المعاينة.
theme-preview-follows-system = يرى العملاء الوضع الفاتح أو الداكن حسب إعداد أنظمتهم.
# Follows one of the two sentences above, after a space.
theme-preview-picture = المعاينة صورة فقط: لا تستجيب للنقرات.
theme-pane-catalog = الكتالوج
theme-pane-product = المنتج
theme-pane-cart-drawer = لوحة السلة
theme-pane-checkout-payment = إتمام الشراء: الدفع
theme-pane-order = حالة الطلب وتتبّعه
theme-pane-return = نموذج الإرجاع
theme-preview-no-order = لا يوجد طلب مُسلَّم بعد: ستظهر هنا صفحة الطلب والتتبّع بمجرد تسليم أحد الطلبات.
theme-preview-no-return = لا يوجد طلب قابل للإرجاع بعد: سيظهر هنا نموذج الإرجاع بمجرد تسليم أحد الطلبات.

## Preview: the sample storefront's fixed texts
theme-sample-add-to-cart = أضف إلى السلة
theme-sample-cart-title = { $count ->
    [zero] سلة التسوق
    [one] سلة التسوق (منتج واحد)
    [two] سلة التسوق (منتجان)
    [few] سلة التسوق ({ $count } منتجات)
    [many] سلة التسوق ({ $count } منتجًا)
   *[other] سلة التسوق ({ $count } منتج)
}
theme-sample-subtotal = المجموع الفرعي
theme-sample-total = الإجمالي
theme-sample-check-out = إتمام الشراء
theme-sample-view-cart = عرض السلة
theme-sample-card-incomplete = رقم بطاقتك غير مكتمل.
theme-sample-payment = الدفع
theme-sample-pay-now = ادفع الآن
# $number is the order's number, like 1042.
theme-sample-order-title = الطلب { $number }
