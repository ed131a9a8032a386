# Vitrine tracking

## Live announcements (read out by screen readers when the order changes)
# $carrier is the carrier's name (DHL, UPS…).
tracking-announce-order-shipped = تم شحن طلبك عبر { $carrier }.
tracking-announce-part-shipped = تم شحن جزء من طلبك عبر { $carrier }.
# Put in as $parcel at the start of the parcel sentences below.
tracking-announce-your-parcel = طردك
# When the order has several parcels: the carrier names the parcel.
tracking-announce-your-carrier-parcel = طردك من { $carrier }
# $parcel is "Your parcel" or "Your DHL parcel" (from the two messages above).
tracking-announce-out-for-delivery = { $parcel } خرج للتوصيل.
tracking-announce-delivered = تم تسليم { $parcel }.
tracking-announce-ready-for-pickup = { $parcel } جاهز للاستلام.
tracking-announce-attempt-failed = تعذّر تسليم { $parcel }، وستعيد شركة الشحن المحاولة.
# $message is the shop's sentence about the problem (may be empty).
tracking-announce-exception = توجد مشكلة في توصيل { $parcel }. { $message }
tracking-announce-in-transit = { $parcel } في الطريق إليك.
# $status is the parcel's status in words.
tracking-announce-parcel-status = { $parcel }: { $status }.
# $update is the carrier's checkpoint text.
tracking-announce-new-update = تحديث جديد بشأن طردك: { $update }.
tracking-announce-new-update-carrier = تحديث جديد بشأن طردك من { $carrier }: { $update }.
# $message is the shop's sentence about the delay.
tracking-announce-delayed = تأخّر توصيل طلبك. { $message }
# $status is the order's status in words.
tracking-announce-order-status = أصبحت حالة طلبك الآن: { $status }.

## Delay notice
tracking-delay-carrier-exception = توجد مشكلة في هذا التوصيل
tracking-delay-failed-attempt = تعذّر على شركة الشحن التسليم
tracking-delay-no-news = لا توجد أخبار من شركة الشحن
tracking-delay-window-passed = التوصيل متأخر
# Before the new delivery dates; a space follows.
tracking-delay-new-estimate = الموعد المتوقع الجديد:

## Delivery estimate
# Before one date or a range of dates ("Arrives Tue 9 Dec – Thu 11 Dec"); a space follows.
tracking-estimate-arrives = يصل

## Order lookup page
tracking-lookup-title = تتبّع طلب
tracking-lookup-intro = أدخل رقم طلبك وعنوان البريد الإلكتروني الذي استخدمته عند الطلب. ستجدهما في رسالة تأكيد الطلب.
tracking-lookup-number-label = رقم الطلب
tracking-lookup-number-hint = يبدو على هذا النحو: VT-7QK2-9XH4.
tracking-lookup-number-missing = أدخل رقم الطلب الوارد في رسالة التأكيد.
tracking-lookup-email-label = البريد الإلكتروني
tracking-lookup-submit = ابحث عن طلبي
tracking-lookup-busy = جارٍ البحث عن طلبك…
# After too many tries; $count is how many seconds to wait.
tracking-lookup-wait-seconds = { $count ->
    [zero] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } ثانية ثم المحاولة مرة أخرى.
    [one] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار ثانية واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار ثانيتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } ثوانٍ ثم المحاولة مرة أخرى.
    [many] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } ثانية ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } ثانية ثم المحاولة مرة أخرى.
}
# After too many tries; $count is how many minutes to wait.
tracking-lookup-wait-minutes = { $count ->
    [zero] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } دقيقة ثم المحاولة مرة أخرى.
    [one] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار دقيقتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } دقائق ثم المحاولة مرة أخرى.
    [many] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } دقيقة ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. حفاظًا على أمانك، يُرجى الانتظار { $count } دقيقة ثم المحاولة مرة أخرى.
}

## Order progress
tracking-progress-label = مراحل الطلب

## Order details
# $variant is the product's option (size, colour); $quantity how many.
tracking-item-detail = { $variant } · الكمية { $quantity }
tracking-details-items = المنتجات
tracking-details-subtotal = المجموع الفرعي
tracking-details-discount = الخصم
tracking-details-shipping = الشحن
tracking-details-tax = الضريبة
tracking-details-tax-included = الضريبة (مشمولة)
tracking-details-total = الإجمالي
tracking-details-shipping-to = الشحن إلى
tracking-details-payment = الدفع
tracking-details-history = سجل الطلب
# Paid entirely with store credit; $code is the credit's code, $amount the money.
tracking-payment-store-credit = رصيد المتجر { $code }: { $amount }
# Paid partly with store credit; $method is the other payment method (a card, "Bank transfer"), $due what it paid.
tracking-payment-store-credit-and = رصيد المتجر { $code }: { $amount } · { $method }: { $due }

## Order page
tracking-order-thanks = شكرًا لك على طلبك
tracking-order-heading = الطلب { $number }
# The browser tab's title; $shop is the shop's name.
tracking-order-page-title = الطلب { $number } · { $shop }
# $time is when the order was placed (a date and time).
tracking-order-placed = تم الطلب في { $time }
tracking-order-emailed = أرسلنا رسالة تأكيد إلى { $email }. احتفظ برابط هذه الصفحة لمتابعة حالة طلبك.
tracking-order-start-return = بدء إرجاع
tracking-order-continue-shopping = متابعة التسوق
tracking-order-canceled-title = تم إلغاء هذا الطلب
tracking-order-canceled-refunded = لن يُشحن أي شيء، وقد رُدّ إليك المبلغ المدفوع بالكامل.
tracking-order-canceled-not-charged = لن يُشحن أي شيء ولم يُخصم منك أي مبلغ.
tracking-order-pending = سنراسلك عبر البريد الإلكتروني عند شحن طلبك، مع رابط لتتبّع الطرد.
tracking-order-rest-follows = سيصلك باقي طلبك في طرد آخر. سنراسلك عبر البريد الإلكتروني عند شحنه.

## Parcel card
# When an order has several parcels: which one this is.
tracking-parcel-position = الطرد { $index } من { $count }
# Before the date and time the parcel was shipped; a space follows.
tracking-parcel-shipped = شُحن في
tracking-parcel-carrier = شركة الشحن
tracking-parcel-tracking-number = رقم التتبّع
# Read by screen readers after the tracking number link.
tracking-parcel-opens-new-tab = (يفتح موقع شركة الشحن في علامة تبويب جديدة)
tracking-parcel-delivered = تم التسليم
tracking-parcel-estimated-delivery = موعد التسليم المتوقع
tracking-parcel-not-known-yet = غير معروف بعد
tracking-parcel-contents = محتويات هذا الطرد
tracking-parcel-history = سجل التتبّع

## Tracking timeline
tracking-timeline-empty = لا توجد تحديثات من شركة الشحن بعد. تظهر التحديثات عادةً خلال يوم من الشحن.

## Tracking page
# Before a link "Track an order"; a space follows.
tracking-find-prompt = هل لديك رقم طلبك وبريدك الإلكتروني؟
tracking-find-link = تتبّع طلب
tracking-load-error = تعذّر تحميل الطلب
