# The intake flow (dialogs/intake.yaml) and its summary labels.

intake-welcome =
    أهلًا وسهلًا بك في ⁨Luisterloket⁩ في حيّك، يعني «مكتب الاستماع». 👋
    أنا مساعد رقمي، ولست إنسانًا. سأسألك بعض الأسئلة القصيرة.
    بعدها يساعدك شخص حقيقي من حيّك: أخصائي اجتماعي في الحي.
    الخدمة مجانية. وكلامك يبقى سرًّا.
    ويمكنك في أي وقت الضغط على زر «أريد التحدث مع شخص».

intake-language = بأي لغة نكمل الحديث؟

intake-story-intro = يسعدنا أنك هنا. لا داعي لتحضير أي شيء.
intake-story = ماذا يحدث معك؟ يمكنك أن تحكي بكلماتك أنت. بضع جمل تكفي.

intake-domains =
    ما الموضوع؟ يمكنك اختيار أكثر من موضوع واحد.
    يمكنك الضغط على زر، أو كتابة الأرقام، مثلًا: 1, 3

domain-money = 💶 المال والفواتير
domain-housing = 🏠 السكن
domain-work = 💼 العمل والدخل
domain-health = 🩺 الصحة
domain-family = 👪 العائلة والأطفال
domain-safety = 🛟 الأمان
domain-social = 🤝 التواصل مع الناس
domain-paperwork = 📄 الرسائل والاستمارات
domain-language = 💬 اللغة الهولندية
domain-neighbourhood = 🏘️ الحي

intake-strengths =
    كل إنسان عنده شيء يُحسنه. ما الذي يساعدك عندما تصعب الأمور؟ وما هي نقاط قوّتك؟
    ويمكنك أيضًا تخطّي هذا السؤال.

summary-story = ما حكيته لي
summary-domains = المواضيع
summary-strengths = ما يساعدك

intake-heard = فهمتُ أن كلامك عن: { $domains }. هل هذا صحيح؟
intake-urgent = يبدو أن الأمر عاجل. هل تريد أن يتصل بك أخصائي اجتماعي من الحي اليوم نفسه؟
summary-call-today = اتصال اليوم
