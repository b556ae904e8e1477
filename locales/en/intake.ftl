# The intake flow (dialogs/intake.yaml) and its summary labels.

intake-welcome =
    Welcome to the Luisterloket (listening desk) in your neighbourhood. 👋
    I am a digital assistant, not a person. I will ask you a few short questions.
    After that, a real person from your neighbourhood will help you: a neighbourhood worker.
    It is free. What you tell us stays private.
    You can always tap "Talk to a person".

intake-language = Which language would you like to continue in?

intake-story-intro = I'm glad you're here. You don't need to prepare anything.
intake-story = What is going on? Tell me in your own words. A few sentences is enough.

intake-domains =
    What is it about? You can choose more than one thing.
    Tap a button, or type the numbers, like this: 1, 3

domain-money = 💶 Money and bills
domain-housing = 🏠 Housing
domain-work = 💼 Work and income
domain-health = 🩺 Health
domain-family = 👪 Family and children
domain-safety = 🛟 Safety
domain-social = 🤝 Contact with others
domain-paperwork = 📄 Letters and forms
domain-language = 💬 Dutch language
domain-neighbourhood = 🏘️ The neighbourhood

intake-strengths =
    Everyone is good at something. What helps you when things are hard? What are you good at?
    You can also skip this.

summary-story = What you told me
summary-domains = Subjects
summary-strengths = What helps you

intake-heard = I heard that it is about: { $domains }. Is that right?
intake-urgent = This sounds urgent. Would you like a neighbourhood worker to call you today?
summary-call-today = Call today
