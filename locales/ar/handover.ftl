# The warm handover: a named worker, a time, and what the worker reads.

## Booking in the chat (dialogs/common.yaml, flow booking)
booking-worker =
    وجدتُ لك شخصًا يساعدك: { $name } من { $organisation }.
    لغات التواصل مع { $name }: { $languages }.
    { $intro }
booking-pick = متى يناسبك؟ اختر وقتًا.
booking-other_time = لا يناسبني أي وقت من هذه
booking-taken = شخص آخر اختار هذا الوقت قبل قليل. من فضلك، اختر وقتًا آخر.
booking-done =
    تم حجز موعدك مع { $name }: { $time }.
    ستصل قصتك إلى { $name }، فلا داعي أن تحكيها مرة ثانية.
    ستصلك رسالة عند تأكيد { $name } للموعد.
    هل أنت في خطر؟ اتصل بالرقم 112.
booking-nobody =
    لم أجد الآن أحدًا عنده وقت فارغ.
    سيتواصل معك أحد المنسّقين في ⁨Luisterloket⁩ خلال يوم عمل واحد.
    هل أنت في خطر؟ اتصل بالرقم 112.
booking-other =
    لا مشكلة. سيبحث معك أحد المنسّقين عن وقت آخر.
    سنتواصل معك خلال يوم عمل واحد.

## How a time is shown: "الثلاثاء 1 ديسمبر، 10:00 · مكالمة"
slot-label = { $weekday } { $day } { $month }، { $time } · { $mode }
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
mode-call = مكالمة
mode-home_visit = في بيتك
mode-walk_in = في ساعات الاستقبال
mode-chat = في المحادثة

## Urgency, as a worker reads it
urgency-normal = عادي
urgency-soon = قريبًا، خلال بضعة أيام
urgency-acute = عاجل، اليوم

## What the worker gets
worker-handover =
    إحالة جديدة #{ $number }: { $name } ({ $language }).
    المواضيع: { $domains }.
    درجة الاستعجال: { $urgency }.
    الموعد: { $time }.
worker-own-words = بكلمات الشخص نفسه ({ $language }): «{ $words }»
worker-accept = ✅ قبول
worker-decline = ❌ إرجاع
worker-help = لقبول إحالة، اكتب ⁨/accept⁩ ورقم الإحالة. ولإرجاعها، اكتب ⁨/decline⁩ والرقم وسببًا قصيرًا.
worker-not-yours = الإحالة #{ $number } ليست باسمك.
worker-accepted = شكرًا. الإحالة #{ $number } صارت باسمك. سنُخبر الشخص بذلك.
worker-declined = تم إرجاع الإحالة #{ $number }. نبحث الآن عن شخص آخر.
coordinator-unassigned = الإحالة #{ $number } ما زالت بلا أحد. هل يمكنك أن تجد لها شخصًا؟ انظر: ⁨luisterloket handovers --status unassigned⁩
team-new = إحالة جديدة #{ $number } إلى { $worker }.

## What the resident hears afterwards
resident-accepted = خبر جيد: تأكّد موعدك مع { $worker }: { $time }.
resident-reassigned = موعدك الآن مع { $worker } من { $organisation }: { $time }. وقد أرسلنا قصتك مسبقًا، فلا داعي أن تحكيها من جديد.
resident-reassign-pending = للأسف، لا يستطيع الأخصائي الاجتماعي في حيّك الالتزام بالموعد. أحد المنسّقين يبحث الآن عن شخص آخر، وسيتواصل معك خلال يوم عمل واحد.

