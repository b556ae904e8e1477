# Follow-up questions per subject (dialogs/followups.yaml).

## Safety
safety-safe-now = Ти зараз у безпеці?
safety-numbers =
    Тобі загрожує небезпека? Негайно дзвони 112.
    Насильство вдома або тривога за когось: дзвони у Veilig Thuis (допомога при домашньому насильстві), 0800-2000 (безкоштовно, цілодобово).
    Думаєш про самогубство? Дзвони 113 Zelfmoordpreventie (допомога, якщо думаєш про самогубство): 0800-0113, або зайди на 113.nl.
    Діти й підлітки можуть дзвонити на Kindertelefoon (телефон довіри для дітей): 0800-0432.
safety-call-soon = Хочеш, щоб тобі швидко хтось зателефонував?
summary-safe-now = Зараз у безпеці
summary-call-soon = Швидко зателефонувати

## Money
money-deadline = Тобі прийшов лист від судового виконавця (deurwaarder)? Або треба заплатити до певної дати?
money-fixed-costs = Чи можеш ти цього місяця оплатити постійні витрати, наприклад оренду, світло й газ?
money-fixed-costs-yes = Так
money-fixed-costs-partly = Частково
money-fixed-costs-no = Ні
money-help-already = Тобі вже хтось допомагає з грошовими питаннями?
summary-money-deadline = Судовий виконавець або термін оплати
summary-money-fixed-costs = Оплата постійних витрат
summary-money-help-already = Вже є допомога з грошима

## Housing
housing-risk = Ти боїшся втратити житло?
housing-risk-no = Ні
housing-risk-maybe = Можливо
housing-risk-soon = Так, скоро
housing-risk-no_home = Зараз у мене немає житла
housing-sleep-tonight = У тебе є безпечне місце, щоб переночувати сьогодні?
housing-problem = Яка найбільша проблема з житлом?
housing-problem-rent_arrears = Борг за оренду
housing-problem-repairs = Щось зламане або пліснява
housing-problem-too_small = Житло замале
housing-problem-neighbours = Проблеми із сусідами
housing-problem-other = Щось інше
summary-housing-risk = Втрата житла
summary-housing-sleep-tonight = Де ночувати сьогодні
summary-housing-problem = Проблема з житлом

## Work
work-status = Ти зараз працюєш?
work-status-working = Так, я працюю
work-status-looking = Ні, я шукаю роботу
work-status-cannot = Ні, я зараз не можу працювати
work-status-student = Я ходжу до школи або навчаюся
work-wish = З чим тобі потрібна допомога?
work-wish-find_work = Знайти роботу
work-wish-income = Достатній дохід
work-wish-training = Навчання або курс
work-wish-conflict = Проблема на моїй роботі
summary-work-status = Робота
summary-work-wish = Допомога з

## Health
health-kind = Це про твоє тіло, про те, як ти почуваєшся, чи про обидва?
health-kind-body = Моє тіло
health-kind-mind = Як я почуваюся
health-kind-both = І те, і інше
health-doctor = У тебе є сімейний лікар (huisarts)?
summary-health-kind = Здоров'я
summary-health-doctor = Сімейний лікар

## Family
family-children = Це стосується також дітей?
family-worry = Що тебе турбує?
family-worry-school = Школа
family-worry-upbringing = Виховання
family-worry-childcare = Догляд за дітьми
family-worry-relationship = Мої стосунки
family-worry-other = Щось інше
summary-family-children = Про дітей
summary-family-worry = Що турбує

## Contact with others
social-contact = Як часто ти розмовляєш з іншими людьми?
social-contact-daily = Щодня
social-contact-weekly = Кілька разів на тиждень
social-contact-rarely = Майже ніколи
social-wish = Що тобі було б приємно?
social-wish-activity = Щось робити разом у районі
social-wish-coffee = Випити з кимось кави чи чаю
social-wish-volunteer = Волонтерство
social-wish-talk = Просто людина, з якою можна поговорити
summary-social-contact = Спілкування з людьми
summary-social-wish = Було б приємно

## Letters and forms
paperwork-kind = Від кого цей лист чи бланк?
paperwork-kind-municipality = Муніципалітет (gemeente)
paperwork-kind-tax = Belastingdienst (податкова) або toeslagen (доплати від держави)
paperwork-kind-benefit = UWV (служба зайнятості й виплат) або соціальна виплата
paperwork-kind-insurance = Медичне страхування
paperwork-kind-energy = Світло, газ або вода
paperwork-kind-school = Школа або DUO (служба навчання й студентських кредитів)
paperwork-kind-other = Щось інше
paperwork-deadline = У листі є дата, до якої треба щось зробити?
summary-paperwork-kind = Лист від
summary-paperwork-deadline = Дата в листі

## Dutch language
language-learn = Чого ти хочеш щодо нідерландської мови?
language-learn-speak = Краще говорити
language-learn-read_write = Краще читати й писати
language-learn-both = І те, і інше
language-learn-interpreter = Я хочу перекладача
language-interpreter = Хочеш перекладача на розмову із соціальним працівником?
summary-language-learn = Мова
summary-language-interpreter = Перекладач

## The neighbourhood
neighbourhood-topic = Про що йдеться?
neighbourhood-topic-nuisance = Шум і незручності від інших
neighbourhood-topic-street_safety = Небезпечно на вулиці
neighbourhood-topic-litter = Сміття на вулиці
neighbourhood-topic-activities = Заходи в районі
neighbourhood-topic-idea = У мене є ідея
neighbourhood-join = Хочеш і собі щось робити в районі?
summary-neighbourhood-topic = Про район
summary-neighbourhood-join = Власна участь
