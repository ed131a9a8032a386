# Vitrine console

## الإطار: الترويسة والتنقل وتسجيل الدخول
console-skip-to-content = الانتقال إلى المحتوى
console-brand = لوحة تحكم { $shop }
console-nav-label = لوحة التحكم
console-nav-orders = الطلبات
console-nav-inventory = المخزون
console-nav-metrics = المؤشرات
console-nav-alerts = التنبيهات
console-nav-alerts-open = { $count ->
    [one] {" "}مفتوح
    [two] {" "}مفتوحان
    [few] {" "}مفتوحة
    [many] {" "}مفتوحًا
   *[other] {" "}مفتوح
}
console-nav-theme = المظهر
console-view-shop = عرض المتجر
console-sign-out = تسجيل الخروج
console-signed-out = تم تسجيل الخروج.
console-signed-in = تم تسجيل الدخول.
console-signin-title = تسجيل الدخول إلى لوحة التحكم
console-signin-lede = الطلبات والمخزون والأرقام الأسبوعية. يُرجى استخدام مفتاح مسؤول أُنشئ بالأمر { $command }.
console-signin-key-label = مفتاح المسؤول
console-signin-key-hint = يُحفظ في علامة التبويب هذه فقط، وإغلاقها يسجّل خروجك.
console-signin-key-missing = يُرجى إدخال مفتاح المسؤول.
console-signin-key-invalid = هذا المفتاح غير صالح أو أُلغي. يُرجى التحقق منه والمحاولة مرة أخرى.
console-signin-checking = جارٍ التحقق…
console-signin-submit = تسجيل الدخول

## قوائم الطلبات
console-queue-title = الطلبات
console-queue-to-verify = بانتظار التحقق
console-queue-to-pack = بانتظار التجهيز
console-queue-late = متأخرة
console-queue-awaiting-payment = بانتظار الدفع
console-queue-shipped = مشحونة
console-queue-returns-waiting = مرتجعات معلّقة
console-queue-find-label = رقم الطلب
console-queue-find-placeholder = رقم الطلب، مثل VT-7QK2-9XH4
console-queue-find-submit = فتح
console-queue-tabs-label = قوائم العمل
console-queue-error = تعذّر تحميل القائمة
console-queue-empty = لا شيء في «{ $queue }» حاليًا.
console-queue-orders-label = { $count ->
    [zero] { $queue }: لا توجد طلبات
    [one] { $queue }: طلب واحد
    [two] { $queue }: طلبان
    [few] { $queue }: { $count } طلبات
    [many] { $queue }: { $count } طلبًا
   *[other] { $queue }: { $count } طلب
}
console-queue-orders-caption = { $count ->
    [zero] { $queue }: لا توجد طلبات
    [one] { $queue }: طلب واحد
    [two] { $queue }: طلبان، الأحدث أولًا
    [few] { $queue }: { $count } طلبات، الأحدث أولًا
    [many] { $queue }: { $count } طلبًا، الأحدث أولًا
   *[other] { $queue }: { $count } طلب، الأحدث أولًا
}
console-queue-col-order = الطلب
console-queue-col-placed = تاريخ الطلب
console-queue-col-customer = العميل
console-queue-col-items = القطع
console-queue-col-total = الإجمالي
console-queue-col-status = الحالة
console-queue-test-order = طلب تجريبي
console-queue-verified = {" "}· تم التحقق
console-queue-returns-empty = لا يوجد مرتجع بانتظارك.
console-queue-returns-label = مرتجعات معلّقة: { $count }
console-queue-returns-caption = مرتجعات معلّقة: { $count }، الأحدث أولًا
console-queue-col-return = المرتجع
console-queue-col-requested = تاريخ التقديم
console-queue-col-waiting-for = بانتظار
console-queue-waiting-photos = صور العميل
console-queue-waiting-approval = موافقتك
console-queue-waiting-refund = ردّ المبلغ أو منح رصيد

