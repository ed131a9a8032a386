# Vitrine server: the API's messages to shoppers

# Server and email messages
server-locales-not-found = هذه اللغة أو هذا الفهرس غير موجود.
server-cart-missing = لا توجد سلة هنا. ربما انتهت صلاحيتها؛ ستبدأ سلة جديدة عندما تضيف منتجًا.
server-cart-checked-out = تم إتمام الطلب من هذه السلة ولا يمكن تعديلها. ابدأ سلة جديدة لمواصلة التسوق.
server-cart-changed = تغيّرت سلتك في علامة تبويب أو نافذة أخرى. إليك أحدث نسخة منها.
server-quantity-range = اختر كمية من 1 إلى { $max }.
server-quantity-range-problem = يجب أن تكون عددًا صحيحًا من 1 إلى { $max }
server-stock-sold-out = عذرًا، نفدت الكمية.
server-stock-left = لم يتبقَّ سوى { $count }.
server-stock-left-in-cart = لم يتبقَّ سوى { $count }، ولديك { $in_cart } منه في سلتك بالفعل.
server-country-not-shipped = لا نشحن إلى { $country } حتى الآن.
server-country-unknown = هذا ليس رمز بلد صالحًا.
server-region-unknown = «{ $region }» ليست { $kind ->
    [state] ولاية
    [province] مقاطعة
   *[other] منطقة
} في { $country }.
server-shipping-unavailable-destination = طريقة الشحن هذه غير متاحة لهذه الوجهة.
server-shipping-country-first = اختر البلد قبل طريقة الشحن.
server-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.com.
server-variant-unknown = هذا الخيار من المنتج غير موجود.
server-quantity-max = الحد الأقصى { $max } من المنتج الواحد في كل طلب؛ لديك { $in_cart } منه في سلتك بالفعل.
server-line-missing = هذا المنتج غير موجود في هذه السلة (أو لم يعد موجودًا).
server-item-discontinued = لم يعد هذا المنتج معروضًا للبيع.
server-discount-empty = أدخل رمز الخصم.
server-restore-gone = لم يعد هذا الرابط يفتح سلة: إما أنها طُلبت بالفعل أو أن الرابط غير صحيح.
server-product-or-variant-unknown = هذا المنتج أو هذا الخيار غير موجود.
server-restock-in-stock = { $title } متوفر الآن: أضفه إلى سلتك.
server-restock-noted = سنراسلك مرة واحدة على { $email } عندما يتوفر { $title } من جديد. لا شيء غير ذلك.
server-product-missing = لا يوجد منتج على هذا العنوان.
server-payment-failed = لم تتم عملية الدفع هذه. سلتك ما زالت مفتوحة لتحاول مرة أخرى.
server-cart-empty = سلتك فارغة.
server-line-problem = { $title }: { $problem }
server-shipping-unavailable-address = طريقة الشحن هذه غير متاحة لهذا العنوان. اختر طريقة أخرى.
server-payment-unavailable = { $method } غير متاح لهذا الطلب. اختر طريقة دفع أخرى.
server-invoice-needs-company = يتطلب الدفع بالفاتورة ذكر اسم الشركة في العنوان.
server-total-changed = تغيّر الإجمالي إلى { $total } منذ آخر مرة اطلعت عليه. يُرجى مراجعة طلبك وتقديمه مرة أخرى.
server-check-address = يُرجى التحقق من عنوان الشحن.
server-cart-not-open = هذه السلة قيد إتمام الطلب أو طُلبت بالفعل. أعد تحميل الصفحة لمعرفة حالتها.
server-line-sold-out = نفدت للتو كمية { $title } ({ $variant }).
server-line-only-left = لم يتبقَّ سوى { $count } من { $title } ({ $variant }). قلّل الكمية للمتابعة.
server-credit-spent-meanwhile = استُخدم جزء من رصيد المتجر هذا للتو في طلب آخر، لذا لم يعد يغطي هذا الطلب. تحقّق من الرصيد واختر طريقة دفع المبلغ المتبقي.
server-address-first = أدخل عنوان الشحن أولًا: تعتمد طرق الشحن على وجهة الطلب.
server-credit-invalid = رمز رصيد المتجر هذا غير صالح. قارنه بالرمز الوارد في البريد الإلكتروني الذي وصلك.
server-credit-currency = هذا الرصيد بعملة { $credit }، وهذا الطلب بعملة { $order }.
server-credit-used-up = نفد رصيد المتجر هذا.
server-lookup-not-found = لم نعثر على طلب بهذا الرقم وهذا البريد الإلكتروني. تحقّق منهما في رسالة تأكيد الطلب.
server-lookup-too-many = { $minutes ->
    [zero] محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى الآن.
    [one] محاولات كثيرة جدًا. يُرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
    [two] محاولات كثيرة جدًا. يُرجى الانتظار دقيقتين ثم المحاولة مرة أخرى.
    [few] محاولات كثيرة جدًا. يُرجى الانتظار { $minutes } دقائق ثم المحاولة مرة أخرى.
    [many] محاولات كثيرة جدًا. يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
   *[other] محاولات كثيرة جدًا. يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مرة أخرى.
}
server-order-link-missing = لا يوجد طلب بهذا الرقم وهذا الرابط. تحقّق من الرابط في رسالة تأكيد الطلب.
server-payment-awaiting-confirmation = ما زال مصرفك بانتظار تأكيدك للدفع.
server-return-link-missing = لا يوجد إرجاع بهذا الرقم وهذا الرابط. تحقّق من الرابط في بريدك الإلكتروني.
server-return-check-items = يُرجى التحقق من المنتجات التي تريد إرجاعها.
server-return-comment-too-long = { $max } حرفًا كحد أقصى.
server-return-exchange-same-product = اختر مقاسًا أو لونًا آخر من المنتج نفسه.
server-return-exchange-sold-out = نفدت للتو كمية بعض المنتجات التي اخترتها للاستبدال.
server-return-exchange-item-sold-out = نفدت كمية { $title }. اختر منتجًا آخر أو استرداد المبلغ.
server-photo-too-late = يمكن إضافة الصور حتى يصبح الطرد في طريق العودة.
server-photo-too-many = يمكن أن يتضمن الإرجاع { $max } صور كحد أقصى.
server-photo-too-large = هذه الصورة أكبر من { $mb } ميغابايت. أرسل صورة أصغر.
server-photo-empty = هذا الملف فارغ.
server-photo-missing = هذه الصورة غير موجودة.
server-label-not-ready = سيكون الملصق جاهزًا بمجرد الموافقة على الإرجاع.
server-label-closed = أُغلق هذا الإرجاع: لا يوجد ما يُرسل.
server-internal = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى.
server-unavailable = المتجر غير متاح لفترة وجيزة. لم يتغير شيء؛ يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.
# An order's shipping method: the shop's own name for it ($name, e.g. "Standard") and its delivery time.
server-shipping-method = { $name } ({ $min }–{ $max } أيام عمل)

