# Vitrine core: statuses, address fields and their checks, cart and return problems.

# Operator alert rules
core-alert-stock-out = نفد من المخزون
core-alert-stock-low = حان وقت إعادة الطلب
core-alert-return-rate = ارتفاع حاد في المرتجعات
core-alert-late-shipment = تأخر في الشحن
core-alert-decline-spike = ارتفاع حاد في رفض البطاقات

# Payment methods
core-payment-card = بطاقة
core-payment-bank-transfer = تحويل بنكي
core-payment-cash-on-delivery = الدفع عند الاستلام
core-payment-invoice = فاتورة

# Order statuses
core-order-pending-payment = في انتظار تأكيد الدفع
core-order-awaiting-payment = في انتظار دفعتك
core-order-confirmed = مؤكَّد
core-order-processing = قيد التجهيز
core-order-partially-shipped = شُحن جزئيًا
core-order-shipped = تم الشحن
core-order-out-for-delivery = خرج للتوصيل
core-order-delivered = تم التوصيل
core-order-exception = مشكلة في التوصيل
core-order-canceled = ملغى

# Product query problems (each follows the parameter's name)
core-query-invalid = استعلام المنتجات غير صالح.
core-query-repeated = مذكور أكثر من مرة
core-query-text-too-long = يجب ألا يزيد على { $max } حرفًا
core-query-sort-one-of = يجب أن يكون إحدى القيم التالية: { $choices }
core-query-price-negative = يجب ألا يكون سالبًا
core-query-price-too-large = كبير جدًا
core-query-price-not-decimal = يجب أن يكون مبلغًا عشريًا مثل 25 أو 19.99 ({ $problem })
core-query-in-stock-bool = يجب أن تكون القيمة true أو false
core-query-category-invalid = { $value } ليس معرّف فئة صالحًا
core-query-option-name = يتطلب اسم خيار، مثل option.size
core-query-option-value = يتطلب قيمة من 1 إلى 100 حرف
core-query-unknown-parameter = معامل غير معروف { $name }
core-query-too-many-filters = { $max } قيمة تصفية كحد أقصى في المرة الواحدة
core-query-price-min-above-max = يجب ألا يتجاوز price_max
core-query-whole-number = يجب أن يكون عددًا صحيحًا من { $min } إلى { $max }

# Stock
core-stock-in-stock = متوفر
core-stock-low = { $count ->
    [zero] لم يتبقَّ أي منتج
    [one] تبقّت قطعة واحدة فقط
    [two] تبقّت قطعتان فقط
    [few] تبقّت { $count } قطع فقط
    [many] تبقّت { $count } قطعة فقط
   *[other] تبقّت { $count } قطعة فقط
}
core-stock-out-of-stock = نفد من المخزون
core-option-sold-out = نفد
core-option-unavailable = غير متوفر بهذه التركيبة
core-stock-change-too-large = هذا التغيير كبير جدًا.
core-stock-change-zero = غيِّر المخزون بوحدة واحدة على الأقل.
core-stock-below-zero = { $count ->
    [zero] لا توجد أي وحدة في المخزون: لا يمكن أن يقل المخزون عن الصفر.
    [one] توجد وحدة واحدة فقط في المخزون: لا يمكن أن يقل المخزون عن الصفر.
    [two] توجد وحدتان فقط في المخزون: لا يمكن أن يقل المخزون عن الصفر.
    [few] توجد { $count } وحدات فقط في المخزون: لا يمكن أن يقل المخزون عن الصفر.
    [many] توجد { $count } وحدة فقط في المخزون: لا يمكن أن يقل المخزون عن الصفر.
   *[other] توجد { $count } وحدة فقط في المخزون: لا يمكن أن يقل المخزون عن الصفر.
}
core-stock-reserved = { $count ->
    [zero] لا توجد وحدات محجوزة لطلبات بانتظار الدفع.
    [one] وحدة واحدة محجوزة لطلبات بانتظار الدفع: احتفظ بهذا العدد على الأقل.
    [two] وحدتان محجوزتان لطلبات بانتظار الدفع: احتفظ بهذا العدد على الأقل.
    [few] { $count } وحدات محجوزة لطلبات بانتظار الدفع: احتفظ بهذا العدد على الأقل.
    [many] { $count } وحدة محجوزة لطلبات بانتظار الدفع: احتفظ بهذا العدد على الأقل.
   *[other] { $count } وحدة محجوزة لطلبات بانتظار الدفع: احتفظ بهذا العدد على الأقل.
}

