# Shared flows (dialogs/common.yaml): details, closing, person, language, help, stop.

## Details
details-name = بماذا نناديك؟ اسمك الأول يكفي.
details-postcode = ما هو الرمز البريدي لعنوانك؟ به نبحث عن شخص قريب منك في الحي.
details-contact = كيف يناسبك أن يتواصل معك الأخصائي الاجتماعي في الحي؟
contact-chat = هنا في المحادثة
contact-phone = باتصال هاتفي
contact-visit = زيارة في بيتي
contact-walk_in = آتي إليكم في ساعات الاستقبال
details-phone = على أي رقم نتصل بك؟
summary-name = الاسم
summary-postcode = الرمز البريدي
summary-contact = طريقة التواصل
summary-phone = الهاتف

## Closing
closing-summary = هذا ما سمعته منك:
closing-consent =
    هل يمكنني إرسال هذا إلى أخصائي اجتماعي في حيّك؟
    هذا الشخص وحده سيراه. وهكذا لن يكون عليك أن تحكي قصتك مرة ثانية.
closing-thanks =
    شكرًا جزيلًا. أرسلتُ كلامك.
    سيتواصل معك أخصائي اجتماعي من حيّك، غالبًا خلال يوم عمل واحد.
    هل أنت في خطر؟ اتصل فورًا بالرقم 112.
closing-declined =
    لا مشكلة. لن أرسل أي شيء، ولن أحفظ أجوبتك.
    يمكنك البدء من جديد في أي وقت. يكفي أن ترسل رسالة.

## Talk to a person
person-intro =
    طلبتَ التحدث مع شخص. هذا ممكن.
    سأسألك بعض الأشياء القليلة، حتى يعرف الأخصائي الاجتماعي كيف يتواصل معك.

## Language
language-choose = أي لغة تناسبك؟
language-changed = حسنًا، سنكمل الآن باللغة العربية.

## Help
help-text =
    أنا المساعد الرقمي في ⁨Luisterloket⁩. يمكنك كتابة هذه الأوامر في أي وقت:
    ⁨/lugha⁩ – لاختيار لغة أخرى
    ⁨/shakhs⁩ – للتحدث مع شخص
    ⁨/mawid⁩ – لرؤية موعدك أو تغييره أو إلغائه
    ⁨/start⁩ – للبدء من جديد
    ⁨/stop⁩ – للتوقف
    ⁨/musaada⁩ – لرؤية هذه المساعدة
    هل أنت في خطر؟ اتصل بالرقم 112.

## Stop and restart
stop-bye =
    نتوقف هنا. لن أرسل أي شيء، ولن أحفظ أجوبتك.
    إذا أردت البدء من جديد، يكفي أن ترسل رسالة.
restart-again = نبدأ من جديد.

## The command menu in the chat app (short)
menu-start = البدء من جديد
menu-language = اختيار لغة أخرى
menu-person = التحدث مع شخص
menu-appointment = رؤية موعدك أو تغييره أو إلغاؤه
menu-help = المساعدة
menu-stop = التوقف
