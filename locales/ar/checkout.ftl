# Vitrine checkout

## Page
# The browser tab's title; $shop is the shop's name.
checkout-page-title = إتمام الشراء · { $shop }
checkout-title = إتمام الشراء
checkout-empty-title = سلة التسوق فارغة
checkout-start-shopping = ابدأ التسوق

## Steps
# Read before each step's heading by screen readers: "Step 1 of 5: Contact".
checkout-step-of = الخطوة { $step } من { $steps }:{" "}
checkout-step-edit = تعديل
# $step names the step whose answers the button edits.
checkout-step-edit-label = { $step ->
    [contact] تعديل بيانات التواصل
    [address] تعديل عنوان الشحن
    [delivery] تعديل طريقة التوصيل
    [payment] تعديل طريقة الدفع
   *[other] تعديل المراجعة وتقديم الطلب
}

## Step 1: contact
checkout-contact-title = بيانات التواصل
checkout-email-label = البريد الإلكتروني
checkout-email-note = لإرسال الإيصال وآخر المستجدات بشأن هذا الطلب.
checkout-email-hint = أدخل عنوان بريد إلكتروني مثل name@example.com.
checkout-contact-continue = المتابعة إلى عنوان الشحن

## Step 2: shipping address
checkout-address-title = عنوان الشحن
checkout-address-country = البلد أو المنطقة
checkout-address-choose-country = اختر البلد
checkout-address-country-missing = يُرجى اختيار البلد.
checkout-address-note = نتحقق من أن العنوان مكتمل وصحيح الصياغة، لا من وجوده فعلًا.
# $label is the field's label ("Company").
checkout-address-optional = { $label } (اختياري)
# A field's placeholder; $example is an example value ("95014").
checkout-address-example = مثال: { $example }
# First choice of a list; $field is the field's label ("state", lower case where the language writes it so).
checkout-address-choose = اختر { $field }
# Accepts a corrected value the address rules suggest ("CA").
checkout-address-use-suggestion = استخدم { $suggestion }
checkout-address-checking = جارٍ التحقق…
checkout-address-continue = المتابعة إلى التوصيل

## Step 3: delivery
checkout-delivery-title = التوصيل
checkout-delivery-legend = طريقة الشحن
# $from and $to are the earliest and latest delivery dates.
checkout-delivery-arrives = يصل بين { $from } و{ $to }
checkout-delivery-free = مجاني
checkout-delivery-continue = المتابعة إلى الدفع

## Step 4: payment
checkout-payment-title = الدفع
checkout-payment-legend = طريقة الدفع
checkout-payment-choose = يُرجى اختيار طريقة الدفع.
checkout-payment-invoice-company = يتطلب الدفع بالفاتورة اسم شركة: أضفه إلى العنوان (الخطوة 2).
checkout-credit-label = رمز رصيد المتجر (اختياري)
checkout-credit-hint = من عملية إرجاع، مثل SC-7QK2-9XH4. يُخصم أولًا، وتدفع طريقة الدفع الباقي.
checkout-payment-securing = جارٍ تأمين بيانات البطاقة…
checkout-payment-continue = مراجعة الطلب

## Card form
checkout-card-number = رقم البطاقة
checkout-card-expiry = تاريخ الانتهاء (MM / YY)
checkout-card-expiry-placeholder = MM / YY
checkout-card-cvc = رمز الأمان
# The security code field's placeholder.
checkout-card-cvc-digits = { $count ->
    [zero] بلا أرقام
    [one] رقم واحد
    [two] رقمان
    [few] { $count } أرقام
    [many] { $count } رقمًا
   *[other] { $count } رقم
}
checkout-card-name = الاسم على البطاقة (اختياري)
checkout-card-note = تُرسل بيانات بطاقتك مباشرةً إلى مزوّد الدفع لدينا، ولا يطّلع عليها هذا المتجر ولا يحفظها أبدًا.
checkout-card-again = يُرجى إدخال بيانات بطاقتك مرة أخرى.

## The bank's challenge dialog
checkout-challenge-title = أكّد الدفع لدى مصرفك
checkout-challenge-frame = صفحة التأكيد لدى مصرفك

## Step 5: review
checkout-review-title = المراجعة وتقديم الطلب
checkout-review-note = راجع البيانات أعلاه، ويمكنك تعديل أي خطوة. بتقديم الطلب، فإنك توافق على دفع المبلغ الإجمالي المعروض.
# $code is the store credit code.
checkout-review-credit = يُخصم رصيد المتجر { $code } أولًا، ولا يُحصَّل من طريقة الدفع إلا المبلغ المتبقي.
checkout-review-placing = جارٍ تقديم طلبك…
# $total is the order's total.
checkout-review-place = تقديم الطلب · { $total }
# No answer from the shop; $error is what went wrong.
checkout-retry = { $error } يمكنك المحاولة مرة أخرى بأمان، فلن يُخصم المبلغ مرتين.

## Order summary
checkout-summary-label = ملخص الطلب
checkout-summary-title = ملخص الطلب
checkout-summary-qty = الكمية: { $count }
# $variant is the chosen options ("Blue / M").
checkout-summary-variant-qty = { $variant } · الكمية: { $count }
