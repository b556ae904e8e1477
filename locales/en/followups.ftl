# Follow-up questions per subject (dialogs/followups.yaml).

## Safety
safety-safe-now = Are you safe right now?
safety-numbers =
    Are you in danger? Call 112 straight away.
    Violence at home, or worried about someone? Call Veilig Thuis (help with abuse at home): 0800-2000. It is free, day and night.
    Are you thinking about suicide? Call 113 Suicide Prevention: 0800-0113, or go to 113.nl.
    Children and young people can call the Kindertelefoon (helpline for children): 0800-0432.
safety-call-soon = Would you like someone to call you soon?
summary-safe-now = Safe now
summary-call-soon = Call soon

## Money
money-deadline = Have you had a letter from a bailiff (deurwaarder)? Or do you have to pay something before a certain date?
money-fixed-costs = Can you pay your regular bills this month, like rent and energy?
money-fixed-costs-yes = Yes
money-fixed-costs-partly = Some of them
money-fixed-costs-no = No
money-help-already = Are you already getting help with money?
summary-money-deadline = Bailiff or payment date
summary-money-fixed-costs = Paying regular bills
summary-money-help-already = Already help with money

## Housing
housing-risk = Are you afraid you will lose your home?
housing-risk-no = No
housing-risk-maybe = Maybe
housing-risk-soon = Yes, soon
housing-risk-no_home = I don't have a home right now
housing-sleep-tonight = Do you have a safe place to sleep tonight?
housing-problem = What is the biggest problem with your housing?
housing-problem-rent_arrears = Behind on rent
housing-problem-repairs = Broken things or mould
housing-problem-too_small = Home too small
housing-problem-neighbours = Problems with neighbours
housing-problem-other = Something else
summary-housing-risk = Losing home
summary-housing-sleep-tonight = Place to sleep tonight
summary-housing-problem = Housing problem

## Work
work-status = Do you have a job right now?
work-status-working = Yes, I work
work-status-looking = No, I'm looking for work
work-status-cannot = No, I can't work right now
work-status-student = I go to school or study
work-wish = What would you like help with?
work-wish-find_work = Finding work
work-wish-income = Having enough income
work-wish-training = Training or a course
work-wish-conflict = A problem at work
summary-work-status = Work
summary-work-wish = Help with

## Health
health-kind = Is it about your body, about how you feel, or both?
health-kind-body = My body
health-kind-mind = How I feel
health-kind-both = Both
health-doctor = Do you have a GP (family doctor)?
summary-health-kind = Health
summary-health-doctor = GP

## Family
family-children = Is it also about children?
family-worry = What are you worried about?
family-worry-school = School
family-worry-upbringing = Raising children
family-worry-childcare = Childcare
family-worry-relationship = My relationship
family-worry-other = Something else
summary-family-children = About children
summary-family-worry = Worried about

## Contact with others
social-contact = How often do you talk with other people?
social-contact-daily = Every day
social-contact-weekly = A few times a week
social-contact-rarely = Hardly ever
social-wish = What would you enjoy?
social-wish-activity = Doing something together in the neighbourhood
social-wish-coffee = A cup of coffee with someone
social-wish-volunteer = Volunteering
social-wish-talk = Just someone to talk to
summary-social-contact = Contact with others
summary-social-wish = Would enjoy

## Letters and forms
paperwork-kind = Who is the letter or form from?
paperwork-kind-municipality = Municipality (gemeente)
paperwork-kind-tax = Belastingdienst (tax office) or allowances
paperwork-kind-benefit = UWV or benefits
paperwork-kind-insurance = Health insurance
paperwork-kind-energy = Energy or water
paperwork-kind-school = School or DUO (student finance)
paperwork-kind-other = Something else
paperwork-deadline = Does the letter give a date by which you must do something?
summary-paperwork-kind = Letter from
summary-paperwork-deadline = Date in the letter

## Dutch language
language-learn = How can we help you with the Dutch language?
language-learn-speak = Speak better
language-learn-read_write = Read and write better
language-learn-both = Both
language-learn-interpreter = I'd like an interpreter
language-interpreter = Would you like an interpreter when you talk with the neighbourhood worker?
summary-language-learn = Language
summary-language-interpreter = Interpreter

## The neighbourhood
neighbourhood-topic = What is it about?
neighbourhood-topic-nuisance = Noise or nuisance
neighbourhood-topic-street_safety = Not safe on the street
neighbourhood-topic-litter = Litter on the street
neighbourhood-topic-activities = Activities in the neighbourhood
neighbourhood-topic-idea = I have an idea
neighbourhood-join = Would you like to do something in the neighbourhood yourself?
summary-neighbourhood-topic = About the neighbourhood
summary-neighbourhood-join = Do something yourself