# Order and return history: written in the order's language, whoever acts
server-event-placed = تم تقديم الطلب.
server-event-paid = تم تأكيد الدفع. نحن نجهّز طلبك الآن.
server-event-processing = نقوم الآن بتغليف طلبك.
server-event-canceled-by-shop = ألغى المتجر هذا الطلب.
server-event-canceled-by-shop-reason = ألغى المتجر هذا الطلب: { $reason }
server-event-canceled-on-request = أُلغي الطلب بناءً على طلب العميل، وتم رد المبلغ المدفوع.
server-event-refunded-card = أعدنا { $amount } إلى بطاقتك.
server-event-payment-timed-out = لم يكتمل الدفع في الوقت المحدد، لذا أُلغي الطلب وأُعيدت المنتجات إلى المخزون.
server-event-provider-unreachable = تعذّر الاتصال بمزوّد خدمة الدفع.
server-event-shipped = شُحن طلبك مع { $carrier } (رقم التتبع { $tracking }).
server-event-shipped-part = شُحن جزء من طلبك مع { $carrier } (رقم التتبع { $tracking }).
# $status: the order's new status; $label: its name, for any other status
server-event-order-status = { $status ->
    [partially_shipped] شُحن جزئيًا.
    [shipped] تم الشحن.
    [out_for_delivery] خرج للتوصيل.
    [delivered] تم التوصيل.
    [exception] مشكلة في التوصيل.
   *[other] { $label }.
}
server-event-order-return-requested = تم طلب الإرجاع { $rma }.
server-event-order-return-refunded = أعدنا { $amount } عن الإرجاع { $rma }.
server-event-order-exchange-shipped = شُحن الاستبدال الخاص بالإرجاع { $rma } مع { $carrier } (رقم التتبع { $tracking }).
server-event-return-requested = لقد طلبت إرجاع هذه المنتجات. سنراجع طلبك خلال يوم عمل واحد.
server-event-return-approved = تمت الموافقة. اطبع الملصق وسلّم الطرد في أي فرع من فروع { $carrier }.
server-event-return-rejected = نأسف، لا يمكننا قبول هذا الإرجاع: { $reason }
# $items: "1 × Linen shirt (worn), 2 × Mug"
server-event-return-received = وصل طردك وقد فحصناه: { $items }.
server-event-return-refunded = أعدنا { $amount } إلى وسيلة الدفع الأصلية. تستغرق البنوك من 3 إلى 5 أيام لإظهاره.
server-event-return-credited = أصدرنا رصيدًا للمتجر بقيمة { $amount }، رمزه: { $code }.
server-event-return-credited-bonus = أصدرنا رصيدًا للمتجر بقيمة { $amount } (مع مكافأة { $percent }٪ منا)، رمزه: { $code }.
server-event-return-exchanged = الاستبدال الخاص بك في الطريق: { $items } مع { $carrier } (رقم التتبع { $tracking }).
server-event-return-in-transit = استلمت شركة الشحن طردك، وهو في طريق العودة إلينا.
server-event-return-arrived = وصل طردك إلى مستودعنا. سنفحصه قريبًا.