## Nothing waits silently: escalation, reminders, follow-up
coordinator-escalated = لم يصل ردّ من { $worker } على الإحالة #{ $number } في الوقت المحدد. ستنتقل الإحالة الآن إلى الأخصائي الاجتماعي التالي. من فضلك، تابِع الأمر أنت أيضًا.
reminder-resident = تذكير صغير: عندك غدًا موعد مع { $worker }: { $time }. إذا لم تستطع، أرسل لنا رسالة.
reminder-worker = تذكير: غدًا موعد الإحالة #{ $number } مع { $name }: { $time }.
followup-resident = كان عندك موعد مع { $worker }. هل ساعدك هذا الموعد؟
followup-yes = 👍 نعم
followup-no = 👎 لا، ليس بعد
followup-thanks = شكرًا على جوابك. هل تريد أن تسأل عن شيء آخر؟ يمكنك ببساطة أن ترسل لنا رسالة.
outcome-worker = كيف سارت الإحالة #{ $number }؟ اختر ما يناسب.
outcome-helped = تمت المساعدة
outcome-referred = تم التوجيه إلى جهة أخرى
outcome-no_show = لم يحضر الشخص
outcome-new_appointment = موعد جديد
outcome-thanks = شكرًا. حفظنا نتيجة الإحالة #{ $number }.

## Local offers, after booking
booking-offers =
    قد يساعدك هذا أيضًا، هنا في حيّك:
    { $offers }
offer-line = • { $name }: { $what } { $when }، { $where } ({ $contact })

## /afspraak: see, move or cancel the appointment
appointment-none = ليس عندك الآن موعد معنا. هل تريد مساعدة؟ يمكنك ببساطة أن ترسل لنا رسالة.
appointment-show = عندك موعد مع { $name }: { $time }. ماذا تريد أن تفعل؟
appointment-keep = إبقاء الموعد
appointment-move = وقت آخر
appointment-cancel = إلغاء الموعد
appointment-kept = حسنًا، موعدك باقٍ كما هو.
appointment-cancelled = تم إلغاء موعدك، وسنُخبر { $name } بذلك. إذا احتجت إلى مساعدة لاحقًا، أرسل لنا رسالة.
worker-cancelled = تم إلغاء الإحالة #{ $number } ({ $name }) بطلب من الشخص نفسه. صار هذا الوقت متاحًا من جديد.

## Instead of a time: a call back, or someone else
booking-call_me = 📞 أفضّل أن تتصلوا بي
booking-other_person = شخص آخر
booking-called =
    حسنًا. ستصلك مكالمة من { $name }، عادةً خلال يوم عمل واحد.
    ستصل قصتك إلى { $name }، فلا داعي أن تحكيها مرة ثانية.
    هل أنت في خطر؟ اتصل بالرقم 112.
worker-callback = يُرجى معاودة الاتصال، دون وقت محدد

## Acute, and the worker proposing another time
coordinator-acute = عاجل: شخص يحتاج إلى مساعدة الآن. أرسلنا الإحالة إلى { $worker }. من فضلك، تابِع الأمر فورًا.
worker-propose = 🕑 اقتراح وقت آخر
worker-proposed = اقترحت وقتًا آخر للإحالة #{ $number }: { $time }. سنسأل الشخص إن كان هذا الوقت يناسبه.
worker-no-times = لم يبقَ عندك وقت فارغ في الأسابيع القادمة للإحالة #{ $number }. يمكنك أن ترجعها بكتابة ⁨/decline⁩، أو أن تسأل المنسّق.
resident-proposal = وصلنا اقتراح من { $worker } بوقت آخر: { $time }. هل يناسبك هذا الوقت؟
resident-proposal-ok = ✅ نعم، يناسبني
resident-proposal-no = ❌ لا، لا يناسبني
proposal-thanks = رائع. موعدك الآن في الوقت الجديد.
proposal-coordinator = لا مشكلة. سيبحث معك أحد المنسّقين عن وقت آخر، وسيتواصل معك خلال يوم عمل واحد.
coordinator-proposal-declined = الوقت الجديد للإحالة #{ $number } لا يناسب الشخص. هل يمكنك أن تبحث معه عن وقت آخر؟

# The caption of a file a resident sent, forwarded to the worker.
worker-attachment = ملف من الساكن مرفق بالإحالة #{ $number }: { $name }
worker-attachment-missing = أرسل الساكن ملفًا مع الإحالة #{ $number } ({ $name })، لكنه لم يصل: إما لأنه كبير جدًا أو بسبب عطل. لا بأس أن تطلبه منه مرة أخرى.
