# Vitrine returns

## Live announcements on the return's page (read out by screen readers)
returns-announce-approved = تمت الموافقة على طلب الإرجاع. يمكنك الآن طباعة ملصق الإرجاع.
returns-announce-received = استلمنا المنتجات التي أرجعتها.
# $reason is the shop's reason (may be empty).
returns-announce-rejected = تم رفض طلب الإرجاع. { $reason }
# $status is the return's status in words.
returns-announce-status = أصبحت حالة طلب الإرجاع الآن: { $status }.
returns-announce-money = المبلغ المستحق عن الإرجاع في طريقه إليك.
returns-announce-photo = تمت إضافة صورتك.

## Checks before sending
returns-error-no-items = اختر منتجًا واحدًا على الأقل لإرجاعه.
returns-error-not-returnable = لا يمكن إرجاع هذا المنتج.
returns-why-label = غير قابل للإرجاع:
# $max is the most that can be returned.
returns-error-quantity = اختر الكمية التي تريد إرجاعها (من 1 إلى { $max }).
returns-error-reason = اختر سببًا.
# $reason is the return reason the shopper chose.
returns-error-photo-needed = أضف صورة للمنتج: السبب «{ $reason }» يتطلب صورة.
returns-error-comment-too-long = { $count ->
    [zero] يُرجى ألا يتجاوز التعليق { $count } حرف.
    [one] يُرجى ألا يتجاوز التعليق حرفًا واحدًا.
    [two] يُرجى ألا يتجاوز التعليق حرفين.
    [few] يُرجى ألا يتجاوز التعليق { $count } أحرف.
    [many] يُرجى ألا يتجاوز التعليق { $count } حرفًا.
   *[other] يُرجى ألا يتجاوز التعليق { $count } حرف.
}
returns-error-too-many-photos = { $count ->
    [zero] يمكنك إضافة { $count } صورة كحدٍّ أقصى إلى طلب الإرجاع الواحد.
    [one] يمكنك إضافة صورة واحدة كحدٍّ أقصى إلى طلب الإرجاع الواحد.
    [two] يمكنك إضافة صورتين كحدٍّ أقصى إلى طلب الإرجاع الواحد.
    [few] يمكنك إضافة { $count } صور كحدٍّ أقصى إلى طلب الإرجاع الواحد.
    [many] يمكنك إضافة { $count } صورة كحدٍّ أقصى إلى طلب الإرجاع الواحد.
   *[other] يمكنك إضافة { $count } صورة كحدٍّ أقصى إلى طلب الإرجاع الواحد.
}
returns-error-resolution = اختر ما تريده بدلًا من المنتج.
returns-error-no-exchange = لا يتوفر مقاس أو لون آخر في المخزون: اختر خيارًا آخر.
returns-error-exchange-variant = اختر المقاس أو اللون الذي تريده بدلًا منه.
# $name is the photo's file name; $types the accepted types ("JPEG, PNG or WebP").
returns-error-photo-type = الملف { $name } ليس صورة بصيغة { $types }.
# $name is the photo's file name; $size the largest size allowed ("8 MB").
returns-error-photo-size = حجم الملف { $name } أكبر من { $size }. اختر صورة أصغر.
# The last two in a list of image types: "JPEG, PNG or WebP" ($first is "JPEG, PNG").
returns-type-list = { $first } أو { $last }
# File sizes; $size is a number, possibly with one decimal ("1.5").
returns-size-mb = { $size } ميغابايت
returns-size-kb = { $size } كيلوبايت

## Start a return
# The return window; $count is the number of days.
returns-window = { $count ->
    [zero] يمكنك إرجاع المنتجات خلال { $count } يوم من التسليم.
    [one] يمكنك إرجاع المنتجات خلال يوم واحد من التسليم.
    [two] يمكنك إرجاع المنتجات خلال يومين من التسليم.
    [few] يمكنك إرجاع المنتجات خلال { $count } أيام من التسليم.
    [many] يمكنك إرجاع المنتجات خلال { $count } يومًا من التسليم.
   *[other] يمكنك إرجاع المنتجات خلال { $count } يوم من التسليم.
}
# The return window with the last day; $date is a date ("31 March 2026").
returns-window-until = { $count ->
    [zero] يمكنك إرجاع المنتجات خلال { $count } يوم من التسليم. آخر موعد للإرجاع { $date }.
    [one] يمكنك إرجاع المنتجات خلال يوم واحد من التسليم. آخر موعد للإرجاع { $date }.
    [two] يمكنك إرجاع المنتجات خلال يومين من التسليم. آخر موعد للإرجاع { $date }.
    [few] يمكنك إرجاع المنتجات خلال { $count } أيام من التسليم. آخر موعد للإرجاع { $date }.
    [many] يمكنك إرجاع المنتجات خلال { $count } يومًا من التسليم. آخر موعد للإرجاع { $date }.
   *[other] يمكنك إرجاع المنتجات خلال { $count } يوم من التسليم. آخر موعد للإرجاع { $date }.
}
returns-earlier-title = طلبات الإرجاع لهذا الطلب
returns-return-link = طلب الإرجاع { $rma }
returns-item-count = { $count ->
    [zero] { $count } منتج
    [one] منتج واحد
    [two] منتجان
    [few] { $count } منتجات
    [many] { $count } منتجًا
   *[other] { $count } منتج
}
returns-nothing-returnable = لا يمكن إرجاع أي منتج من هذا الطلب حاليًا.
# The browser tab's title; $number is the order's number, $shop the shop's name.
returns-start-page-title = إرجاع منتجات · الطلب { $number } · { $shop }
returns-start-title = إرجاع منتجات
# Before the order's number (a link); a space follows.
returns-start-order = الطلب
returns-load-order-error = تعذّر تحميل طلبك

