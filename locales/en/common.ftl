# Texts the engine itself uses, at any step of any flow.
# Plain English, B1: short sentences, everyday words, one question at a time.

## Buttons that are always there
button-person = 🙋 Talk to a person
button-language = 🌐 Other language
button-done = ✅ Done

## Answers
answer-yes = Yes
answer-no = No
answer-skip = Skip
answer-anonymous = I'd rather not say
answer-unknown = I don't know

## Language names: always in the language itself, so everyone finds their own
language-nl = Nederlands
language-en = English
language-ar = العربية
language-tr = Türkçe
language-pl = Polski
language-uk = Українська

## When an answer does not fit
input-empty = Your message was empty. Type your answer, or tap a button.
invalid-choice = Sorry, I don't understand. Tap a button or type the number.
invalid-yesno = Please answer yes or no. You can also tap a button.
invalid-number = Please type only a number, for example 3.
invalid-date = Please type the date like this: 25-12-2026 (day-month-year).
invalid-phone = That doesn't look like a phone number. Type it like this: 06 12345678.
invalid-postcode = A postcode looks like this: 1234 AB. Don't know it? Tap the button.
invalid-text = I didn't get any text. Just tell me in your own words.
choice-noted = Thank you. I have saved what you wrote. Now please also choose a subject below.
multi-more = Anything else? Choose another subject, or tap Done.
command-unknown = I don't know that command.
resume-after-update = Sorry, I lost track for a moment. We'll carry on where we can.

## The summary
summary-line = • { $label }: { $value }

## The safety guard: shown at once when someone may be in danger, at any step
guard-safety =
    I am worried about what you wrote. You are not alone with this.
    Are you in danger? Call 112 right away.
    Violence at home, or worried about someone? Call Veilig Thuis (help with violence at home): 0800-2000. It is free, day and night.
    Are you thinking about suicide? Call 113 Zelfmoordpreventie (suicide prevention): 0800-0113, or go to 113.nl.
    For children and young people: the Kindertelefoon (a helpline for children), 0800-0432.
    I am also letting a coordinator at the Luisterloket know right away that you need help. After that, we'll calmly carry on.

# A file (photo, letter, voice note) arrived without words.
media-saved = Thank you, your file is saved. If you make an appointment with a neighbourhood worker, they get the file too, so you won't have to send it again.

# A message arrived but could not be read (encrypted without its key).
message-unreadable = Your last message did not come through properly, so I could not read it. Could you send it again?
