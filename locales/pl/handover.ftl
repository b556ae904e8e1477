# The warm handover: a named worker, a time, and what the worker reads.

## Booking in the chat (dialogs/common.yaml, flow booking)
booking-worker =
    Mam dla ciebie kogoś: { $name } z { $organisation }.
    { $name } mówi w tych językach: { $languages }.
    { $intro }
booking-pick = Kiedy ci pasuje? Wybierz termin.
booking-other_time = Żaden z tych terminów
booking-taken = Ktoś inny właśnie wybrał ten termin. Wybierz inny.
booking-done =
    Spotkanie jest umówione: { $time }. Pomoże ci { $name }.
    { $name } dostanie twoją historię, więc nie musisz opowiadać jej jeszcze raz.
    Dostaniesz wiadomość, gdy { $name } potwierdzi spotkanie.
    Jesteś w niebezpieczeństwie? Zadzwoń pod 112.
booking-nobody =
    Teraz nie ma nikogo z wolnym terminem.
    Koordynator z Luisterloket skontaktuje się z tobą w ciągu jednego dnia roboczego.
    Jesteś w niebezpieczeństwie? Zadzwoń pod 112.
booking-other =
    Dobrze. Koordynator razem z tobą znajdzie inny termin.
    Odezwiemy się do ciebie w ciągu jednego dnia roboczego.

## How a time is shown: "wtorek 1 grudnia, 10:00 · telefon"
slot-label = { $weekday } { $day } { $month }, { $time } · { $mode }
weekday-1 = poniedziałek
weekday-2 = wtorek
weekday-3 = środa
weekday-4 = czwartek
weekday-5 = piątek
weekday-6 = sobota
weekday-7 = niedziela
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia
mode-call = telefon
mode-home_visit = u ciebie w domu
mode-walk_in = w godzinach przyjęć
mode-chat = na czacie

## Urgency, as a worker reads it
urgency-normal = zwykła
urgency-soon = szybko, w ciągu kilku dni
urgency-acute = natychmiast, jeszcze dziś

## What the worker gets
worker-handover =
    Nowe zgłoszenie #{ $number }: { $name } ({ $language }).
    Tematy: { $domains }.
    Pilność: { $urgency }.
    Termin: { $time }.
worker-own-words = Własnymi słowami ({ $language }): „{ $words }”
worker-accept = ✅ Przyjmij
worker-decline = ❌ Oddaj
worker-help = Wpisz /accept i numer, żeby przyjąć zgłoszenie. Żeby je oddać, wpisz /decline, numer i krótki powód.
worker-not-yours = Zgłoszenie #{ $number } nie jest przypisane do ciebie.
worker-accepted = Dzięki. Zgłoszenie #{ $number } jest teraz twoje. Dajemy znać osobie, która się zgłosiła.
worker-declined = Zgłoszenie #{ $number } jest oddane. Szukamy kogoś innego.
coordinator-unassigned = Zgłoszenie #{ $number } nie ma jeszcze nikogo. Możesz kogoś znaleźć? Zobacz: luisterloket handovers --status unassigned
team-new = Nowe zgłoszenie #{ $number } dla: { $worker }.

## What the resident hears afterwards
resident-accepted = Dobra wiadomość: { $worker } potwierdza twoje spotkanie: { $time }.
resident-reassigned = Twoje spotkanie przejmuje { $worker } z { $organisation }: { $time }. Twoja historia jest już przekazana.
resident-reassign-pending = Niestety twój pracownik socjalny jednak nie może. Koordynator szuka kogoś innego i skontaktuje się z tobą w ciągu jednego dnia roboczego.