## A browser page on a site the shop is not connected to (embedded widgets).
server-origin-not-connected = هذا الموقع غير مرتبط بالمتجر.
server-origin-not-connected-field = { $origin } ليس ضمن قائمة المواقع المرتبطة بالمتجر (‎--cors-origin).

## How a return goes back (the return page's "How to send it back"), by the return's status.
server-return-method-requested = نراجع طلبك الآن. بمجرد الموافقة عليه، اطبع الملصق من هنا وسلّم الطرد في أي فرع من فروع { $carrier }.
server-return-method-approved = غلّف المنتجات بحيث يظهر رقم RMA على الملصق، وألصق الملصق على الطرد، وسلّمه في أي فرع من فروع { $carrier } خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}. لا تملك طابعة؟ اعرض رمز QR عند المكتب.
server-return-method-closed = لا يوجد ما يجب إرساله.
server-return-method-sent = طردك في طريق العودة إلينا أو وصل بالفعل. سنراسلك بمجرد فحصه.

## The console's checklist before packing (an order's page).
server-check-address-ok = العنوان مطابق لتنسيق البلد والرمز البريدي يناسب المنطقة.
server-check-address-fix = صحّح قبل التغليف: { $problems }
server-check-stock-ok = خُصمت كل المنتجات من المخزون لهذا الطلب عند تقديمه أو دفعه.
server-check-stock-canceled = الطلب ملغى: عادت منتجاته إلى المخزون.
server-check-stock-held = المنتجات محجوزة فقط ريثما يتأكد الدفع بالبطاقة.
server-check-paid = تم الدفع عبر { $kind }.
server-check-on-delivery = الدفع عند الاستلام: يحصّل المندوب المبلغ.
server-check-awaiting = في انتظار وصول الدفع ({ $kind }).
server-check-pending = لم يتأكد الدفع بالبطاقة بعد.
server-check-no-payment = لا يوجد دفع يمكن الشحن على أساسه.