# Card form
core-card-unknown-brand = بطاقة
core-card-ending = { $brand } المنتهية بـ { $last4 }
core-card-number-missing = أدخل رقم بطاقتك.
core-card-number-digits = يتكون رقم البطاقة من أرقام فقط.
core-card-number-incomplete = رقم بطاقتك غير مكتمل.
core-card-number-invalid = رقم بطاقتك غير صالح. تحقّق من عدم وجود أخطاء في الكتابة.
core-card-expiry-missing = أدخل تاريخ انتهاء الصلاحية.
core-card-expiry-format = أدخل تاريخ انتهاء الصلاحية بالصيغة MM/YY.
core-card-expiry-month = يجب أن يكون شهر انتهاء الصلاحية بين 01 و12.
core-card-expired = انتهت صلاحية بطاقتك.
core-card-expiry-too-far = سنة انتهاء الصلاحية بعيدة جدًا في المستقبل.
core-card-cvc-missing = أدخل رمز الأمان.
core-card-cvc-front = رمز الأمان هو الأرقام الأربعة الموجودة على وجه البطاقة.
core-card-cvc-back = رمز الأمان هو الأرقام الثلاثة الموجودة على ظهر البطاقة.

# Card declines
core-decline-generic = رُفضت بطاقتك ولم يوضّح البنك السبب: جرّب بطاقة أو وسيلة دفع أخرى، أو اتصل بالبنك.
core-decline-insufficient-funds = رصيد بطاقتك غير كافٍ. جرّب بطاقة أو وسيلة دفع أخرى.
core-decline-expired-card = انتهت صلاحية بطاقتك. تحقّق من تاريخ انتهاء الصلاحية أو استخدم بطاقة أخرى.
core-decline-incorrect-cvc = رمز الأمان لبطاقتك غير صحيح. تحقّق من الأرقام الثلاثة أو الأربعة وحاول مرة أخرى.
core-decline-authentication-failed = لم يتمكن البنك من التحقق من هويتك، لذا لم تتم عملية الدفع. حاول مرة أخرى أو استخدم بطاقة أخرى.

# Cart line problems
core-cart-price-dropped = خبر سار: انخفض السعر من { $was } إلى { $now }.
core-cart-price-changed = تغيّر السعر من { $was } إلى { $now } منذ أن أضفت هذا المنتج.
core-cart-not-enough-stock = { $count ->
    [zero] لم تتبقَّ أي قطعة: قلّل الكمية لإتمام الشراء.
    [one] تبقّت قطعة واحدة فقط: قلّل الكمية لإتمام الشراء.
    [two] تبقّت قطعتان فقط: قلّل الكمية لإتمام الشراء.
    [few] تبقّت { $count } قطع فقط: قلّل الكمية لإتمام الشراء.
    [many] تبقّت { $count } قطعة فقط: قلّل الكمية لإتمام الشراء.
   *[other] تبقّت { $count } قطعة فقط: قلّل الكمية لإتمام الشراء.
}
core-cart-sold-out = نفد منذ أن أضفته: أزِله لإتمام الشراء.

# Discount codes
core-discount-not-found = هذا الرمز غير صالح. تحقّق من كتابته وحاول مرة أخرى.
core-discount-not-started = هذا الرمز غير مفعّل بعد.
core-discount-expired = انتهت صلاحية هذا الرمز.
core-discount-used-up = بلغ هذا الرمز الحد الأقصى لعدد مرات الاستخدام.
core-discount-minimum = يتطلب هذا الرمز مجموعًا فرعيًا لا يقل عن { $minimum }. أضف ما قيمته { $missing } لاستخدامه.
core-discount-no-eligible-items = لا ينطبق هذا الرمز على أي منتج في سلة التسوق.

