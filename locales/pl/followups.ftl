# Follow-up questions per subject (dialogs/followups.yaml).

## Safety
safety-safe-now = Czy teraz jest ci bezpiecznie?
safety-numbers =
    Jesteś w niebezpieczeństwie? Zadzwoń od razu pod 112.
    Przemoc w domu albo martwisz się o kogoś? Zadzwoń do Veilig Thuis (pomoc przy przemocy domowej): 0800-2000. Za darmo, w dzień i w nocy.
    Myślisz o samobójstwie? Zadzwoń do 113 Zelfmoordpreventie (pomoc przy myślach samobójczych): 0800-0113, albo wejdź na 113.nl.
    Dzieci i młodzież mogą dzwonić do Kindertelefoon (telefon zaufania dla dzieci): 0800-0432.
safety-call-soon = Czy chcesz, żeby ktoś szybko do ciebie zadzwonił?
summary-safe-now = Teraz bezpiecznie
summary-call-soon = Szybki telefon

## Money
money-deadline = Czy masz list od komornika (deurwaarder)? Albo czy musisz coś zapłacić do określonego dnia?
money-fixed-costs = Czy w tym miesiącu możesz zapłacić stałe rachunki, na przykład czynsz i prąd?
money-fixed-costs-yes = Tak
money-fixed-costs-partly = Część
money-fixed-costs-no = Nie
money-help-already = Czy ktoś już pomaga ci w sprawach pieniędzy?
summary-money-deadline = Komornik albo termin płatności
summary-money-fixed-costs = Stałe rachunki
summary-money-help-already = Już jest pomoc z pieniędzmi

## Housing
housing-risk = Boisz się, że stracisz mieszkanie?
housing-risk-no = Nie
housing-risk-maybe = Może
housing-risk-soon = Tak, niedługo
housing-risk-no_home = Teraz nie mam mieszkania
housing-sleep-tonight = Czy masz dziś w nocy bezpieczne miejsce do spania?
housing-problem = Jaki jest największy problem z mieszkaniem?
housing-problem-rent_arrears = Zaległy czynsz
housing-problem-repairs = Coś jest zepsute albo jest pleśń
housing-problem-too_small = Mieszkanie jest za małe
housing-problem-neighbours = Problemy z sąsiadami
housing-problem-other = Coś innego
summary-housing-risk = Utrata mieszkania
summary-housing-sleep-tonight = Miejsce do spania dziś
summary-housing-problem = Problem z mieszkaniem

## Work
work-status = Czy masz teraz pracę?
work-status-working = Tak, pracuję
work-status-looking = Nie, szukam pracy
work-status-cannot = Nie, teraz nie mogę pracować
work-status-student = Chodzę do szkoły albo studiuję
work-wish = W czym potrzebujesz pomocy?
work-wish-find_work = Znaleźć pracę
work-wish-income = Mieć dość pieniędzy na życie
work-wish-training = Szkolenie albo kurs
work-wish-conflict = Problem w pracy
summary-work-status = Praca
summary-work-wish = Potrzebna pomoc

## Health
health-kind = Chodzi o twoje ciało, o to, jak się czujesz, czy o jedno i drugie?
health-kind-body = Moje ciało
health-kind-mind = Jak się czuję
health-kind-both = Jedno i drugie
health-doctor = Czy masz lekarza rodzinnego (huisarts)?
summary-health-kind = Zdrowie
summary-health-doctor = Lekarz rodzinny

## Family
family-children = Czy chodzi też o dzieci?
family-worry = Czym się martwisz?
family-worry-school = Szkoła
family-worry-upbringing = Wychowanie dzieci
family-worry-childcare = Opieka nad dziećmi
family-worry-relationship = Mój związek
family-worry-other = Coś innego
summary-family-children = Dotyczy dzieci
summary-family-worry = Zmartwienie

## Contact with others
social-contact = Jak często rozmawiasz z innymi ludźmi?
social-contact-daily = Codziennie
social-contact-weekly = Kilka razy w tygodniu
social-contact-rarely = Prawie nigdy
social-wish = Co byłoby dla ciebie miłe?
social-wish-activity = Robić coś razem z innymi w okolicy
social-wish-coffee = Kawa z kimś
social-wish-volunteer = Wolontariat
social-wish-talk = Po prostu ktoś do rozmowy
summary-social-contact = Kontakt z innymi
summary-social-wish = Co byłoby miłe

## Letters and forms
paperwork-kind = Od kogo jest list albo formularz?
paperwork-kind-municipality = Gmina (gemeente)
paperwork-kind-tax = Belastingdienst (urząd skarbowy) albo dodatki
paperwork-kind-benefit = UWV albo zasiłek
paperwork-kind-insurance = Ubezpieczenie zdrowotne
paperwork-kind-energy = Prąd, gaz albo woda
paperwork-kind-school = Szkoła albo DUO (pieniądze na naukę)
paperwork-kind-other = Coś innego
paperwork-deadline = Czy w liście jest data, do której musisz coś zrobić?
summary-paperwork-kind = List od
summary-paperwork-deadline = Data w liście

## Dutch language
language-learn = W czym możemy ci pomóc z językiem niderlandzkim?
language-learn-speak = Lepiej mówić
language-learn-read_write = Lepiej czytać i pisać
language-learn-both = Jedno i drugie
language-learn-interpreter = Chcę tłumacza
language-interpreter = Czy chcesz mieć tłumacza na rozmowie z pracownikiem socjalnym?
summary-language-learn = Język
summary-language-interpreter = Tłumacz

## The neighbourhood
neighbourhood-topic = Czego to dotyczy?
neighbourhood-topic-nuisance = Hałas albo inne uciążliwości
neighbourhood-topic-street_safety = Niebezpiecznie na ulicy
neighbourhood-topic-litter = Śmieci na ulicy
neighbourhood-topic-activities = Zajęcia w okolicy
neighbourhood-topic-idea = Mam pomysł
neighbourhood-join = Czy chcesz też coś zrobić dla swojej okolicy?
summary-neighbourhood-topic = Okolica
summary-neighbourhood-join = Chęć działania w okolicy
