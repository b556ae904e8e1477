# The warm handover: a named worker, a time, and what the worker reads.

## Booking in the chat (dialogs/common.yaml, flow booking)
booking-worker =
    Ik heb iemand voor je gevonden: { $name } van { $organisation }.
    { $name } spreekt { $languages }.
    { $intro }
booking-pick = Wanneer past het jou? Kies een tijd.
booking-other_time = Geen van deze tijden
booking-taken = Die tijd is net door iemand anders gekozen. Kies een andere tijd.
booking-done =
    Je afspraak staat: { $time }, met { $name }.
    { $name } krijgt je verhaal. Je hoeft het dus niet opnieuw te vertellen.
    Je krijgt een bericht als { $name } de afspraak bevestigt.
    Ben je in gevaar? Bel 112.
booking-nobody =
    Ik heb nu niemand gevonden met een vrije tijd.
    Een coördinator van het Luisterloket neemt binnen één werkdag contact met je op.
    Ben je in gevaar? Bel 112.
booking-other =
    Dat is goed. Een coördinator zoekt samen met jou een andere tijd.
    Je hoort binnen één werkdag van ons.

## How a time is shown: "dinsdag 1 december, 10:00 · bellen"
slot-label = { $weekday } { $day } { $month }, { $time } · { $mode }
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december
mode-call = bellen
mode-home_visit = bij jou thuis
mode-walk_in = op het spreekuur
mode-chat = in de chat

## Urgency, as a worker reads it
urgency-normal = gewoon
urgency-soon = snel, binnen een paar dagen
urgency-acute = dringend, vandaag

## What the worker gets
worker-handover =
    Nieuwe overdracht #{ $number }: { $name } ({ $language }).
    Onderwerpen: { $domains }.
    Urgentie: { $urgency }.
    Afspraak: { $time }.
worker-own-words = In eigen woorden ({ $language }): “{ $words }”
worker-accept = ✅ Aannemen
worker-decline = ❌ Teruggeven
worker-help = Typ /accept en het nummer om een overdracht aan te nemen, of /decline, het nummer en een korte reden om hem terug te geven.
worker-not-yours = Overdracht #{ $number } staat niet op jouw naam.
worker-accepted = Dank je. Overdracht #{ $number } staat op jouw naam. De bewoner krijgt bericht.
worker-declined = Overdracht #{ $number } is teruggegeven. We zoeken iemand anders.
coordinator-unassigned = Overdracht #{ $number } heeft nog niemand. Kun je iemand zoeken? Zie: luisterloket handovers --status unassigned
team-new = Nieuwe overdracht #{ $number } voor { $worker }.

## What the resident hears afterwards
resident-accepted = Goed nieuws: { $worker } heeft je afspraak bevestigd: { $time }.
resident-reassigned = { $worker } van { $organisation } neemt je afspraak over: { $time }. Je verhaal is al doorgegeven.
resident-reassign-pending = Je wijkwerker kan helaas niet. Een coördinator zoekt iemand anders en neemt binnen één werkdag contact met je op.

## Nothing waits silently: escalation, reminders, follow-up
coordinator-escalated = Overdracht #{ $number } is niet op tijd aangenomen door { $worker }. Hij gaat naar de volgende wijkwerker; kijk even mee.
reminder-resident = Een herinnering: morgen heb je een afspraak met { $worker }: { $time }. Lukt het niet? Stuur dan een bericht.
reminder-worker = Herinnering: morgen overdracht #{ $number } met { $name }: { $time }.
followup-resident = Je had een afspraak met { $worker }. Heeft het je geholpen?
followup-yes = 👍 Ja
followup-no = 👎 Nee, nog niet
followup-thanks = Dank je voor je antwoord. Wil je nog iets anders vragen? Stuur dan gewoon een bericht.
outcome-worker = Hoe ging overdracht #{ $number }? Kies wat past.
outcome-helped = Geholpen
outcome-referred = Doorverwezen
outcome-no_show = Niet gekomen
outcome-new_appointment = Nieuwe afspraak
outcome-thanks = Dank je. De uitkomst van overdracht #{ $number } is bewaard.

## Local offers, after booking
booking-offers =
    Dit kan je ook helpen, hier in de buurt:
    { $offers }
offer-line = • { $name }: { $what } { $when }, { $where } ({ $contact })

## /afspraak: see, move or cancel the appointment
appointment-none = Je hebt nu geen afspraak bij ons. Wil je hulp? Stuur dan gewoon een bericht.
appointment-show = Je hebt een afspraak met { $name }: { $time }. Wat wil je doen?
appointment-keep = Zo laten
appointment-move = Andere tijd
appointment-cancel = Afzeggen
appointment-kept = Goed, je afspraak blijft staan.
appointment-cancelled = Je afspraak is afgezegd. { $name } krijgt bericht. Wil je later toch hulp? Stuur dan een bericht.
worker-cancelled = Overdracht #{ $number } ({ $name }) is afgezegd door de bewoner. De tijd is weer vrij.

## Instead of a time: a call back, or someone else
booking-call_me = 📞 Bel mij liever
booking-other_person = Iemand anders
booking-called =
    Goed. { $name } belt je, meestal binnen één werkdag.
    { $name } krijgt je verhaal. Je hoeft het dus niet opnieuw te vertellen.
    Ben je in gevaar? Bel 112.
worker-callback = graag terugbellen, geen vaste tijd

## Acute, and the worker proposing another time
coordinator-acute = Dringend: een bewoner heeft nu hulp nodig. De overdracht gaat naar { $worker }; kijk meteen mee.
worker-propose = 🕑 Andere tijd voorstellen
worker-proposed = Je hebt voor overdracht #{ $number } een andere tijd voorgesteld: { $time }. De bewoner krijgt de vraag of het past.
worker-no-times = Je hebt de komende weken geen vrije tijd meer voor overdracht #{ $number }. Geef hem terug met /decline, of vraag de coördinator.
resident-proposal = { $worker } stelt een andere tijd voor: { $time }. Past dat?
resident-proposal-ok = ✅ Ja, dat past
resident-proposal-no = ❌ Nee, dat past niet
proposal-thanks = Fijn. Je afspraak staat op de nieuwe tijd.
proposal-coordinator = Dat is goed. Een coördinator zoekt samen met jou een andere tijd en neemt binnen één werkdag contact op.
coordinator-proposal-declined = De nieuwe tijd voor overdracht #{ $number } past de bewoner niet. Kun je samen een tijd zoeken?

# The caption of a file a resident sent, forwarded to the worker.
worker-attachment = Bestand van de bewoner bij overdracht #{ $number }: { $name }
worker-attachment-missing = De bewoner stuurde bij overdracht #{ $number } een bestand ({ $name }), maar het kwam niet door: te groot, of een storing. Vraag het gerust nog een keer.