# Shipping an order's lines (operator)
core-ship-empty = اختر منتجًا واحدًا على الأقل لهذه الشحنة.
core-ship-line-at-least-one = اشحن وحدة واحدة على الأقل من البند { $line }.
core-ship-line-unknown = البند { $line } غير موجود في هذا الطلب.
core-ship-line-twice = البند { $line } مُدرج مرتين؛ أدرجه مرة واحدة بالكمية الإجمالية.
core-ship-line-all-shipped = { $ordered ->
    [one] شُحنت الوحدة الوحيدة ({ $ordered }) من البند { $line } بالفعل.
    [two] شُحنت الوحدتان ({ $ordered }) من البند { $line } بالفعل.
   *[other] شُحنت جميع وحدات البند { $line } وعددها { $ordered } بالفعل.
}
core-ship-line-exceeds = البند { $line }: المتبقي للشحن { $left } فقط (المطلوب { $ordered }، المشحون { $shipped })، وليس { $quantity }.

# Order lifecycle refusals (operator)
core-order-refuse-already-canceled = هذا الطلب ملغى بالفعل.
core-order-refuse-canceled-payment = أُلغي هذا الطلب، لذا لا يمكنه استقبال أي دفعة؛ ردّ أي مبلغ تم استلامه.
core-order-refuse-canceled = أُلغي هذا الطلب.
core-order-refuse-already-paid = هذا الطلب مدفوع بالفعل.
core-order-refuse-paid-failed-attempt = هذا الطلب مدفوع بالفعل؛ ولا تغيّر محاولة دفع فاشلة شيئًا.
core-order-refuse-not-paid-prepare = لم يُدفع هذا الطلب بعد؛ جهّزه عند وصول الدفعة.
core-order-refuse-already-processing = هذا الطلب قيد التجهيز بالفعل.
core-order-refuse-already-delivered = تم توصيل هذا الطلب بالفعل.
core-order-refuse-already-shipping = بدأ شحن هذا الطلب بالفعل.
core-order-refuse-not-shipped = لم يُشحن أي شيء من هذا الطلب بعد.
core-order-refuse-delivered-tracking = تم توصيل هذا الطلب؛ ولا تغيّره تحديثات شركة الشحن اللاحقة.
core-order-refuse-unknown-shipment = الشحنة { $shipment } ليست جزءًا من هذا الطلب.
core-order-refuse-cancel-partially-shipped = شُحن جزء من هذا الطلب بالفعل، لذا لا يمكن إلغاؤه؛ ابدأ إرجاعًا لما يصل.
core-order-refuse-cancel-delivered = لا يمكن إلغاء طلب تم توصيله؛ ابدأ إرجاعًا بدلًا من ذلك.
core-order-refuse-cancel-shipped = لا يمكن إلغاء طلب تم شحنه؛ ابدأ إرجاعًا بدلًا من ذلك.
core-order-refuse-fully-shipped = شُحن كل ما في هذا الطلب بالفعل.
core-order-refuse-not-paid-ship = لم يُدفع هذا الطلب بعد؛ اشحنه عند وصول الدفعة.
core-order-refuse-duplicate-shipment = الشحنة { $shipment } مسجّلة بالفعل.
core-tracking-pending = في انتظار تحديثات شركة الشحن
core-tracking-info-received = تم إنشاء الملصق
core-tracking-in-transit = قيد النقل
core-tracking-out-for-delivery = خرج للتوصيل
core-tracking-attempt-fail = فشلت محاولة التوصيل
core-tracking-delivered = تم التوصيل
core-tracking-available-for-pickup = جاهز للاستلام
core-tracking-exception = مشكلة في التوصيل
core-tracking-expired = لا توجد تحديثات حديثة

# Order progress steps
core-milestone-placed = تم تقديم الطلب
core-milestone-confirmed = مؤكَّد
core-milestone-shipped = تم الشحن
core-milestone-out-for-delivery = خرج للتوصيل
core-milestone-delivered = تم التوصيل

