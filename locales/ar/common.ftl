# Texts the engine itself uses, at any step of any flow.
# Plain Arabic (MSA, close to spoken usage): short sentences, everyday words, one question at a time.

## Buttons that are always there
button-person = 🙋 أريد التحدث مع شخص
button-language = 🌐 لغة أخرى
button-done = ✅ انتهيت

## Answers
answer-yes = نعم
answer-no = لا
answer-skip = تخطّي السؤال
answer-anonymous = أفضّل ألّا أقول
answer-unknown = لا أعرف

## Language names: always in the language itself, so everyone finds their own
language-nl = Nederlands
language-en = English
language-ar = العربية
language-tr = Türkçe
language-pl = Polski
language-uk = Українська

## When an answer does not fit
input-empty = وصلتني رسالة فارغة. يمكنك كتابة جوابك، أو الضغط على زر.
invalid-choice = لم أفهم جيدًا. يمكنك الضغط على زر، أو كتابة الرقم.
invalid-yesno = من فضلك، الجواب يكون «نعم» أو «لا». ويمكنك أيضًا الضغط على زر.
invalid-number = أحتاج رقمًا فقط، مثلًا: 3.
invalid-date = من فضلك، اكتب التاريخ هكذا: 25-12-2026.
invalid-phone = هذا لا يبدو رقم هاتف. من فضلك، اكتب الرقم هكذا: ⁨06 12345678⁩.
invalid-postcode = الرمز البريدي يكون هكذا: ⁨1234 AB⁩. ليس عندك الرمز؟ يمكنك الضغط على الزر.
invalid-text = لم يصلني أي نص. يمكنك أن تحكي بكلماتك أنت، على راحتك.
choice-noted = شكرًا. حفظتُ كلامك. والآن يمكنك أيضًا اختيار موضوع من الأزرار تحت.
multi-more = هل هناك شيء آخر؟ يمكنك اختيار موضوع آخر، أو الضغط على «انتهيت».
command-unknown = لا أعرف هذا الأمر.
resume-after-update = عذرًا، ضاع مني خيط الكلام قليلًا. سنكمل من حيث نستطيع.

## The summary
summary-line = • { $label }: { $value }

## The safety guard: shown at once when someone may be in danger, at any step
guard-safety =
    ما كتبته يُقلقني. أنت لست وحدك.
    هل أنت في خطر؟ اتصل فورًا بالرقم 112.
    هل يوجد عنف في البيت، أو أنت قلق على شخص ما؟ اتصل بخط ⁨Veilig Thuis⁩ (للمساعدة في العنف المنزلي): 0800-2000. الاتصال مجاني، ليلًا ونهارًا.
    هل تفكّر في الانتحار؟ اتصل بخط ⁨113 Zelfmoordpreventie⁩ (لمنع الانتحار): 0800-0113، أو ادخل على موقع ⁨113.nl⁩.
    للأطفال والشباب: خط ⁨Kindertelefoon⁩ (هاتف للأطفال والشباب)، 0800-0432.
    وأنا أُخبر الآن أيضًا أحد المنسّقين في ⁨Luisterloket⁩ أنك تحتاج إلى مساعدة. بعدها نكمل الحديث بهدوء.

# A file (photo, letter, voice note) arrived without words.
media-saved = شكرًا لك، حفظتُ ملفك. إذا حجزت موعدًا مع أحد العاملين في الحي، سيصله الملف أيضًا، فلن تحتاج إلى إرساله مرة أخرى.

# A message arrived but could not be read (encrypted without its key).
message-unreadable = رسالتك الأخيرة لم تصل بشكل سليم، فلم أستطع قراءتها. هل يمكنك إرسالها مرة أخرى؟
