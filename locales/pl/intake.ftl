# The intake flow (dialogs/intake.yaml) and its summary labels.

intake-welcome =
    Witaj w Luisterloket w twojej okolicy. To miejsce, gdzie ktoś cię wysłucha. 👋
    Jestem cyfrowym asystentem, nie człowiekiem. Zadam ci kilka krótkich pytań.
    Potem pomoże ci prawdziwa osoba z twojej okolicy: pracownik socjalny (wijkwerker).
    To nic nie kosztuje. Wszystko, co powiesz, jest poufne.
    Zawsze możesz nacisnąć „Porozmawiaj z człowiekiem”.

intake-language = W jakim języku chcesz dalej rozmawiać?

intake-story-intro = Dobrze, że jesteś. Nie musisz nic przygotowywać.
intake-story = Co się dzieje? Opowiedz własnymi słowami. Wystarczy kilka zdań.

intake-domains =
    Czego to dotyczy? Możesz wybrać więcej niż jedną rzecz.
    Naciśnij przycisk albo wpisz numery, na przykład: 1, 3

domain-money = 💶 Pieniądze i rachunki
domain-housing = 🏠 Mieszkanie
domain-work = 💼 Praca i dochód
domain-health = 🩺 Zdrowie
domain-family = 👪 Rodzina i dzieci
domain-safety = 🛟 Bezpieczeństwo
domain-social = 🤝 Kontakt z innymi
domain-paperwork = 📄 Listy i formularze
domain-language = 💬 Język niderlandzki
domain-neighbourhood = 🏘️ Okolica

intake-strengths =
    Każdy coś dobrze umie. Co ci pomaga, kiedy jest ciężko? Co dobrze ci wychodzi?
    Możesz też pominąć to pytanie.

summary-story = Twoja historia
summary-domains = Tematy
summary-strengths = Co ci pomaga

intake-heard = Jeśli dobrze rozumiem, twoje tematy to: { $domains }. Zgadza się?
intake-urgent = To brzmi pilnie. Czy chcesz, żeby pracownik socjalny zadzwonił do ciebie jeszcze dziś?
summary-call-today = Telefon jeszcze dziś