# Carrier sub-statuses (shopper)
core-substatus-pending-001 = لا تتوفر لدى شركة الشحن أي معلومات عن هذا الطرد حتى الآن.
core-substatus-info-received-001 = استلمت شركة الشحن ملصق الشحن وستستلم الطرد قريبًا.
core-substatus-in-transit-001 = طردك في الطريق إليك.
core-substatus-in-transit-002 = استلمت شركة الشحن طردك.
core-substatus-in-transit-003 = وصل طردك إلى مركز فرز.
core-substatus-in-transit-004 = وصل طردك إلى بلد الوجهة.
core-substatus-in-transit-005 = تم التخليص الجمركي لطردك.
core-substatus-in-transit-006 = سُلّم طردك إلى الجمارك للتخليص.
core-substatus-in-transit-007 = غادر طردك أحد مرافق شركة الشحن.
core-substatus-in-transit-008 = حُلّت المشكلة السابقة وطردك في الطريق مجددًا.
core-substatus-in-transit-009 = يُعاد توجيه طردك إلى عنوان آخر.
core-substatus-out-for-delivery-001 = طردك خرج للتوصيل.
core-substatus-out-for-delivery-003 = ستتواصل معك شركة الشحن قبل التوصيل.
core-substatus-out-for-delivery-004 = حُدّد موعد للتوصيل.
core-substatus-attempt-fail-001 = حاولت شركة الشحن التوصيل وستحاول عادةً مرة أخرى؛ ابحث عن إشعار.
core-substatus-attempt-fail-002 = لم تجد شركة الشحن أحدًا في العنوان.
core-substatus-attempt-fail-003 = كانت المنشأة مغلقة عند وصول شركة الشحن.
core-substatus-delivered-001 = تم توصيل طردك.
core-substatus-delivered-002 = استلمت طردك.
core-substatus-delivered-003 = تم توصيل طردك والتوقيع على استلامه.
core-substatus-delivered-004 = تم توصيل طردك ودفع ثمنه عند الاستلام.
core-substatus-delivered-005 = تُرك طردك لدى أحد الجيران.
core-substatus-available-for-pickup-001 = طردك بانتظارك في نقطة استلام قريبة منك.
core-substatus-exception-001 = أبلغت شركة الشحن عن مشكلة في توصيل طردك.
core-substatus-exception-002 = تعذّر توصيل الطرد: انتقل المستلم إلى عنوان آخر.
core-substatus-exception-003 = رُفض استلام الطرد.
core-substatus-exception-004 = طردك متأخر لدى الجمارك.
core-substatus-exception-005 = تأخر طردك لأسباب خارجة عن سيطرة شركة الشحن.
core-substatus-exception-006 = طردك محتجز إلى حين سداد مبلغ مستحق (مثل رسوم الاستيراد).
core-substatus-exception-007 = تعذّر توصيل الطرد: يبدو أن العنوان غير صحيح.
core-substatus-exception-008 = كان طردك بانتظار الاستلام لكن لم يُستلم.
core-substatus-exception-009 = رفضت شركة الشحن الطرد.
core-substatus-exception-010 = طردك في طريق العودة إلينا.
core-substatus-exception-011 = أُعيد طردك إلينا.
core-substatus-exception-012 = تضرر طردك أثناء النقل.
core-substatus-exception-013 = فقدت شركة الشحن طردك.
core-substatus-exception-016 = تأخر طردك بسبب مشكلة في شبكة شركة الشحن.
core-substatus-exception-017 = تأخر طردك بسبب سوء الأحوال الجوية.
core-substatus-exception-018 = طردك محتجز: مستندات الجمارك ناقصة أو غير صحيحة.
core-substatus-expired-001 = لم تحدّث شركة الشحن بيانات هذا الطرد منذ 30 يومًا.

# Dates in sentences: "12 March 2026"
core-date-long = { $day } { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
    } { $year }