## Nothing waits silently: escalation, reminders, follow-up
coordinator-escalated = Zgłoszenie #{ $number } nie zostało przyjęte na czas (przypisane do: { $worker }). Teraz trafia do następnego pracownika socjalnego. Zerknij na nie, proszę.
reminder-resident = Przypominamy, że jutro masz spotkanie: { $time }. Pomoże ci { $worker }. Nie dasz rady? Po prostu napisz do nas.
reminder-worker = Przypomnienie: jutro masz spotkanie w sprawie zgłoszenia #{ $number } ({ $name }): { $time }.
followup-resident = Twoje spotkanie ({ $worker }) już się odbyło. Czy ci pomogło?
followup-yes = 👍 Tak
followup-no = 👎 Nie, jeszcze nie
followup-thanks = Dziękuję za odpowiedź. Chcesz jeszcze o coś zapytać? Po prostu napisz do nas.
outcome-worker = Jak poszło ze zgłoszeniem #{ $number }? Wybierz, co pasuje.
outcome-helped = Udało się pomóc
outcome-referred = Skierowane dalej
outcome-no_show = Nieobecność
outcome-new_appointment = Nowe spotkanie
outcome-thanks = Dzięki. Wynik zgłoszenia #{ $number } jest zapisany.

## Local offers, after booking
booking-offers =
    To też może ci pomóc, tu w okolicy:
    { $offers }
offer-line = • { $name }: { $what } { $when }, { $where } ({ $contact })

## /afspraak: see, move or cancel the appointment
appointment-none = Nie masz teraz u nas umówionego spotkania. Potrzebujesz pomocy? Po prostu napisz do nas.
appointment-show = Masz umówione spotkanie: { $time }. Pomoże ci { $name }. Co chcesz zrobić?
appointment-keep = Bez zmian
appointment-move = Inny termin
appointment-cancel = Odwołaj
appointment-kept = Dobrze, twoje spotkanie zostaje bez zmian.
appointment-cancelled = Twoje spotkanie jest odwołane. { $name } dostanie wiadomość. Jeśli później jednak będziesz potrzebować pomocy, po prostu napisz do nas.
worker-cancelled = Zgłoszenie #{ $number } ({ $name }): osoba, która się zgłosiła, odwołała spotkanie. Termin jest znowu wolny.

## Instead of a time: a call back, or someone else
booking-call_me = 📞 Proszę o telefon
booking-other_person = Ktoś inny
booking-called =
    Dobrze. { $name } zadzwoni do ciebie, zwykle w ciągu jednego dnia roboczego.
    { $name } dostanie twoją historię, więc nie musisz opowiadać jej jeszcze raz.
    Jesteś w niebezpieczeństwie? Zadzwoń pod 112.
worker-callback = oddzwoń, proszę – bez ustalonej godziny

## Acute, and the worker proposing another time
coordinator-acute = Pilne: osoba, która się zgłosiła, potrzebuje pomocy już teraz. Zgłoszenie dostaje { $worker }. Zerknij na nie od razu, proszę.
worker-propose = 🕑 Zaproponuj inny termin
worker-proposed = Proponujesz inny termin dla zgłoszenia #{ $number }: { $time }. Zapytamy osobę, która się zgłosiła, czy jej pasuje.
worker-no-times = W najbliższych tygodniach nie masz już wolnych terminów dla zgłoszenia #{ $number }. Możesz je oddać, wpisując /decline, albo zapytać koordynatora.
resident-proposal = { $worker } proponuje inny termin: { $time }. Pasuje ci?
resident-proposal-ok = ✅ Tak, pasuje
resident-proposal-no = ❌ Nie, nie pasuje
proposal-thanks = Świetnie. Twoje spotkanie jest teraz w nowym terminie.
proposal-coordinator = Dobrze. Koordynator razem z tobą znajdzie inny termin. Odezwiemy się do ciebie w ciągu jednego dnia roboczego.
coordinator-proposal-declined = Nowy termin dla zgłoszenia #{ $number } nie pasuje osobie, która się zgłosiła. Możesz razem z nią poszukać innego terminu?

# The caption of a file a resident sent, forwarded to the worker.
worker-attachment = Plik od mieszkańca do zgłoszenia #{ $number }: { $name }
worker-attachment-missing = Mieszkaniec wysłał plik do zgłoszenia #{ $number } ({ $name }), ale nie dotarł: jest za duży albo wystąpił błąd. Możesz poprosić o niego jeszcze raz.
