# Texts the engine itself uses, at any step of any flow.
# Plain Ukrainian, B1: short sentences, everyday words, one question at a time. Address: "ти".

## Buttons that are always there
button-person = 🙋 Поговорити з людиною
button-language = 🌐 Інша мова
button-done = ✅ Готово

## Answers
answer-yes = Так
answer-no = Ні
answer-skip = Пропустити
answer-anonymous = Не хочу казати
answer-unknown = Не знаю

## Language names: always in the language itself, so everyone finds their own
language-nl = Nederlands
language-en = English
language-ar = العربية
language-tr = Türkçe
language-pl = Polski
language-uk = Українська

## When an answer does not fit
input-empty = Повідомлення порожнє. Напиши свою відповідь або натисни кнопку.
invalid-choice = Я не зовсім розумію. Натисни кнопку або напиши номер.
invalid-yesno = Відповідай «так» або «ні». Можна також натиснути кнопку.
invalid-number = Напиши лише число, наприклад 3.
invalid-date = Напиши дату так: 25-12-2026.
invalid-phone = Це не схоже на номер телефону. Напиши його так: 06 12345678.
invalid-postcode = Поштовий індекс виглядає так: 1234 AB. Не знаєш його? Натисни кнопку.
invalid-text = Тут немає тексту. Розкажи спокійно, своїми словами.
choice-noted = Дякую. Твої слова збережено. Тепер вибери ще тему внизу.
multi-more = Є ще щось? Вибери ще одну тему або натисни «Готово».
command-unknown = Я не знаю такої команди.
resume-after-update = Вибач, сталася невелика плутанина. Продовжуємо з того місця, де можна.

## The summary
summary-line = • { $label }: { $value }

## The safety guard: shown at once when someone may be in danger, at any step
guard-safety =
    Мене турбує те, що ти пишеш. Ти не залишаєшся з цим наодинці.
    Тобі загрожує небезпека? Одразу дзвони на 112.
    Є насильство вдома або ти хвилюєшся за когось? Дзвони у Veilig Thuis (допомога при домашньому насильстві): 0800-2000. Це безкоштовно, вдень і вночі.
    Думаєш про самогубство? Дзвони в 113 Zelfmoordpreventie (служба запобігання самогубствам): 0800-0113. Або зайди на сайт 113.nl.
    Для дітей і молоді: Kindertelefoon (телефон довіри для дітей), 0800-0432.
    Я також одразу повідомляю координатора Luisterloket, що тобі потрібна допомога. Потім ми спокійно продовжимо.

# A file (photo, letter, voice note) arrived without words.
media-saved = Дякую, твій файл збережено. Якщо ти домовишся про зустріч із працівником району, він теж отримає цей файл, і тобі не доведеться надсилати його знову.

# A message arrived but could not be read (encrypted without its key).
message-unreadable = Твоє останнє повідомлення не дійшло як слід: мені не вдалося його прочитати. Можеш надіслати його ще раз?
