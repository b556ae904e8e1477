# Texts the engine itself uses, at any step of any flow.
# Plain Turkish, B1: short sentences, everyday words, one question at a time. Address: "sen".

## Buttons that are always there
button-person = 🙋 Bir insanla konuş
button-language = 🌐 Başka dil
button-done = ✅ Bitti

## Answers
answer-yes = Evet
answer-no = Hayır
answer-skip = Geç
answer-anonymous = Söylemek istemiyorum
answer-unknown = Bilmiyorum

## Language names: always in the language itself, so everyone finds their own
language-nl = Nederlands
language-en = English
language-ar = العربية
language-tr = Türkçe
language-pl = Polski
language-uk = Українська

## When an answer does not fit
input-empty = Boş bir mesaj geldi. Cevabını yaz ya da bir düğmeye dokun.
invalid-choice = Bunu tam anlayamadım. Bir düğmeye dokun ya da numarayı yaz.
invalid-yesno = Evet ya da hayır diye cevap ver. Bir düğmeye de dokunabilirsin.
invalid-number = Sadece bir sayı yaz, örneğin 3.
invalid-date = Tarihi şöyle yaz: 25-12-2026.
invalid-phone = Bu bir telefon numarasına benzemiyor. Şöyle yaz: 06 12345678.
invalid-postcode = Posta kodu şöyle görünür: 1234 AB. Bilmiyor musun? Düğmeye dokun.
invalid-text = Yazı gelmedi. Kendi sözlerinle rahatça anlatabilirsin.
choice-noted = Teşekkürler. Yazdıklarını kaydettim. Şimdi aşağıdan bir konu da seç.
multi-more = Başka bir şey var mı? Bir konu daha seç ya da Bitti'ye dokun.
command-unknown = Bu komutu bilmiyorum.
resume-after-update = Özür dilerim, biraz karıştırdım. Kaldığımız yerden devam etmeye çalışıyoruz.

## The summary
summary-line = • { $label }: { $value }

## The safety guard: shown at once when someone may be in danger, at any step
guard-safety =
    Yazdıkların beni endişelendiriyor. Bu durumda yalnız değilsin.
    Tehlikede misin? Hemen 112'yi ara.
    Evde şiddet varsa ya da birisi için endişeleniyorsan: Veilig Thuis (evde şiddet için yardım hattı), 0800-2000 (ücretsiz, gece gündüz).
    İntiharı düşünüyor musun? 113 Zelfmoordpreventie'yi (intiharı önleme hattı) ara: 0800-0113. Ya da 113.nl sitesine bak.
    Çocuklar ve gençler için: Kindertelefoon (çocuk yardım hattı), 0800-0432.
    Luisterloket'ten bir koordinatöre de yardıma ihtiyacın olduğunu hemen haber veriyorum. Sonra sakin sakin devam ederiz.

# A file (photo, letter, voice note) arrived without words.
media-saved = Teşekkürler, dosyanı kaydettim. Bir mahalle çalışanıyla randevu alırsan dosya ona da gider; tekrar göndermen gerekmez.

# A message arrived but could not be read (encrypted without its key).
message-unreadable = Son mesajın düzgün gelmedi, okuyamadım. Tekrar gönderebilir misin?
