# The warm handover: a named worker, a time, and what the worker reads.

## Booking in the chat (dialogs/common.yaml, flow booking)
booking-worker =
    I found someone for you: { $name } from { $organisation }.
    { $name } speaks { $languages }.
    { $intro }
booking-pick = When suits you? Choose a time.
booking-other_time = None of these times
booking-taken = Someone else just chose that time. Please choose another time.
booking-done =
    Your appointment with { $name } is booked: { $time }.
    { $name } will get your story, so you don't have to tell it again.
    You'll get a message when { $name } confirms the appointment.
    Are you in danger? Call 112.
booking-nobody =
    I couldn't find anyone with a free time right now.
    A coordinator at the Luisterloket will contact you within one working day.
    Are you in danger? Call 112.
booking-other =
    That's fine. A coordinator will find another time together with you.
    You'll hear from us within one working day.

## How a time is shown: "Tuesday 1 December, 10:00 · call"
slot-label = { $weekday } { $day } { $month }, { $time } · { $mode }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
mode-call = call
mode-home_visit = at your home
mode-walk_in = at the walk-in hours
mode-chat = in the chat

## Urgency, as a worker reads it
urgency-normal = normal
urgency-soon = soon, within a few days
urgency-acute = urgent, today

## What the worker gets
worker-handover =
    New handover #{ $number }: { $name } ({ $language }).
    Subjects: { $domains }.
    Urgency: { $urgency }.
    Appointment: { $time }.
worker-own-words = In their own words ({ $language }): “{ $words }”
worker-accept = ✅ Accept
worker-decline = ❌ Hand back
worker-help = Type /accept and the number to take on a handover. To hand it back, type /decline, the number and a short reason.
worker-not-yours = Handover #{ $number } is not assigned to you.
worker-accepted = Thank you. Handover #{ $number } is now yours. We'll let the resident know.
worker-declined = Handover #{ $number } has been handed back. We'll look for someone else.
coordinator-unassigned = Handover #{ $number } has nobody yet. Can you find someone? See: luisterloket handovers --status unassigned
team-new = New handover #{ $number } for { $worker }.

## What the resident hears afterwards
resident-accepted = Good news: { $worker } has confirmed your appointment: { $time }.
resident-reassigned = { $worker } from { $organisation } is taking over your appointment: { $time }. Your story has already been passed on.
resident-reassign-pending = Sorry, your neighbourhood worker can't make it after all. A coordinator is looking for someone else and will contact you within one working day.

## Nothing waits silently: escalation, reminders, follow-up
coordinator-escalated = { $worker } didn't accept handover #{ $number } in time. It's now going to the next neighbourhood worker. Could you keep an eye on it?
reminder-resident = A small reminder: tomorrow you have an appointment with { $worker }: { $time }. Can't make it? Just send us a message.
reminder-worker = Reminder: tomorrow you have the appointment for handover #{ $number } with { $name }: { $time }.
followup-resident = You had an appointment with { $worker }. Did it help you?
followup-yes = 👍 Yes
followup-no = 👎 No, not yet
followup-thanks = Thank you for your answer. Is there anything else you'd like to ask? Just send us a message.
outcome-worker = How did handover #{ $number } go? Choose what fits.
outcome-helped = Helped
outcome-referred = Referred on
outcome-no_show = Didn't come
outcome-new_appointment = New appointment
outcome-thanks = Thank you. The outcome of handover #{ $number } has been saved.

## Local offers, after booking
booking-offers =
    This might help you too, here in your neighbourhood:
    { $offers }
offer-line = • { $name }: { $what } { $when }, { $where } ({ $contact })

## /afspraak: see, move or cancel the appointment
appointment-none = You don't have an appointment with us right now. Would you like some help? Just send us a message.
appointment-show = You have an appointment with { $name }: { $time }. What would you like to do?
appointment-keep = Keep it
appointment-move = Another time
appointment-cancel = Cancel
appointment-kept = All right, your appointment stays as it is.
appointment-cancelled = Your appointment has been cancelled. We'll let { $name } know. If you'd like help later after all, just send us a message.
worker-cancelled = The resident has cancelled handover #{ $number } ({ $name }). The time is free again.

## Instead of a time: a call back, or someone else
booking-call_me = 📞 Call me instead
booking-other_person = Someone else
booking-called =
    All right. { $name } will call you, usually within one working day.
    { $name } will get your story, so you don't have to tell it again.
    Are you in danger? Call 112.
worker-callback = please call back, no fixed time

## Acute, and the worker proposing another time
coordinator-acute = Urgent: a resident needs help right now. The handover is going to { $worker }. Please take a look straight away.
worker-propose = 🕑 Suggest another time
worker-proposed = You suggested another time for handover #{ $number }: { $time }. We'll ask the resident if it suits them.
worker-no-times = You have no free times left in the coming weeks for handover #{ $number }. You can hand it back with /decline, or ask the coordinator.
resident-proposal = { $worker } suggests another time: { $time }. Does that suit you?
resident-proposal-ok = ✅ Yes, that suits me
resident-proposal-no = ❌ No, it doesn't
proposal-thanks = Great. Your appointment is now at the new time.
proposal-coordinator = That's fine. A coordinator will find another time together with you. You'll hear from us within one working day.
coordinator-proposal-declined = The new time for handover #{ $number } doesn't suit the resident. Could you find another time together with them?

# The caption of a file a resident sent, forwarded to the worker.
worker-attachment = File from the resident for handover #{ $number }: { $name }
worker-attachment-missing = The resident sent a file with handover #{ $number } ({ $name }), but it did not come through: too large, or a fault. Feel free to ask for it again.