# Why a line can't be returned (labels, no final full stop)
core-returnable-final-sale = بيع نهائي
core-returnable-window-closed = انتهت مهلة الإرجاع في { $date }
core-returnable-not-delivered = لم يُسلَّم بعد
core-returnable-already-returned = تم إرجاعه بالفعل
core-returnable-in-open-return = مُدرج بالفعل في عملية إرجاع جارية

# Default return reasons of a new shop
core-reason-too-small = صغير جدًا
core-reason-too-big = كبير جدًا
core-reason-not-as-described = لا يطابق الوصف
core-reason-arrived-damaged = وصل تالفًا
core-reason-wrong-item = أُرسل منتج خاطئ
core-reason-changed-mind = غيّرت رأيي
core-reason-other = سبب آخر

# What the shopper wants instead
core-resolution-refund = استرداد المبلغ إلى وسيلة الدفع الأصلية
core-resolution-store-credit = رصيد في المتجر
core-resolution-exchange = استبدال بمقاس أو لون آخر

# Return request problems
core-return-request-invalid = راجع المنتجات التي تريد إرجاعها.
core-return-request-empty = اختر منتجًا واحدًا على الأقل لإرجاعه.
core-return-line-unknown = هذا المنتج غير موجود في هذا الطلب.
core-return-line-twice = هذا المنتج مُدرج مرتين؛ أدرجه مرة واحدة بالكمية الإجمالية.
core-return-line-not-returnable = { $reason }.
core-return-quantity-at-least-one = أرجِع قطعة واحدة على الأقل.
core-return-quantity-at-most = { $count ->
    [zero] لا يمكنك إرجاع أي قطعة.
    [one] يمكنك إرجاع قطعة واحدة كحد أقصى.
    [two] يمكنك إرجاع قطعتين كحد أقصى.
    [few] يمكنك إرجاع { $count } قطع كحد أقصى.
    [many] يمكنك إرجاع { $count } قطعة كحد أقصى.
   *[other] يمكنك إرجاع { $count } قطعة كحد أقصى.
}
core-return-reason-missing = اختر سببًا.
core-return-reason-unknown = اختر أحد الأسباب المذكورة.
core-return-photo-required = أضف صورة واحدة على الأقل للسبب «{ $reason }».
core-return-exchange-variant-missing = اختر البديل الذي تريده بدلًا منه.
core-return-exchange-variant-unexpected = اختر بديلًا فقط عند الاستبدال.

# Refunds (operator)
core-refund-currency-mismatch = تُجرى المبالغ المستردة لهذا الطلب بعملة { $currency }.
core-refund-amount-zero = استرد مبلغًا أكبر من الصفر.
core-refund-fully-refunded = تم رد كل ما دُفع مقابل هذا الطلب بالفعل.
core-refund-exceeds = المتبقي للاسترداد من هذه الدفعة { $remaining } فقط، وليس { $requested }.

# Return statuses (shopper)
core-return-status-requested = في انتظار الموافقة
core-return-status-approved = تمت الموافقة: أرسل منتجاتك
core-return-status-in-transit = في طريق العودة
core-return-status-received = تم الاستلام
core-return-status-inspected = تم الفحص
core-return-status-refunded = تم الاسترداد
core-return-status-credited = تم إصدار رصيد المتجر
core-return-status-exchanged = تم الاستبدال
core-return-status-rejected = مرفوض
core-return-status-canceled = ملغى

# Return progress steps
core-return-step-requested = تم الطلب
core-return-step-approved = تمت الموافقة
core-return-step-in-transit = في طريق العودة
core-return-step-received = تم الاستلام
core-return-step-inspected = تم الفحص
core-return-step-resolved = تمت المعالجة

