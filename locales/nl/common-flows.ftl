# Shared flows (dialogs/common.yaml): details, closing, person, language, help, stop.

## Details
details-name = Hoe mogen we je noemen? Je voornaam is genoeg.
details-postcode = Wat is je postcode? Dan zoeken we iemand bij jou in de buurt.
details-contact = Hoe wil je dat de wijkwerker contact met je opneemt?
contact-chat = Hier in de chat
contact-phone = Bellen
contact-visit = Bij mij thuis
contact-walk_in = Ik kom langs op het spreekuur
details-phone = Op welk nummer kunnen we je bellen?
summary-name = Naam
summary-postcode = Postcode
summary-contact = Contact
summary-phone = Telefoon

## Closing
closing-summary = Dit heb ik van je gehoord:
closing-consent =
    Mag ik dit delen met een wijkwerker uit jouw buurt?
    Alleen die persoon ziet het. Zo hoef je je verhaal niet nog een keer te vertellen.
closing-thanks =
    Dank je wel. Ik heb het doorgegeven.
    Een wijkwerker uit je buurt neemt contact met je op, meestal binnen één werkdag.
    Ben je in gevaar? Bel dan 112.
closing-declined =
    Dat is goed. Ik deel niets, en ik bewaar je antwoorden niet.
    Je kunt altijd opnieuw beginnen. Stuur dan gewoon een bericht.

## Talk to a person
person-intro =
    Je wilt met een mens praten. Dat kan.
    Ik vraag nog een paar dingen, zodat de wijkwerker weet hoe die je kan bereiken.

## Language
language-choose = Kies je taal.
language-changed = Goed, we gaan verder in het Nederlands.

## Help
help-text =
    Ik ben de digitale assistent van het Luisterloket. Dit kun je altijd typen:
    /taal – een andere taal kiezen
    /mens – met een mens praten
    /afspraak – je afspraak bekijken, verzetten of afzeggen
    /hulp – deze uitleg
    /start – opnieuw beginnen
    /stop – stoppen
    Ben je in gevaar? Bel 112.

## Stop and restart
stop-bye =
    We stoppen hier. Ik deel niets, en ik bewaar je antwoorden niet.
    Stuur een bericht als je opnieuw wilt beginnen.
restart-again = We beginnen opnieuw.

## The command menu in the chat app (short)
menu-start = Opnieuw beginnen
menu-language = Andere taal kiezen
menu-person = Met een mens praten
menu-appointment = Je afspraak bekijken, verzetten of afzeggen
menu-help = Uitleg
menu-stop = Stoppen
