# The warm handover: a named worker, a time, and what the worker reads.

## Booking in the chat (dialogs/common.yaml, flow booking)
booking-worker =
    Я знайшов для тебе людину: { $name } з { $organisation }.
    { $name } розмовляє такими мовами: { $languages }.
    { $intro }
booking-pick = Коли тобі зручно? Вибери час.
booking-other_time = Жоден час не підходить
booking-taken = Цей час щойно вибрав хтось інший. Вибери, будь ласка, інший.
booking-done =
    Зустріч призначено: { $time }. Тобі допоможе { $name }.
    { $name } отримає твою розповідь, тож розповідати все ще раз не треба.
    Ти отримаєш повідомлення, коли { $name } підтвердить зустріч.
    Тобі загрожує небезпека? Дзвони 112.
booking-nobody =
    Зараз немає нікого з вільним часом.
    Координатор Luisterloket зв'яжеться з тобою протягом одного робочого дня.
    Тобі загрожує небезпека? Дзвони 112.
booking-other =
    Добре. Координатор разом із тобою знайде інший час.
    Ми зв'яжемося з тобою протягом одного робочого дня.

## How a time is shown: "вівторок, 1 грудня, 10:00 · дзвінок"
slot-label = { $weekday }, { $day } { $month }, { $time } · { $mode }
weekday-1 = понеділок
weekday-2 = вівторок
weekday-3 = середа
weekday-4 = четвер
weekday-5 = п'ятниця
weekday-6 = субота
weekday-7 = неділя
month-1 = січня
month-2 = лютого
month-3 = березня
month-4 = квітня
month-5 = травня
month-6 = червня
month-7 = липня
month-8 = серпня
month-9 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
mode-call = дзвінок
mode-home_visit = у тебе вдома
mode-walk_in = у години прийому
mode-chat = у чаті

## Urgency, as a worker reads it
urgency-normal = звичайна
urgency-soon = швидко, протягом кількох днів
urgency-acute = негайно, сьогодні

## What the worker gets
worker-handover =
    Нове звернення #{ $number }: { $name } ({ $language }).
    Теми: { $domains }.
    Терміновість: { $urgency }.
    Зустріч: { $time }.
worker-own-words = Своїми словами ({ $language }): «{ $words }»
worker-accept = ✅ Прийняти
worker-decline = ❌ Повернути
worker-help = Щоб прийняти звернення, напиши /accept і номер. Щоб повернути його, напиши /decline, номер і коротку причину.
worker-not-yours = Звернення #{ $number } не закріплене за тобою.
worker-accepted = Дякую. Звернення #{ $number } тепер закріплене за тобою. Людина, яка звернулася, отримає повідомлення.
worker-declined = Звернення #{ $number } повернуто. Ми шукаємо когось іншого.
coordinator-unassigned = Звернення #{ $number } ще ні за ким не закріплене. Можеш когось знайти? Дивись: luisterloket handovers --status unassigned
team-new = Нове звернення #{ $number } для: { $worker }.

## What the resident hears afterwards
resident-accepted = Гарна новина: { $worker } підтверджує твою зустріч: { $time }.
resident-reassigned = Твою зустріч тепер проведе { $worker } з { $organisation }: { $time }. Твою розповідь уже передано.
resident-reassign-pending = На жаль, твій соціальний працівник не зможе. Координатор шукає когось іншого і зв'яжеться з тобою протягом одного робочого дня.

## Nothing waits silently: escalation, reminders, follow-up
coordinator-escalated = Звернення #{ $number } не прийнято вчасно (закріплене за: { $worker }). Тепер воно переходить до наступного соціального працівника. Поглянь на нього, будь ласка.
reminder-resident = Нагадуємо, що завтра в тебе зустріч: { $time }. Тобі допоможе { $worker }. Не виходить? Просто напиши нам.
reminder-worker = Нагадування: завтра зустріч щодо звернення #{ $number } ({ $name }): { $time }.
followup-resident = Твоя зустріч ({ $worker }) уже відбулася. Вона тобі допомогла?
followup-yes = 👍 Так
followup-no = 👎 Ні, ще ні
followup-thanks = Дякую за відповідь. Хочеш запитати ще про щось? Просто напиши нам.
outcome-worker = Як усе пройшло зі зверненням #{ $number }? Вибери, що підходить.
outcome-helped = Допомога надана
outcome-referred = Направлено далі
outcome-no_show = Неявка
outcome-new_appointment = Нова зустріч
outcome-thanks = Дякую. Результат звернення #{ $number } збережено.

## Local offers, after booking
booking-offers =
    Ось що ще може тобі допомогти тут, неподалік:
    { $offers }
offer-line = • { $name }: { $what } { $when }, { $where } ({ $contact })

## /afspraak: see, move or cancel the appointment
appointment-none = Зараз у тебе немає призначеної зустрічі. Потрібна допомога? Просто напиши нам.
appointment-show = У тебе призначена зустріч: { $time }. Тобі допоможе { $name }. Що ти хочеш зробити?
appointment-keep = Залишити як є
appointment-move = Інший час
appointment-cancel = Скасувати
appointment-kept = Добре, твоя зустріч залишається без змін.
appointment-cancelled = Твою зустріч скасовано. { $name } отримає повідомлення. Якщо пізніше все ж знадобиться допомога, просто напиши нам.
worker-cancelled = Звернення #{ $number } ({ $name }): людина, яка звернулася, скасувала зустріч. Цей час знову вільний.

## Instead of a time: a call back, or someone else
booking-call_me = 📞 Краще подзвоніть мені
booking-other_person = Хтось інший
booking-called =
    Добре. { $name } подзвонить тобі, зазвичай протягом одного робочого дня.
    { $name } отримає твою розповідь, тож розповідати все ще раз не треба.
    Тобі загрожує небезпека? Дзвони 112.
worker-callback = передзвони, будь ласка; час не призначено

## Acute, and the worker proposing another time
coordinator-acute = Терміново: людина, яка звернулася, потребує допомоги вже зараз. Звернення отримує { $worker }. Поглянь на нього одразу, будь ласка.
worker-propose = 🕑 Запропонувати інший час
worker-proposed = Ти пропонуєш інший час для звернення #{ $number }: { $time }. Ми запитаємо людину, яка звернулася, чи їй це підходить.
worker-no-times = Найближчими тижнями в тебе вже немає вільного часу для звернення #{ $number }. Можеш повернути його командою /decline або запитати координатора.
resident-proposal = { $worker } пропонує інший час: { $time }. Тобі підходить?
resident-proposal-ok = ✅ Так, підходить
resident-proposal-no = ❌ Ні, не підходить
proposal-thanks = Чудово. Твою зустріч перенесено на новий час.
proposal-coordinator = Добре. Координатор разом із тобою знайде інший час. Ми зв'яжемося з тобою протягом одного робочого дня.
coordinator-proposal-declined = Новий час для звернення #{ $number } не підходить людині, яка звернулася. Можеш разом із нею знайти інший час?

# The caption of a file a resident sent, forwarded to the worker.
worker-attachment = Файл від мешканця до звернення #{ $number }: { $name }
worker-attachment-missing = Мешканець надіслав файл до звернення #{ $number } ({ $name }), але він не дійшов: завеликий або стався збій. Можна попросити надіслати його ще раз.
