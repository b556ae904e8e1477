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
