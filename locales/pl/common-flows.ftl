# Shared flows (dialogs/common.yaml): details, closing, person, language, help, stop.

## Details
details-name = Jak mamy się do ciebie zwracać? Wystarczy imię.
details-postcode = Jaki jest twój kod pocztowy? Wtedy znajdziemy kogoś blisko ciebie.
details-contact = Jak pracownik socjalny ma się z tobą skontaktować?
contact-chat = Tutaj na czacie
contact-phone = Telefonicznie
contact-visit = U mnie w domu
contact-walk_in = Przyjdę w godzinach przyjęć
details-phone = Pod jaki numer możemy do ciebie dzwonić?
summary-name = Imię
summary-postcode = Kod pocztowy
summary-contact = Kontakt
summary-phone = Telefon

## Closing
closing-summary = Oto, co od ciebie wiem:
closing-consent =
    Czy mogę to przekazać pracownikowi socjalnemu z twojej okolicy?
    Zobaczy to tylko ta osoba. Dzięki temu nie musisz opowiadać wszystkiego jeszcze raz.
closing-thanks =
    Dziękuję. Twoja wiadomość jest już przekazana.
    Pracownik socjalny z twojej okolicy skontaktuje się z tobą, zwykle w ciągu jednego dnia roboczego.
    Jesteś w niebezpieczeństwie? Zadzwoń pod 112.
closing-declined =
    Dobrze. Niczego nie przekazuję i nie zapisuję twoich odpowiedzi.
    Zawsze możesz zacząć od nowa. Po prostu wyślij wiadomość.

## Talk to a person
person-intro =
    Chcesz porozmawiać z człowiekiem. To możliwe.
    Zadam jeszcze kilka pytań, żeby pracownik socjalny wiedział, jak się z tobą skontaktować.

## Language
language-choose = Wybierz język.
language-changed = Dobrze, rozmawiamy dalej po polsku.

## Help
help-text =
    Jestem cyfrowym asystentem Luisterloket. Zawsze możesz wpisać:
    /jezyk – wybrać inny język
    /czlowiek – porozmawiać z człowiekiem
    /wizyta – zobaczyć, przełożyć lub odwołać spotkanie
    /start – zacząć od nowa
    /stop – zakończyć
    /pomoc – zobaczyć tę pomoc
    Jesteś w niebezpieczeństwie? Zadzwoń pod 112.

## Stop and restart
stop-bye =
    Kończymy tutaj. Niczego nie przekazuję i nie zapisuję twoich odpowiedzi.
    Wyślij wiadomość, jeśli chcesz zacząć od nowa.
restart-again = Zaczynamy od nowa.

## The command menu in the chat app (short)
menu-start = Zacząć od nowa
menu-language = Wybrać inny język
menu-person = Porozmawiać z człowiekiem
menu-appointment = Zobaczyć, przełożyć lub odwołać spotkanie
menu-help = Pomoc
menu-stop = Zakończyć
