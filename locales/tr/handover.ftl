# The warm handover: a named worker, a time, and what the worker reads.

## Booking in the chat (dialogs/common.yaml, flow booking)
booking-worker =
    Senin için birini buldum: { $organisation } kurumundan { $name }.
    { $name } şu dilleri konuşuyor: { $languages }.
    { $intro }
booking-pick = Sana ne zaman uyar? Bir saat seç.
booking-other_time = Bu saatlerin hiçbiri uymuyor
booking-taken = Bu saati az önce başka biri seçti. Başka bir saat seç.
booking-done =
    { $name } ile randevun hazır: { $time }.
    Anlattıklarını { $name } okuyacak. Yani her şeyi yeniden anlatman gerekmiyor.
    { $name } randevuyu onaylayınca sana bir mesaj gelecek.
    Tehlikede misin? 112'yi ara.
booking-nobody =
    Şu anda boş saati olan kimseyi bulamadım.
    Luisterloket'ten bir koordinatör bir iş günü içinde seninle iletişime geçecek.
    Tehlikede misin? 112'yi ara.
booking-other =
    Tamam, sorun değil. Bir koordinatör seninle birlikte başka bir saat bulacak.
    Bir iş günü içinde bizden haber alacaksın.

## How a time is shown: "1 Aralık Salı, 10:00 · telefon"
slot-label = { $day } { $month } { $weekday }, { $time } · { $mode }
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
month-1 = Ocak
month-2 = Şubat
month-3 = Mart
month-4 = Nisan
month-5 = Mayıs
month-6 = Haziran
month-7 = Temmuz
month-8 = Ağustos
month-9 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
mode-call = telefon
mode-home_visit = evinde
mode-walk_in = görüşme saatinde
mode-chat = sohbette

## Urgency, as a worker reads it
urgency-normal = normal
urgency-soon = yakında, birkaç gün içinde
urgency-acute = acil, bugün

## What the worker gets
worker-handover =
    Yeni yönlendirme #{ $number }: { $name } ({ $language }).
    Konular: { $domains }.
    Aciliyet: { $urgency }.
    Randevu: { $time }.
worker-own-words = Kendi sözleriyle ({ $language }): “{ $words }”
worker-accept = ✅ Kabul et
worker-decline = ❌ Geri ver
worker-help = Bir yönlendirmeyi kabul etmek için /accept ve numarayı yaz. Geri vermek için /decline, numarayı ve kısa bir sebep yaz.
worker-not-yours = Yönlendirme #{ $number } sana atanmamış.
worker-accepted = Teşekkürler. Yönlendirme #{ $number } artık sende. Mahalle sakinine haber veriyoruz.
worker-declined = Yönlendirme #{ $number } geri verildi. Başka birini arıyoruz.
coordinator-unassigned = Yönlendirme #{ $number } için henüz kimse yok. Birini bulabilir misin? Bak: luisterloket handovers --status unassigned
team-new = { $worker } için yeni yönlendirme #{ $number }.

## What the resident hears afterwards
resident-accepted = Güzel haber: { $worker } randevunu onayladı: { $time }.
resident-reassigned = Randevun artık { $organisation } kurumundan { $worker } ile: { $time }. Anlattıklarını ona zaten ilettik.
resident-reassign-pending = Maalesef mahalle çalışanın gelemiyor. Bir koordinatör başka birini arıyor ve bir iş günü içinde seninle iletişime geçecek.

## Nothing waits silently: escalation, reminders, follow-up
coordinator-escalated = Yönlendirme #{ $number }, { $worker } tarafından zamanında kabul edilmedi. Şimdi sıradaki mahalle çalışanına gidiyor. Sen de bir göz atar mısın?
reminder-resident = Küçük bir hatırlatma: yarın { $worker } ile randevun var: { $time }. Sana uymuyorsa bize bir mesaj gönder.
reminder-worker = Hatırlatma: yarın yönlendirme #{ $number } için { $name } ile randevun var: { $time }.
followup-resident = { $worker } ile bir randevun vardı. Sana yardımcı oldu mu?
followup-yes = 👍 Evet
followup-no = 👎 Hayır, henüz değil
followup-thanks = Cevabın için teşekkürler. Başka bir şey sormak ister misin? Bize bir mesaj yazman yeterli.
outcome-worker = Yönlendirme #{ $number } nasıl geçti? Uygun olanı seç.
outcome-helped = Yardım edildi
outcome-referred = Başka bir kuruma yönlendirildi
outcome-no_show = Gelmedi
outcome-new_appointment = Yeni randevu
outcome-thanks = Teşekkürler. Yönlendirme #{ $number } için sonucu kaydettik.

## Local offers, after booking
booking-offers =
    Mahallende bunlar da sana yardımcı olabilir:
    { $offers }
offer-line = • { $name }: { $what } { $when }, { $where } ({ $contact })

## /afspraak: see, move or cancel the appointment
appointment-none = Şu anda bizde bir randevun yok. Yardım ister misin? Bize bir mesaj yazman yeterli.
appointment-show = { $name } ile randevun var: { $time }. Ne yapmak istersin?
appointment-keep = Böyle kalsın
appointment-move = Başka bir saat
appointment-cancel = İptal et
appointment-kept = Tamam, randevun olduğu gibi duruyor.
appointment-cancelled = Randevun iptal edildi. { $name } bilgilendirilecek. Sonra yine de yardım istersen bize bir mesaj gönder.
worker-cancelled = Yönlendirme #{ $number } ({ $name }) mahalle sakini tarafından iptal edildi. Bu saat yeniden boş.

## Instead of a time: a call back, or someone else
booking-call_me = 📞 Beni telefonla arayın
booking-other_person = Başka biri
booking-called =
    Tamam. { $name } seni genellikle bir iş günü içinde arayacak.
    Anlattıklarını { $name } okuyacak. Yani her şeyi yeniden anlatman gerekmiyor.
    Tehlikede misin? 112'yi ara.
worker-callback = lütfen geri ara, belirli bir saat yok

## Acute, and the worker proposing another time
coordinator-acute = Acil: bir mahalle sakininin şu anda yardıma ihtiyacı var. Yönlendirmeyi { $worker } alıyor. Sen de hemen bir göz atar mısın?
worker-propose = 🕑 Başka bir saat öner
worker-proposed = Yönlendirme #{ $number } için başka bir saat önerdin: { $time }. Bu saatin uyup uymadığını mahalle sakinine soracağız.
worker-no-times = Önümüzdeki haftalarda yönlendirme #{ $number } için boş saatin kalmadı. /decline ile geri verebilir ya da koordinatöre sorabilirsin.
resident-proposal = { $worker } başka bir saat öneriyor: { $time }. Sana uyar mı?
resident-proposal-ok = ✅ Evet, uyar
resident-proposal-no = ❌ Hayır, uymuyor
proposal-thanks = Harika. Randevun artık yeni saatte.
proposal-coordinator = Tamam, sorun değil. Bir koordinatör bir iş günü içinde seninle iletişime geçecek ve birlikte başka bir saat bulacaksınız.
coordinator-proposal-declined = Yönlendirme #{ $number } için yeni saat mahalle sakinine uymuyor. Onunla birlikte başka bir saat bulabilir misin?

# The caption of a file a resident sent, forwarded to the worker.
worker-attachment = Sakinin gönderdiği dosya, yönlendirme #{ $number }: { $name }
worker-attachment-missing = Sakin, yönlendirme #{ $number } için bir dosya gönderdi ({ $name }), ama dosya gelmedi: ya çok büyük ya da bir arıza oldu. İstersen tekrar iste.