## صفحة الطلب
console-order-title = الطلب { $number }
console-order-back = → كل الطلبات
console-order-error = تعذّر تحميل الطلب
console-order-placed = {" "}· قُدّم في{" "}
console-order-parcels = الطرود
console-order-as-seen = الطلب
console-order-verified = تم التحقق من الطلب { $number }: أصبح جاهزًا للتجهيز.
console-check-title = قبل التجهيز
console-check-address-valid = العنوان صالح
console-check-stock-reserved = المخزون محجوز
console-check-payment-captured = تم تحصيل الدفعة
console-check-other = فحص
console-check-passed = : ناجح.{" "}
console-check-failed = : لم ينجح.{" "}
console-check-verify-and-pack = التحقق وبدء التجهيز
console-check-verify = تحقّق
console-ship-title = الشحن
console-ship-hint = يُشحن كل ما لم يُشحن بعد في طرد واحد، ويتلقى العميل رابط التتبع عبر البريد الإلكتروني.
console-ship-carrier = شركة الشحن
console-ship-tracking = رقم التتبع
console-ship-service = نوع الخدمة (اختياري)
console-ship-service-placeholder = عادي
console-ship-submit = إنشاء شحنة
console-ship-done = تم الشحن عبر { $carrier } برقم التتبع { $tracking }.
console-checkpoint-done = تمت إضافة نقطة تتبع: { $status }.
console-checkpoint-summary = إضافة نقطة تتبع إلى { $carrier } { $tracking }
console-checkpoint-status = الحالة
console-checkpoint-message = الرسالة
console-checkpoint-message-placeholder = وصلت إلى مركز الفرز لدى شركة الشحن
console-checkpoint-location = الموقع (اختياري)
console-checkpoint-location-placeholder = دبي
console-checkpoint-submit = إضافة نقطة تتبع
console-deliver-submit = تعليم كل الطرود كمُسلَّمة
console-deliver-done = تم تعليم الطلب { $number } كمُسلَّم.
console-cancel-title = الإلغاء
console-cancel-reason = السبب، ويظهر للعميل
console-cancel-reason-placeholder = نفد لدى المورّد
console-cancel-start = إلغاء الطلب…
console-cancel-confirm = هل تريد إلغاء { $number }؟ سيُعاد مخزونه وتُستردّ أي دفعة بالبطاقة.
console-cancel-yes = نعم، ألغِ الطلب
console-cancel-keep = الإبقاء عليه
console-cancel-done = تم إلغاء الطلب { $number }؛ أُعيد المخزون واستُردّت أي دفعة.
console-returns-title = المرتجعات
console-return-approve = الموافقة على { $rma }
console-return-receive = تعليم { $rma } كمُستلَم
console-return-refund = ردّ مبلغ { $rma }
console-return-approved = المرتجع { $rma }: تمت الموافقة، والملصق جاهز.
console-return-received = المرتجع { $rma }: تم الاستلام والفحص.
console-return-refunded = المرتجع { $rma }: تم ردّ المبلغ.
console-return-summary = { $count ->
    [zero] لا قطع · { $status }
    [one] قطعة واحدة · { $status }
    [two] قطعتان · { $status }
    [few] { $count } قطع · { $status }
    [many] { $count } قطعة · { $status }
   *[other] { $count } قطعة · { $status }
}
console-return-photos-needed = بانتظار صور العميل.
console-messages-title = الرسائل إلى العميل
console-messages-empty = لم تُكتب أي رسالة بريد إلكتروني بعد.
console-messages-to = إلى { $recipient } ·{" "}
console-messages-sent = {" "}· أُرسلت
console-messages-waiting = {" "}· بانتظار الإرسال