## Steps
# Read by screen readers before the step's title.
returns-step-position = الخطوة { $step } من { $total }:
returns-step-edit = تعديل
returns-step-items = اختيار المنتجات
returns-step-reasons = سبب الإرجاع
returns-step-resolutions = استرداد أو رصيد أو استبدال
returns-step-review = المراجعة والإرسال
# Accessible names of the "Edit" buttons.
returns-step-edit-items = تعديل اختيار المنتجات
returns-step-edit-reasons = تعديل سبب الإرجاع
returns-step-edit-resolutions = تعديل الاسترداد أو الرصيد أو الاستبدال
returns-step-edit-review = تعديل المراجعة والإرسال

## Step 1: items
returns-items-legend = المنتجات المراد إرجاعها
# $variant is the product's option (size, colour); $quantity how many were bought; $price what one costs.
returns-items-detail = { $variant } · الكمية { $quantity } · { $price } للقطعة
returns-items-how-many = الكمية
returns-items-continue = المتابعة إلى أسباب الإرجاع

## Step 2: reasons
# A step's summary: the item and its reason.
returns-summary-reason = { $item }: { $reason }
returns-reasons-continue = المتابعة إلى الاسترداد أو الاستبدال
returns-reason-label = السبب
returns-reason-choose = اختر سببًا
# A reason that needs a photo, in the list of reasons.
returns-reason-photo-needed = { $reason } (تلزم صورة)
returns-comment-label = هل هناك ما تودّ إخبارنا به؟ (اختياري)

## Photos
# Under the photo picker; $types are the accepted types, $size the largest size.
returns-photos-hint = { $types }، بحجم أقصاه { $size } لكل صورة.
# The name of a picked photo whose file has no name.
returns-photos-default-name = صورة
returns-photos-label = صور { $item }
returns-photos-remove = إزالة
returns-photos-remove-label = إزالة { $name }
returns-uploads-title = تم طلب الإرجاع { $rma }: جارٍ إضافة صورك
returns-uploads-adding = جارٍ إضافة الصورة { $index } من { $total }…
# $count is how many photos there are; $done how many were added.
returns-uploads-some-failed = { $count ->
    [zero] أُضيفت { $done } من { $count }. تعذّرت إضافة بعض الصور.
    [one] أُضيفت { $done } من { $count }. تعذّرت إضافة بعض الصور.
    [two] أُضيفت { $done } من { $count }. تعذّرت إضافة بعض الصور.
    [few] أُضيفت { $done } من { $count }. تعذّرت إضافة بعض الصور.
    [many] أُضيفت { $done } من { $count }. تعذّرت إضافة بعض الصور.
   *[other] أُضيفت { $done } من { $count }. تعذّرت إضافة بعض الصور.
}
returns-uploads-done = أُضيفت جميع الصور. جارٍ فتح طلب الإرجاع…
returns-upload-waiting = في الانتظار
returns-upload-sending = جارٍ الإرسال…
returns-upload-added = أُضيفت
returns-uploads-go-to-return = الانتقال إلى طلب الإرجاع

## Step 3: refund, credit or exchange
# A step's summary: the item and what the shopper gets instead.
returns-summary-resolution = { $item }: { $resolution }
returns-resolutions-continue = مراجعة طلب الإرجاع
# $item is the product's name, $variant its option (size, colour).
returns-resolution-legend = بدلًا من { $item } ({ $variant })
returns-resolution-refund-detail = { $amount } تُردّ إلى وسيلة الدفع الأصلية
# $bonus is a whole percentage.
returns-resolution-credit-bonus-detail = { $amount } للتسوق في المتجر، مع مكافأة { $bonus }٪
returns-resolution-credit-detail = { $amount } للتسوق في المتجر
returns-resolution-exchange-none = لا يتوفر حاليًا مقاس أو لون آخر في المخزون
returns-resolution-exchange-detail = مقاس أو لون آخر من المنتج نفسه
# A badge on store credit with a bonus.
returns-resolution-bonus-badge = +{ $bonus }٪
# $item is the product's name.
returns-exchange-legend = استبدال { $item } بـ
returns-exchange-same-price = السعر نفسه
returns-exchange-back = { $amount } تُردّ إليك
returns-exchange-pay-more = تدفع فرقًا قدره { $amount }
# After the price difference, when few are left; a separator comes before it.
returns-exchange-few-left = { $count ->
    [zero] لم يتبقَّ شيء
    [one] لم تتبقَّ إلا قطعة واحدة
    [two] لم تتبقَّ إلا قطعتان
    [few] لم تتبقَّ إلا { $count } قطع
    [many] لم تتبقَّ إلا { $count } قطعة
   *[other] لم تتبقَّ إلا { $count } قطعة
}
# What an item gets instead; $variant is the variant exchanged for.
returns-exchange-for = استبدال بـ { $variant }

