# Texts the engine itself uses, at any step of any flow.
# Plain Dutch, B1: short sentences, everyday words, one question at a time.

## Buttons that are always there
button-person = 🙋 Praat met een mens
button-language = 🌐 Andere taal
button-done = ✅ Klaar

## Answers
answer-yes = Ja
answer-no = Nee
answer-skip = Sla over
answer-anonymous = Zeg ik liever niet
answer-unknown = Weet ik niet

## Language names: always in the language itself, so everyone finds their own
language-nl = Nederlands
language-en = English
language-ar = العربية
language-tr = Türkçe
language-pl = Polski
language-uk = Українська

## When an answer does not fit
input-empty = Ik kreeg een leeg bericht. Typ je antwoord, of tik op een knop.
invalid-choice = Dat begrijp ik niet goed. Tik op een knop of typ het nummer.
invalid-yesno = Antwoord met ja of nee. Je kunt ook op een knop tikken.
invalid-number = Typ alleen een getal, bijvoorbeeld 3.
invalid-date = Typ een datum zo: 25-12-2026.
invalid-phone = Dat lijkt geen telefoonnummer. Typ het zo: 06 12345678.
invalid-postcode = Een postcode ziet er zo uit: 1234 AB. Weet je hem niet? Tik op de knop.
invalid-text = Ik kreeg geen tekst. Vertel het gerust in je eigen woorden.
choice-noted = Dank je. Ik heb je woorden bewaard. Kies nu ook een onderwerp hieronder.
multi-more = Is er nog iets? Kies nog een onderwerp, of tik op Klaar.
command-unknown = Dat commando ken ik niet.
resume-after-update = Sorry, ik ben even de draad kwijt. We gaan verder waar het kan.

## The summary
summary-line = • { $label }: { $value }

## The safety guard: shown at once when someone may be in danger, at any step
guard-safety =
    Ik maak me zorgen om wat je schrijft. Je staat er niet alleen voor.
    Ben je in gevaar? Bel meteen 112.
    Geweld thuis of zorgen om iemand: Veilig Thuis, 0800-2000 (gratis, dag en nacht).
    Denk je aan zelfmoord? Bel 113 Zelfmoordpreventie: 0800-0113, of kijk op 113.nl.
    Kinderen en jongeren: de Kindertelefoon, 0800-0432.
    Ik laat ook meteen een coördinator van het Luisterloket weten dat je hulp nodig hebt. We gaan daarna rustig verder.

# A file (photo, letter, voice note) arrived without words.
media-saved = Dank je, ik heb je bestand goed bewaard. Maak je een afspraak met een wijkwerker? Dan krijgt die het bestand ook. Je hoeft het dan niet opnieuw te sturen.

# A message arrived but could not be read (encrypted without its key).
message-unreadable = Je laatste bericht kwam niet goed door. Ik kon het niet lezen. Wil je het nog een keer sturen?