# Return lifecycle refusals (operator)
core-return-refuse-already-refunded = تم استرداد مبلغ هذا الإرجاع بالفعل.
core-return-refuse-already-credited = تم إصدار رصيد المتجر لهذا الإرجاع بالفعل.
core-return-refuse-already-exchanged = تم الاستبدال لهذا الإرجاع بالفعل.
core-return-refuse-rejected = رُفض هذا الإرجاع؛ ابدأ إرجاعًا جديدًا إن كانت المهلة لا تزال سارية.
core-return-refuse-canceled = أُلغي هذا الإرجاع؛ ابدأ إرجاعًا جديدًا إن كانت المهلة لا تزال سارية.
core-return-refuse-not-received = لم تصل المنتجات المرتجعة بعد.
core-return-refuse-already-approved = تمت الموافقة على هذا الإرجاع بالفعل.
core-return-refuse-not-approved = لم تتم الموافقة على هذا الإرجاع بعد؛ أرسل المنتجات بعد الموافقة عليه.
core-return-refuse-already-shipped = المنتجات في طريق العودة بالفعل.
core-return-refuse-already-received = وصلت المنتجات المرتجعة بالفعل.
core-return-refuse-already-inspected = تم فحص المنتجات بالفعل.
core-return-refuse-not-inspected = افحص المنتجات قبل إتمام معالجة الإرجاع.
core-return-refuse-awaiting-parcel = المنتجات متوقَّع وصولها؛ ارفض الإرجاع بعد وصولها وفحصها.
core-return-refuse-reason-required = اذكر للعميل سبب رفض الإرجاع.
core-return-refuse-cancel-shipped = المنتجات في طريق العودة بالفعل، لذا لا يمكن إلغاء الإرجاع.
core-return-refuse-cancel-received = وصلت المنتجات المرتجعة بالفعل، لذا لا يمكن إلغاء الإرجاع.

# Decimal amounts (each follows the field's name)
core-decimal-empty = فارغ
core-decimal-invalid = { $value } ليس عددًا عشريًا مثل 19.99
core-decimal-out-of-range = { $value } خارج النطاق المسموح به

# Address form labels (the kinds of field the per-country address data names)
core-address-full-name = الاسم الكامل
core-address-company = الشركة
core-address-address = العنوان
core-address-address2 = الشقة أو الجناح وما إلى ذلك
core-address-sorting-code = رمز الفرز
core-address-phone = الهاتف
core-address-zip-code = الرمز البريدي
core-address-pin-code = رمز PIN البريدي
core-address-eircode = رمز Eircode
core-address-postcode = الرمز البريدي
core-address-postal-code = الرمز البريدي
core-address-region = المنطقة
core-address-province = المقاطعة
core-address-state = الولاية
core-address-island = الجزيرة
core-address-department = المحافظة
core-address-parish = الأبرشية
core-address-county = المقاطعة الإدارية
core-address-emirate = الإمارة
core-address-area = المنطقة الإدارية
core-address-prefecture = المحافظة اليابانية
core-address-district = الحي
core-address-city = المدينة
core-address-town-or-city = البلدة أو المدينة
core-address-suburb = الضاحية
core-address-village-or-township = القرية أو البلدة
core-address-neighbourhood = الحي السكني
core-address-townland = البلدة الريفية

# Address checks. $label is the field's label; in English it comes in lower
# case, with "a" or "an" in core-address-enter and core-address-choose ("a ZIP code").
core-address-enter = يُرجى إدخال { $label }.
core-address-choose = يُرجى اختيار { $label }.
core-address-too-long = قيمة حقل «{ $label }» طويلة جدًا (100 حرف كحد أقصى).
core-address-region-suggest = يُرجى اختيار { $label } من القائمة. هل تقصد { $name } ({ $code })؟
core-address-region-unknown = { $value } ليست قيمة صالحة لحقل «{ $label }» في { $country }.
core-address-postal-other-region = { $code } ليست قيمة صالحة لحقل «{ $label }» في { $region }.
core-address-postal-other-region-range = { $code } ليست قيمة صالحة لحقل «{ $label }» في { $region } (تتراوح القيم فيها من { $from } إلى { $to }).
core-address-postal-invalid = يُرجى إدخال قيمة صالحة في حقل «{ $label }».
core-address-postal-invalid-example = يُرجى إدخال قيمة صالحة في حقل «{ $label }»، مثل { $example }.
core-address-phone-invalid = يُرجى إدخال رقم هاتف مكوّن من 6 إلى 15 رقمًا.
