# Shared flows (dialogs/common.yaml): details, closing, person, language, help, stop.

## Details
details-name = What can we call you? Your first name is enough.
details-postcode = What is your postcode? Then we can find someone near you.
details-contact = How would you like the neighbourhood worker to contact you?
contact-chat = Here in the chat
contact-phone = By phone
contact-visit = At my home
contact-walk_in = I'll come to the walk-in hours
details-phone = What number can we call you on?
summary-name = Name
summary-postcode = Postcode
summary-contact = Contact
summary-phone = Phone

## Closing
closing-summary = This is what you told me:
closing-consent =
    May I share this with a neighbourhood worker from your area?
    Only that person will see it. Then you don't have to tell your story again.
closing-thanks =
    Thank you. I have passed it on.
    A neighbourhood worker from your area will contact you, usually within one working day.
    Are you in danger? Call 112.
closing-declined =
    That's fine. I won't share anything, and I won't keep your answers.
    You can always start again. Just send a message.

## Talk to a person
person-intro =
    You want to talk to a person. That's possible.
    I'll ask a few more things, so the neighbourhood worker knows how to reach you.

## Language
language-choose = Choose your language.
language-changed = OK, we'll continue in English.

## Help
help-text =
    I am the digital assistant of the Luisterloket. You can type these at any time:
    /language – choose another language
    /person – talk to a person
    /appointment – see, move or cancel your appointment
    /start – start again
    /stop – stop
    /help – see this help
    Are you in danger? Call 112.

## Stop and restart
stop-bye =
    We'll stop here. I won't share anything, and I won't keep your answers.
    Send a message if you want to start again.
restart-again = Let's start again.

## The command menu in the chat app (short)
menu-start = Start again
menu-language = Choose another language
menu-person = Talk to a person
menu-appointment = See, move or cancel your appointment
menu-help = Help
menu-stop = Stop