## المخزون
console-inventory-title = المخزون
console-inventory-view-all = الكل
console-inventory-view-reorder = عند حد إعادة الطلب أو دونه
console-inventory-view-out = نفد من المخزون
console-inventory-views-label = طرق عرض المخزون
console-inventory-export = تصدير CSV
console-inventory-exported = تم تصدير المخزون إلى الملف { $file }.
console-inventory-export-error = فشل التصدير
console-inventory-lead = مهلة التوريد (بالأيام)
console-inventory-safety = مخزون الأمان (بالأسابيع)
console-inventory-recompute = إعادة الحساب
console-inventory-rule = حد إعادة الطلب: متوسط المبيعات الأسبوعية خلال 8 أسابيع × (مهلة توريد { $lead } + مخزون أمان { $safety })، مقرّبًا إلى الأعلى.
console-inventory-rule-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
console-inventory-rule-weeks = { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}
console-inventory-error = تعذّر تحميل المخزون
console-inventory-status-out = نفد
console-inventory-status-low = يلزم الطلب
console-inventory-status-ok = جيد
console-inventory-empty = لا يوجد خيار في هذا العرض.
console-inventory-table-label = { $count ->
    [zero] المخزون: لا خيارات
    [one] المخزون: خيار واحد
    [two] المخزون: خياران
    [few] المخزون: { $count } خيارات
    [many] المخزون: { $count } خيارًا
   *[other] المخزون: { $count } خيار
}
console-inventory-table-caption = { $count ->
    [zero] مخزون بلا خيارات
    [one] مخزون خيار واحد
    [two] مخزون خيارين
    [few] مخزون { $count } خيارات
    [many] مخزون { $count } خيارًا
   *[other] مخزون { $count } خيار
}
console-inventory-col-variant = الخيار
console-inventory-col-on-hand = في المستودع
console-inventory-col-held = محجوز
console-inventory-col-available = متاح
console-inventory-col-weekly = المبيعات الأسبوعية (8 أسابيع)
console-inventory-col-cover = التغطية (بالأيام)
console-inventory-col-reorder-at = حد إعادة الطلب
console-inventory-col-status = الحالة
console-inventory-col-adjust = تعديل
console-inventory-adjust = تعديل
console-inventory-close = إغلاق
console-inventory-adjust-variant = تعديل { $name }
console-adjust-change = التغيير (+/−)
console-adjust-change-placeholder = 12 أو -3
console-adjust-not-a-number = يُرجى إدخال عدد صحيح: 12 للإضافة، و-3 للخصم.
console-adjust-zero = يُرجى إدخال تغيير غير 0.
console-adjust-done = تغيّر المخزون بمقدار { $change }: أصبح الآن { $stock }.
console-adjust-reason = السبب
console-adjust-reason-count = جرد المخزون
console-adjust-reason-delivery = توريد من المورّد
console-adjust-reason-damaged = تلف في المستودع
console-adjust-reason-returned = إرجاع إلى المورّد
console-adjust-submit = حفظ التغيير
console-ledger-error = تعذّر تحميل سجل الحركات
console-ledger-empty = لا توجد تغييرات يدوية بعد.
console-ledger-caption = سجل الحركات، الأحدث أولًا
console-ledger-col-when = التاريخ
console-ledger-col-change = التغيير
console-ledger-col-after = بعده
console-ledger-col-why = السبب
console-ledger-col-who = بواسطة

