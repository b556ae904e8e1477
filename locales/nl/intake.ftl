# The intake flow (dialogs/intake.yaml) and its summary labels.

intake-welcome =
    Welkom bij het Luisterloket van je buurt. 👋
    Ik ben een digitale assistent, geen mens. Ik stel je een paar korte vragen.
    Daarna helpt een echt mens uit je buurt je verder: een wijkwerker.
    Het is gratis. Wat je vertelt, blijft vertrouwelijk.
    Je kunt altijd op "Praat met een mens" tikken.

intake-language = In welke taal wil je verder praten?

intake-story-intro = Fijn dat je er bent. Je hoeft niets voor te bereiden.
intake-story = Wat is er aan de hand? Vertel het in je eigen woorden. Een paar zinnen is genoeg.

intake-domains =
    Waar gaat het over? Je mag meer dan één ding kiezen.
    Tik op een knop, of typ de nummers, zoals: 1, 3

domain-money = 💶 Geld en rekeningen
domain-housing = 🏠 Wonen
domain-work = 💼 Werk en inkomen
domain-health = 🩺 Gezondheid
domain-family = 👪 Gezin en kinderen
domain-safety = 🛟 Veiligheid
domain-social = 🤝 Contact met anderen
domain-paperwork = 📄 Brieven en formulieren
domain-language = 💬 Nederlandse taal
domain-neighbourhood = 🏘️ De buurt

intake-strengths =
    Iedereen is ergens goed in. Wat helpt jou als het moeilijk is? Waar ben je goed in?
    Je mag dit ook overslaan.

summary-story = Wat je vertelde
summary-domains = Onderwerpen
summary-strengths = Wat jou helpt

intake-heard = Ik hoorde dat het gaat over: { $domains }. Klopt dat?
intake-urgent = Dit klinkt dringend. Wil je dat een wijkwerker je vandaag nog belt?
summary-call-today = Vandaag bellen
