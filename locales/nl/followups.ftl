# Follow-up questions per subject (dialogs/followups.yaml).

## Safety
safety-safe-now = Ben je nu veilig?
safety-numbers =
    Ben je in gevaar? Bel dan meteen 112.
    Geweld thuis of zorgen om iemand: bel Veilig Thuis, 0800-2000 (gratis, dag en nacht).
    Denk je aan zelfmoord? Bel 113 Zelfmoordpreventie: 0800-0113, of kijk op 113.nl.
    Kinderen en jongeren kunnen bellen met de Kindertelefoon: 0800-0432.
safety-call-soon = Wil je dat iemand je snel belt?
summary-safe-now = Nu veilig
summary-call-soon = Snel bellen

## Money
money-deadline = Heb je een brief van een deurwaarder gekregen? Of moet je voor een bepaalde datum betalen?
money-fixed-costs = Kun je deze maand je vaste lasten betalen, zoals huur en energie?
money-fixed-costs-yes = Ja
money-fixed-costs-partly = Een deel
money-fixed-costs-no = Nee
money-help-already = Krijg je al hulp bij geldzaken?
summary-money-deadline = Deurwaarder of betaaldatum
summary-money-fixed-costs = Vaste lasten betalen
summary-money-help-already = Al hulp bij geld

## Housing
housing-risk = Ben je bang dat je je huis kwijtraakt?
housing-risk-no = Nee
housing-risk-maybe = Misschien
housing-risk-soon = Ja, binnenkort
housing-risk-no_home = Ik heb nu geen huis
housing-sleep-tonight = Heb je vannacht een veilige plek om te slapen?
housing-problem = Wat is het grootste probleem met wonen?
housing-problem-rent_arrears = Huurachterstand
housing-problem-repairs = Dingen kapot of schimmel
housing-problem-too_small = Huis te klein
housing-problem-neighbours = Problemen met buren
housing-problem-other = Iets anders
summary-housing-risk = Huis kwijtraken
summary-housing-sleep-tonight = Slaapplek vannacht
summary-housing-problem = Probleem met wonen

## Work
work-status = Heb je nu werk?
work-status-working = Ja, ik werk
work-status-looking = Nee, ik zoek werk
work-status-cannot = Nee, ik kan nu niet werken
work-status-student = Ik ga naar school of studeer
work-wish = Waar wil je hulp bij?
work-wish-find_work = Werk vinden
work-wish-income = Genoeg inkomen
work-wish-training = Een opleiding of cursus
work-wish-conflict = Een probleem op mijn werk
summary-work-status = Werk
summary-work-wish = Hulp bij

## Health
health-kind = Gaat het om je lichaam, om hoe je je voelt, of allebei?
health-kind-body = Mijn lichaam
health-kind-mind = Hoe ik me voel
health-kind-both = Allebei
health-doctor = Heb je een huisarts?
summary-health-kind = Gezondheid
summary-health-doctor = Huisarts

## Family
family-children = Gaat het ook over kinderen?
family-worry = Waar maak je je zorgen over?
family-worry-school = School
family-worry-upbringing = Opvoeden
family-worry-childcare = Opvang van de kinderen
family-worry-relationship = Mijn relatie
family-worry-other = Iets anders
summary-family-children = Over kinderen
summary-family-worry = Zorgen over

## Contact with others
social-contact = Hoe vaak praat je met andere mensen?
social-contact-daily = Elke dag
social-contact-weekly = Een paar keer per week
social-contact-rarely = Bijna nooit
social-wish = Wat lijkt je fijn?
social-wish-activity = Samen iets doen in de buurt
social-wish-coffee = Een kop koffie met iemand
social-wish-volunteer = Vrijwilligerswerk
social-wish-talk = Gewoon iemand om mee te praten
summary-social-contact = Contact met anderen
summary-social-wish = Lijkt fijn

## Letters and forms
paperwork-kind = Van wie is de brief of het formulier?
paperwork-kind-municipality = Gemeente
paperwork-kind-tax = Belastingdienst of toeslagen
paperwork-kind-benefit = UWV of uitkering
paperwork-kind-insurance = Zorgverzekering
paperwork-kind-energy = Energie of water
paperwork-kind-school = School of DUO
paperwork-kind-other = Iets anders
paperwork-deadline = Staat er een datum in waarvoor je iets moet doen?
summary-paperwork-kind = Brief van
summary-paperwork-deadline = Datum in de brief

## Dutch language
language-learn = Wat wil je met de Nederlandse taal?
language-learn-speak = Beter praten
language-learn-read_write = Beter lezen en schrijven
language-learn-both = Allebei
language-learn-interpreter = Ik wil een tolk
language-interpreter = Wil je een tolk bij het gesprek met de wijkwerker?
summary-language-learn = Taal
summary-language-interpreter = Tolk

## The neighbourhood
neighbourhood-topic = Waar gaat het over?
neighbourhood-topic-nuisance = Overlast
neighbourhood-topic-street_safety = Onveilig op straat
neighbourhood-topic-litter = Vuil op straat
neighbourhood-topic-activities = Activiteiten in de buurt
neighbourhood-topic-idea = Ik heb een idee
neighbourhood-join = Wil je zelf iets doen in de buurt?
summary-neighbourhood-topic = Over de buurt
summary-neighbourhood-join = Zelf iets doen