## المؤشرات
console-metrics-title = المؤشرات
console-metrics-periods-label = الفترات
console-metrics-last-7-days = آخر 7 أيام
console-metrics-last-30-days = آخر 30 يومًا
console-metrics-last-90-days = آخر 90 يومًا
console-metrics-last-12-months = آخر 12 شهرًا
console-metrics-from = من
console-metrics-to = إلى
console-metrics-show = عرض
console-metrics-error = تعذّر تحميل المؤشرات
console-metrics-range = من { $from } إلى { $to }
console-metrics-percent = { $value }%
console-metrics-days = { $days } يوم
console-metrics-hours = { $hours } ساعة
console-metrics-turns = { $turns }×
console-metrics-revenue = الإيرادات
console-metrics-revenue-note = { $count ->
    [zero] لا طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
console-metrics-aov = متوسط قيمة الطلب
console-metrics-conversion = معدل التحويل
console-metrics-conversion-note = { $count ->
    [zero] من أصل { $count } سلة فيها منتجات
    [one] من أصل سلة واحدة فيها منتجات
    [two] من أصل سلتين فيهما منتجات
    [few] من أصل { $count } سلال فيها منتجات
    [many] من أصل { $count } سلة فيها منتجات
   *[other] من أصل { $count } سلة فيها منتجات
}
console-metrics-abandonment = السلال المتروكة
console-metrics-abandonment-note = { $count ->
    [zero] لا سلال لم يُطلب منها
    [one] سلة واحدة لم يُطلب منها
    [two] سلتان لم يُطلب منهما
    [few] { $count } سلال لم يُطلب منها
    [many] { $count } سلة لم يُطلب منها
   *[other] { $count } سلة لم يُطلب منها
}
console-metrics-cycle-time = مدة معالجة الطلب
console-metrics-cycle-time-note = { $count ->
    [zero] الوسيط من بين { $count } طلب مشحون، من الطلب إلى الشحن؛ p90 { $p90 }
    [one] الوسيط من بين طلب واحد مشحون، من الطلب إلى الشحن؛ p90 { $p90 }
    [two] الوسيط من بين طلبين مشحونين، من الطلب إلى الشحن؛ p90 { $p90 }
    [few] الوسيط من بين { $count } طلبات مشحونة، من الطلب إلى الشحن؛ p90 { $p90 }
    [many] الوسيط من بين { $count } طلبًا مشحونًا، من الطلب إلى الشحن؛ p90 { $p90 }
   *[other] الوسيط من بين { $count } طلب مشحون، من الطلب إلى الشحن؛ p90 { $p90 }
}
console-metrics-turnover = معدل دوران المخزون
console-metrics-turnover-note = { $count ->
    [zero] لم تُبع أي وحدة
    [one] وحدة واحدة مبيعة
    [two] وحدتان مبيعتان
    [few] { $count } وحدات مبيعة
    [many] { $count } وحدة مبيعة
   *[other] { $count } وحدة مبيعة
}
console-metrics-return-rate = معدل الإرجاع
console-metrics-return-rate-note = { $count ->
    [zero] { $returned } من أصل { $count } وحدة
    [one] { $returned } من أصل وحدة واحدة
    [two] { $returned } من أصل وحدتين
    [few] { $returned } من أصل { $count } وحدات
    [many] { $returned } من أصل { $count } وحدة
   *[other] { $returned } من أصل { $count } وحدة
}
console-metrics-refund-time = مدة ردّ المبلغ
console-metrics-refund-time-note = الوسيط؛ { $share } خلال يومَي عمل
console-metrics-refund-time-none = لا عمليات ردّ مبالغ في هذه الفترة
console-metrics-ltv = القيمة الدائمة للعميل
console-metrics-ltv-note = المتوسط، لعملاء هذه الفترة
console-metrics-bar-revenue = { $count ->
    [zero] { $money } · لا طلبات
    [one] { $money } · طلب واحد
    [two] { $money } · طلبان
    [few] { $money } · { $count } طلبات
    [many] { $money } · { $count } طلبًا
   *[other] { $money } · { $count } طلب
}
console-metrics-bar-product = { $rate } ({ $returned } من { $count })
console-metrics-bar-reason = { $count ->
    [zero] { $share } ({ $count } وحدة)
    [one] { $share } (وحدة واحدة)
    [two] { $share } (وحدتان)
    [few] { $share } ({ $count } وحدات)
    [many] { $share } ({ $count } وحدة)
   *[other] { $share } ({ $count } وحدة)
}
console-metrics-revenue-by-day = الإيرادات حسب اليوم
console-metrics-col-day = اليوم
console-metrics-returns-by-product = معدل الإرجاع حسب المنتج
console-metrics-returns-by-product-top = معدل الإرجاع حسب المنتج (أعلى 10)
console-metrics-col-product = المنتج
console-metrics-returns-by-reason = المرتجعات حسب السبب
console-metrics-col-share = نسبة الوحدات المرتجعة
console-metrics-col-reason = السبب
console-metrics-customers-by-ltv = العملاء حسب القيمة الدائمة
console-metrics-customers-by-ltv-top = العملاء حسب القيمة الدائمة (أعلى 10)
console-metrics-col-ltv = القيمة الدائمة
console-metrics-col-customer = العميل

## الرسوم البيانية
console-chart-empty = لا شيء في هذه الفترة.
console-chart-summary = { $count ->
    [zero] لا أعمدة؛ الأعلى { $value } ({ $label }). يعرض الجدول المجاور جميع القيم.
    [one] عمود واحد؛ الأعلى { $value } ({ $label }). يعرض الجدول المجاور جميع القيم.
    [two] عمودان؛ الأعلى { $value } ({ $label }). يعرض الجدول المجاور جميع القيم.
    [few] { $count } أعمدة؛ الأعلى { $value } ({ $label }). يعرض الجدول المجاور جميع القيم.
    [many] { $count } عمودًا؛ الأعلى { $value } ({ $label }). يعرض الجدول المجاور جميع القيم.
   *[other] { $count } عمود؛ الأعلى { $value } ({ $label }). يعرض الجدول المجاور جميع القيم.
}
console-chart-table-label = { $title } في جدول

## التنبيهات
console-alerts-title = التنبيهات
console-alerts-views-label = طرق عرض التنبيهات
console-alerts-view-open = المفتوحة
console-alerts-view-resolved = المحلولة
console-alerts-view-all = الكل
console-alerts-empty = لا شيء يتطلب انتباهك هنا.
console-alerts-error = تعذّر تحميل التنبيهات
console-alerts-resolved-done = تم حل التنبيه: { $title }.
console-alerts-raised = صدر في{" "}
console-alerts-resolved-cleared = {" "}· تم الحل: زال السبب
console-alerts-resolved-by = {" "}· حلّه { $name }
console-alerts-resolved = {" "}· تم الحل
console-alerts-go = الانتقال إليه
console-alerts-about = : { $title }
console-alerts-resolve = حلّ
