# Vitrine emails to shoppers

# Server and email messages
email-order-thanks = شكرًا لك على طلبك { $number } من { $shop }.
email-order-got-it = شكرًا لك! لقد استلمنا طلبك { $number }.
email-order-total = الإجمالي: { $total }
email-order-total-label = الإجمالي
email-order-shipping = الشحن: { $method }
email-order-see-it = يمكنك الاطلاع على طلبك في أي وقت: { $link }
email-order-subject = تم تأكيد طلبك { $number }
email-order-button = عرض طلبك
email-tracking-number = رقم التتبع لدى { $carrier }: { $number }
email-follow-order = تابع طلبك: { $link }
email-track-button = تتبّع طلبك
email-shipped-body = أخبار سارة: طلبك { $number } في الطريق إليك مع { $carrier }.
email-estimated-delivery = موعد التسليم المتوقع: { $window }.
email-shipped-subject = تم شحن طلبك { $number }
email-out-for-delivery-body = طردك من الطلب { $number } خرج للتوصيل اليوم مع { $carrier }.
email-out-for-delivery-subject = خرج للتوصيل: الطلب { $number }
email-delivered-body = تم تسليم طردك من الطلب { $number }. نأمل أن ينال إعجابك!
email-delivered-subject = تم التسليم: الطلب { $number }
email-new-estimate = الموعد المتوقع الجديد: { $window }.
email-delayed-subject = مستجدات بشأن طلبك { $number }
email-cart-intro-html = تركت هذه المنتجات في سلتك، وقد احتفظنا بها لك:
email-cart-one-reminder-html = هذا تذكير واحد فقط. <a href="{ $link }">إلغاء الاشتراك</a> في التذكيرات المماثلة.
email-cart-subject = هل ما زلت تفكر؟ سلتك في { $shop } محفوظة
email-cart-intro-text = تركت هذه المنتجات في سلتك:
email-cart-pick-up = تابع من حيث توقفت: { $link }
email-cart-one-reminder-text = هذا تذكير واحد فقط. لإلغاء الاشتراك: { $link }
email-cart-heading = سلتك محفوظة
email-cart-button = العودة إلى سلتك
email-restock-html = { $name } متوفر من جديد. طلبت منا إبلاغك مرة واحدة، وهذه هي الرسالة.
email-unsubscribe-html = <a href="{ $link }">إلغاء الاشتراك</a> في الرسائل المماثلة.
email-restock-subject = { $name } متوفر من جديد
email-restock-text = { $name } متوفر من جديد: { $link }
email-restock-text-once = طلبت منا إبلاغك مرة واحدة. لإلغاء الاشتراك: { $link }
email-restock-heading = { $title } عاد من جديد
email-restock-button = عرضه في المتجر
email-follow-up-and-more = { $count ->
    [one] { $first } ومنتج آخر
    [two] { $first } ومنتجان آخران
    [few] { $first } و{ $count } منتجات أخرى
    [many] { $first } و{ $count } منتجًا آخر
   *[other] { $first } و{ $count } منتج آخر
}
email-follow-up-your-order = طلبك
email-follow-up-arrived = وصل طلبك { $number } قبل بضعة أيام. نأمل أن يكون { $what } كل ما كنت تريده.
email-follow-up-not-right-html = إذا لم يكن شيء ما على ما يرام (المقاس أو اللون أو عيب ما)، فردّ على هذه الرسالة أو ابدأ إرجاعًا من صفحة طلبك خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
} من التسليم.
email-follow-up-not-right-text = إذا لم يكن شيء ما على ما يرام، فردّ على هذه الرسالة أو ابدأ إرجاعًا من صفحة طلبك خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
} من التسليم: { $link }
email-follow-up-one-email-html = رسالة واحدة فقط. <a href="{ $link }">إلغاء الاشتراك</a> في الرسائل المماثلة.
email-follow-up-one-email-text = رسالة واحدة فقط. لإلغاء الاشتراك: { $link }
email-follow-up-subject = ما رأيك في { $what }؟
email-follow-up-heading = ما تقييمك لتجربتك معنا؟
email-follow-up-button = طلبك
email-return-follow = تابع إرجاعك: { $link }
email-return-button = عرض الإرجاع
email-return-requested-subject = استلمنا طلب الإرجاع { $rma }
email-return-requested-thanks = شكرًا لك: استلمنا طلبك لإرجاع منتجات من الطلب { $number }.
email-return-requested-review = سنراجعه خلال يوم عمل واحد ونرسل إليك بالبريد الإلكتروني طريقة إعادة المنتجات.
email-return-approved-subject = تمت الموافقة على إرجاعك { $rma }
email-return-approved-body = أخبار سارة: تمت الموافقة على إرجاعك { $rma }.
email-return-approved-label = اطبع الملصق من صفحة الإرجاع، وألصقه على الطرد، وسلّمه في أي فرع من فروع { $carrier } خلال { $days ->
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}.
email-return-rejected-subject = بخصوص إرجاعك { $rma }
email-return-rejected-body = نأسف لإبلاغك بأننا لا نستطيع قبول إرجاعك { $rma }.
email-return-rejected-reason = السبب: { $reason }
email-return-rejected-reply = ردّ على هذه الرسالة إذا أردت مناقشة الأمر.
email-return-received-subject = استلمنا إرجاعك { $rma }
email-return-received-body = وصل إرجاعك { $rma } وقد فحصناه: { $summary }.
email-return-received-next = سيصلك المبلغ المسترد أو رصيد المتجر أو الاستبدال خلال { $days ->
    [one] يوم عمل واحد
    [two] يومي عمل
    [few] { $days } أيام عمل
   *[other] { $days } يوم عمل
}.
email-return-credit-subject = رصيد المتجر الخاص بإرجاعك { $rma }
email-return-credit-ready = رصيد المتجر الخاص بك بقيمة { $amount } جاهز.
email-return-credit-ready-bonus = رصيد المتجر الخاص بك بقيمة { $amount } (مع مكافأة { $percent }٪ منا) جاهز.
email-return-credit-code = رمزك: { $code }. احتفظ به في مكان آمن، فهو يعمل مثل بطاقة الهدايا.
email-exchange-subject = تم شحن الاستبدال الخاص بإرجاعك { $rma }
email-exchange-body = الاستبدال الخاص بك في الطريق: { $items }.
email-refund-subject = استرداد المبلغ لإرجاعك { $rma }
email-refund-body = أعدنا { $amount } إلى وسيلة الدفع الأصلية الخاصة بك عن الإرجاع { $rma }.
email-refund-banks = تستغرق البنوك من 3 إلى 5 أيام لإظهاره.
