# The intake flow (dialogs/intake.yaml) and its summary labels.

intake-welcome =
    Mahallendeki Luisterloket'e hoş geldin. Burası seni dinleyen bir danışma yeri. 👋
    Ben dijital bir asistanım, insan değilim. Sana birkaç kısa soru soracağım.
    Sonra mahallenden gerçek bir insan sana yardım edecek: bir mahalle çalışanı (sosyal çalışan).
    Ücretsizdir. Anlattıkların gizli kalır.
    İstediğin zaman "Bir insanla konuş" düğmesine dokunabilirsin.

intake-language = Hangi dilde devam etmek istersin?

intake-story-intro = Burada olman çok güzel. Hiçbir şey hazırlaman gerekmiyor.
intake-story = Neler oluyor? Kendi sözlerinle anlat. Birkaç cümle yeterli.

intake-domains =
    Konu ne? Birden fazla şey seçebilirsin.
    Bir düğmeye dokun ya da numaraları yaz, örneğin: 1, 3

domain-money = 💶 Para ve faturalar
domain-housing = 🏠 Ev ve konut
domain-work = 💼 İş ve gelir
domain-health = 🩺 Sağlık
domain-family = 👪 Aile ve çocuklar
domain-safety = 🛟 Güvenlik
domain-social = 🤝 İnsanlarla görüşmek
domain-paperwork = 📄 Mektuplar ve formlar
domain-language = 💬 Hollandaca
domain-neighbourhood = 🏘️ Mahalle

intake-strengths =
    Herkesin iyi yaptığı bir şey vardır. Zor zamanlarda sana ne iyi gelir? Neyi iyi yaparsın?
    İstersen bu soruyu geçebilirsin.

summary-story = Anlattıkların
summary-domains = Konular
summary-strengths = Sana iyi gelenler

intake-heard = Anladığım kadarıyla konu şu: { $domains }. Doğru mu?
intake-urgent = Bu acil görünüyor. Bir mahalle çalışanının seni bugün aramasını ister misin?
summary-call-today = Bugün aranmak
