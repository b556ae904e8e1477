# Shared flows (dialogs/common.yaml): details, closing, person, language, help, stop.

## Details
details-name = Sana nasıl seslenelim? Sadece adın yeterli.
details-postcode = Posta kodun nedir? Böylece sana yakın birini buluruz.
details-contact = Mahalle çalışanı sana nasıl ulaşsın?
contact-chat = Burada, sohbette
contact-phone = Telefonla
contact-visit = Evime gelsin
contact-walk_in = Görüşme saatinde ben gelirim
details-phone = Seni hangi numaradan arayabiliriz?
summary-name = Ad
summary-postcode = Posta kodu
summary-contact = İletişim
summary-phone = Telefon

## Closing
closing-summary = Senden bunları duydum:
closing-consent =
    Bunu mahallendeki bir mahalle çalışanıyla paylaşabilir miyim?
    Bunu sadece o kişi görür. Böylece her şeyi bir daha anlatmak zorunda kalmazsın.
closing-thanks =
    Çok teşekkür ederim. Bilgilerini ilettim.
    Mahallenden bir mahalle çalışanı seninle iletişime geçecek. Bu genellikle bir iş günü içinde olur.
    Tehlikede misin? O zaman 112'yi ara.
closing-declined =
    Tamam, sorun değil. Hiçbir şey paylaşmıyorum ve cevaplarını saklamıyorum.
    İstediğin zaman yeniden başlayabilirsin. Bir mesaj göndermen yeterli.

## Talk to a person
person-intro =
    Bir insanla konuşmak istiyorsun. Bu mümkün.
    Birkaç şey daha soracağım. Böylece mahalle çalışanı sana nasıl ulaşacağını bilir.

## Language
language-choose = Dilini seç.
language-changed = Tamam, Türkçe devam ediyoruz.

## Help
help-text =
    Ben Luisterloket'in dijital asistanıyım. Bunları her zaman yazabilirsin:
    /dil – başka bir dil seçmek
    /insan – bir insanla konuşmak
    /randevu – randevunu görmek, değiştirmek ya da iptal etmek
    /start – yeniden başlamak
    /stop – durmak
    /yardim – bu yardımı görmek
    Tehlikede misin? 112'yi ara.

## Stop and restart
stop-bye =
    Burada duruyoruz. Hiçbir şey paylaşmıyorum ve cevaplarını saklamıyorum.
    Yeniden başlamak istersen bir mesaj gönder.
restart-again = Yeniden başlıyoruz.

## The command menu in the chat app (short)
menu-start = Yeniden başla
menu-language = Başka bir dil seç
menu-person = Bir insanla konuş
menu-appointment = Randevunu gör, değiştir ya da iptal et
menu-help = Yardım
menu-stop = Dur