## Step 4: review
returns-review-photos = { $count ->
    [zero] { $count } صورة
    [one] صورة واحدة
    [two] صورتان
    [few] { $count } صور
    [many] { $count } صورة
   *[other] { $count } صورة
}
returns-review-note = سنراجع طلبك ونراسلك عبر البريد الإلكتروني. بعد الموافقة عليه، يمكنك طباعة ملصق الإرجاع.
returns-review-send = إرسال طلب الإرجاع
returns-review-sending = جارٍ إرسال طلبك…
returns-total-refund = استرداد إلى وسيلة الدفع
returns-total-credit = رصيد المتجر
returns-total-exchange-back = الاستبدال: يُردّ إليك
returns-total-exchange-pay = الاستبدال: تدفع
returns-total-exchange = الاستبدال

## The return's page
returns-page-heading = طلب الإرجاع { $rma }
# The browser tab's title; $shop is the shop's name.
returns-page-title = طلب الإرجاع { $rma } · { $shop }
# $number is the order's number, $time when the return was requested.
returns-page-meta = الطلب { $number } · طُلب الإرجاع في { $time }
returns-load-error = تعذّر تحميل طلب الإرجاع
returns-rejected-title = تم رفض طلب الإرجاع هذا
returns-rejected-no-reason = سيراسلك المتجر بالتفاصيل عبر البريد الإلكتروني.
returns-canceled = تم إلغاء طلب الإرجاع هذا. لا حاجة إلى إرسال أي شيء.
returns-photos-needed = نحتاج إلى صورة للمنتج التالف قبل أن نتمكن من الموافقة على طلب الإرجاع هذا.
returns-history = السجل
returns-history-label = سجل طلب الإرجاع، الأحدث أولًا
returns-progress-label = مراحل الإرجاع

## Items of a return
returns-lines-title = المنتجات
returns-line-detail = { $variant } · الكمية { $quantity }
returns-line-reason = السبب
returns-line-note = ملاحظتك
returns-line-instead = البديل
returns-line-received = المستلَم
# $received of $quantity arrived; $condition is the shop's note on their condition.
returns-line-received-of = { $received } من { $quantity }
returns-line-received-condition = { $received } من { $quantity }، { $condition }
returns-line-photo-missing = ما زلنا بحاجة إلى صورة لهذا المنتج.
# $item is the product's name.
returns-thumbs-label = صور { $item }
returns-thumb-alt = الصورة { $index } من { $count } لـ { $item }
returns-thumbs-label-return = صور طلب الإرجاع
returns-thumb-alt-return = الصورة { $index } من { $count } لطلب الإرجاع

## Sending it back
returns-method-send = طريقة الإرجاع
returns-method-parcel = طرد الإرجاع
returns-method-address = عنوان الإرجاع
returns-method-print = طباعة الملصق
returns-method-label-later = سيظهر ملصق الإرجاع هنا بعد الموافقة على طلب الإرجاع.

## Money
returns-money-title = المبالغ
returns-money-refund = استرداد إلى وسيلة الدفع
returns-money-credit = رصيد المتجر (مع المكافأة)
returns-money-exchange-back = الاستبدال: يُردّ إليك
returns-money-exchange-pay = الاستبدال: تدفع
returns-money-exchange = الاستبدال
returns-money-same-price = السعر نفسه
returns-money-paid-out = المبالغ المدفوعة
returns-payout-credit-done = رصيد متجر بقيمة { $amount }، تم إصداره
returns-payout-credit-pending = رصيد متجر بقيمة { $amount }، قيد الإصدار
returns-payout-refund-done = استرداد بقيمة { $amount }، تم تنفيذه
returns-payout-refund-pending = استرداد بقيمة { $amount }، في الطريق إليك
# Before a store credit code; a space follows.
returns-payout-code = الرمز

## Return label page
returns-label-title = ملصق الإرجاع { $rma }
# The label image's description; $carrier is the carrier's name, $tracking its tracking number.
returns-label-alt = ملصق الإرجاع لطلب الإرجاع { $rma }، رقم التتبّع لدى { $carrier } هو { $tracking }، مع الرمز الشريطي ورمز QR
returns-label-back = العودة إلى طلب الإرجاع
returns-label-print = طباعة
