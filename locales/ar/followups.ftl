# Follow-up questions per subject (dialogs/followups.yaml).

## Safety
safety-safe-now = هل أنت بأمان الآن؟
safety-numbers =
    هل أنت في خطر؟ اتصل فورًا بالرقم 112.
    عنف في البيت، أو قلق على شخص ما؟ اتصل بـ ⁨Veilig Thuis⁩ (مساعدة عند العنف في البيت): 0800-2000 (مجاني، ليلًا ونهارًا).
    هل تخطر لك أفكار عن الانتحار؟ اتصل بـ ⁨113 Zelfmoordpreventie⁩ (خط الوقاية من الانتحار): 0800-0113، أو ادخل على الموقع ⁨113.nl⁩.
    الأطفال والشباب يمكنهم الاتصال بـ ⁨Kindertelefoon⁩ (هاتف الأطفال): 0800-0432.
safety-call-soon = هل نطلب من أحد أن يتصل بك قريبًا؟
summary-safe-now = بأمان الآن
summary-call-soon = اتصال قريب

## Money
money-deadline = هل وصلتك رسالة من محصّل ديون رسمي (⁨deurwaarder⁩)؟ أو هل عليك أن تدفع قبل تاريخ معيّن؟
money-fixed-costs = هل يمكنك هذا الشهر دفع المصاريف الثابتة، مثل الإيجار والكهرباء والغاز؟
money-fixed-costs-yes = نعم
money-fixed-costs-partly = جزء منها
money-fixed-costs-no = لا
money-help-already = هل يساعدك أحد الآن في أمور المال؟
summary-money-deadline = محصّل ديون أو موعد دفع
summary-money-fixed-costs = دفع المصاريف الثابتة
summary-money-help-already = مساعدة في المال حاليًا

## Housing
housing-risk = هل تخاف أن تخسر بيتك؟
housing-risk-no = لا
housing-risk-maybe = ربما
housing-risk-soon = نعم، قريبًا
housing-risk-no_home = ليس عندي بيت الآن
housing-sleep-tonight = هل عندك مكان آمن للنوم الليلة؟
housing-problem = ما هي أكبر مشكلة في السكن؟
housing-problem-rent_arrears = تأخّر في دفع الإيجار
housing-problem-repairs = أشياء مكسورة أو عفن
housing-problem-too_small = البيت صغير جدًا
housing-problem-neighbours = مشاكل مع الجيران
housing-problem-other = شيء آخر
summary-housing-risk = خطر خسارة البيت
summary-housing-sleep-tonight = مكان للنوم الليلة
summary-housing-problem = مشكلة السكن

## Work
work-status = هل عندك عمل الآن؟
work-status-working = نعم، أعمل
work-status-looking = لا، أبحث عن عمل
work-status-cannot = لا، لا أستطيع العمل الآن
work-status-student = أذهب إلى المدرسة أو أدرس
work-wish = في أي شيء يمكننا مساعدتك؟
work-wish-find_work = إيجاد عمل
work-wish-income = دخل كافٍ
work-wish-training = دراسة أو دورة تدريبية
work-wish-conflict = مشكلة في عملي
summary-work-status = العمل
summary-work-wish = مساعدة في

## Health
health-kind = هل الأمر عن جسمك، أو عن مشاعرك وحالتك النفسية، أو عن الاثنين؟
health-kind-body = جسمي
health-kind-mind = مشاعري وحالتي النفسية
health-kind-both = الاثنان
health-doctor = هل عندك طبيب عائلة (⁨huisarts⁩)؟
summary-health-kind = الصحة
summary-health-doctor = طبيب العائلة

## Family
family-children = هل الأمر عن الأطفال أيضًا؟
family-worry = ما الذي يقلقك؟
family-worry-school = المدرسة
family-worry-upbringing = تربية الأطفال
family-worry-childcare = من يعتني بالأطفال
family-worry-relationship = علاقتي مع شريك حياتي
family-worry-other = شيء آخر
summary-family-children = عن الأطفال
summary-family-worry = القلق بسبب

## Contact with others
social-contact = كم مرة تتكلم مع ناس آخرين؟
social-contact-daily = كل يوم
social-contact-weekly = بضع مرات في الأسبوع
social-contact-rarely = تقريبًا لا أتكلم مع أحد
social-wish = ما الذي يعجبك من هذه الأشياء؟
social-wish-activity = نشاط مع الآخرين في الحي
social-wish-coffee = فنجان قهوة مع أحد
social-wish-volunteer = عمل تطوعي
social-wish-talk = فقط شخص أتكلم معه
summary-social-contact = التواصل مع الآخرين
summary-social-wish = ما يعجبك

## Letters and forms
paperwork-kind = من أرسل الرسالة أو الاستمارة؟
paperwork-kind-municipality = البلدية
paperwork-kind-tax = ⁨Belastingdienst⁩ (الضرائب) أو البدلات
paperwork-kind-benefit = ⁨UWV⁩ (مكتب العمل والإعانات) أو إعانة مالية
paperwork-kind-insurance = التأمين الصحي
paperwork-kind-energy = الكهرباء والغاز أو الماء
paperwork-kind-school = المدرسة أو ⁨DUO⁩ (مكتب الدراسة والاندماج)
paperwork-kind-other = شيء آخر
paperwork-deadline = هل في الرسالة تاريخ مهم، يجب عمل شيء قبله؟
summary-paperwork-kind = الرسالة من
summary-paperwork-deadline = التاريخ في الرسالة

## Dutch language
language-learn = ماذا تريد في اللغة الهولندية؟
language-learn-speak = أن أتكلم بشكل أفضل
language-learn-read_write = أن أقرأ وأكتب بشكل أفضل
language-learn-both = الاثنان
language-learn-interpreter = أريد مترجمًا
language-interpreter = هل نطلب مترجمًا للحديث مع الأخصائي الاجتماعي في الحي؟
summary-language-learn = اللغة
summary-language-interpreter = مترجم

## The neighbourhood
neighbourhood-topic = ما الموضوع؟
neighbourhood-topic-nuisance = إزعاج
neighbourhood-topic-street_safety = الشارع غير آمن
neighbourhood-topic-litter = أوساخ في الشارع
neighbourhood-topic-activities = أنشطة في الحي
neighbourhood-topic-idea = عندي فكرة
neighbourhood-join = هل عندك رغبة في المشاركة بشيء في الحي؟
summary-neighbourhood-topic = عن الحي
summary-neighbourhood-join = المشاركة في الحي
