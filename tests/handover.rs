//! The warm handover end to end, on SQLite and PostgreSQL: booking is atomic
//! when many residents race for few slots, a worker accepts or declines, and a
//! declined handover goes to the next match at the same time.

mod common;

use luisterloket::directory::{self, Directory};
use luisterloket::runtime::{Handled, Inbound, Runtime};
use luisterloket::script::Source;
use luisterloket::store::Store;
use std::sync::Arc;

/// One wijk, and workers with exactly the hours the test needs.
fn directory(yaml: &str) -> Directory {
    let src = Source { path: "test-directory.yaml".into(), text: yaml.into() };
    directory::load(&[src], &["nl".to_string()]).unwrap_or_else(|p| panic!("{p:#?}"))
}

const ONE_WORKER: &str = r#"
wijken:
  - { id: bloemhof, name: Bloemhof, postcodes: ["3072"] }
coordinators:
  - { id: c, name: Marleen de Wit, wijken: [bloemhof], languages: [nl], contact: { channel: console, id: marleen }, on_duty: true }
workers:
  - id: fatima
    name: Fatima El Amrani
    organisation: Trefpunt
    intro: { nl: "Ik ben Fatima." }
    languages: [nl, ar]
    domains: [money]
    wijken: [bloemhof]
    contact: { channel: console, id: fatima }
    capacity_per_week: 100
    # Tuesday 1 December 2026, 09:00-10:15: five slots of 15 minutes; away after that
    hours: [{ day: tue, from: "09:00", to: "10:15", slot_minutes: 15, mode: call }]
    away: [{ from: "2026-12-02", to: "2027-12-31", reason: leave }]
"#;

fn msg(user: &str, id: &str, text: &str) -> Inbound {
    Inbound {
        channel: "console".into(),
        user_key: user.into(),
        message_id: id.into(),
        text: text.into(),
        lang_hint: Some("nl".into()),
        media: None,
    }
}

fn msg_in(lang: &str, user: &str, id: &str, text: &str) -> Inbound {
    Inbound { lang_hint: Some(lang.into()), ..msg(user, id, text) }
}

async fn runtime(url: &str, dir: Directory) -> Arc<Runtime> {
    let store = Store::connect(url).await.unwrap();
    Arc::new(Runtime::new(store, common::shipped_content(), dir, common::FixedClock::at("2026-11-30T09:00:00Z")))
}

/// Take a resident to the "pick a time" question by the shortest path ("talk to a person").
async fn to_pick(rt: &Runtime, user: &str) {
    to_pick_in(rt, "nl", user).await
}

async fn to_pick_in(rt: &Runtime, lang: &str, user: &str) {
    for (i, text) in ["/mens", "Sam", "3072 AB", "1", "ja"].iter().enumerate() {
        rt.handle(&msg_in(lang, user, &format!("{user}-{i}"), text)).await.unwrap();
    }
}

async fn last_text(rt: &Runtime, user: &str) -> String {
    let rows = rt.store().pending_outbox("console", Some(user)).await.unwrap();
    rows.iter().map(|r| r.body.clone()).collect::<Vec<_>>().join("\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn fifty_residents_racing_for_five_slots_get_exactly_five_bookings() {
    for db in common::databases().await {
        let rt = runtime(&db.url, directory(ONE_WORKER)).await;
        let residents: Vec<String> = (0..50).map(|i| format!("console:r{i}")).collect();
        for r in &residents {
            to_pick(&rt, r).await;
            assert!(
                last_text(&rt, r).await.contains("dinsdag 1 december, 09:00"),
                "offered times:\n{}",
                last_text(&rt, r).await
            );
        }
        // Everyone taps the first time offered, at once, round after round,
        // until nobody is offered a time any more.
        for round in 0..8 {
            let tasks: Vec<_> = residents
                .iter()
                .map(|r| {
                    let rt = rt.clone();
                    let r = r.clone();
                    tokio::spawn(async move { rt.handle(&msg(&r, &format!("{r}-pick-{round}"), "1")).await.unwrap() })
                })
                .collect();
            for t in tasks {
                assert!(matches!(t.await.unwrap(), Handled::Processed { .. }));
            }
        }
        // (Once no time is left, the first button is "call me instead": those
        // are handovers without an appointment.)
        let handovers: Vec<_> = rt
            .store()
            .handovers(Some("booked"), None)
            .await
            .unwrap()
            .into_iter()
            .filter(|h| h.appointment.is_some())
            .collect();
        assert_eq!(handovers.len(), 5, "[{}] exactly five bookings", db.label);
        let mut times: Vec<_> = handovers.iter().map(|h| h.appointment.clone().unwrap()).collect();
        times.sort();
        times.dedup();
        assert_eq!(times.len(), 5, "[{}] five different slots: {times:?}", db.label);
        // The others heard that their time was taken and were offered what was left.
        let mut told = 0;
        for r in &residents {
            if last_text(&rt, r).await.contains("Die tijd is net door iemand anders gekozen") {
                told += 1;
            }
        }
        assert!(told >= 45, "[{}] only {told} residents heard their time was taken", db.label);
    }
}

const TWO_WORKERS: &str = r#"
wijken:
  - { id: bloemhof, name: Bloemhof, postcodes: ["3072"] }
coordinators:
  - { id: c, name: Marleen de Wit, wijken: [bloemhof], languages: [nl], contact: { channel: console, id: marleen }, on_duty: true }
workers:
  - id: fatima
    name: Fatima El Amrani
    organisation: Trefpunt
    intro: { nl: "Ik ben Fatima." }
    languages: [nl, ar]
    domains: [money, paperwork]
    wijken: [bloemhof]
    contact: { channel: console, id: fatima }
    capacity_per_week: 10
    hours: [{ day: tue, from: "09:00", to: "12:00", slot_minutes: 60, mode: call }]
  - id: daan
    name: Daan Visser
    organisation: Buurtwerk
    intro: { nl: "Ik ben Daan." }
    languages: [nl]
    domains: [money]
    wijken: [bloemhof]
    contact: { channel: console, id: daan }
    capacity_per_week: 10
    hours: [{ day: tue, from: "09:00", to: "12:00", slot_minutes: 60, mode: call }]
"#;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn accept_tells_the_resident_and_decline_goes_to_the_next_match() {
    for db in common::databases().await {
        let rt = runtime(&db.url, directory(TWO_WORKERS)).await;
        // An Arabic-speaking resident: Fatima, who speaks Arabic, is the first match.
        to_pick_in(&rt, "ar", "console:amal").await;
        let offer = last_text(&rt, "console:amal").await;
        assert!(offer.contains("Fatima") && offer.contains("Trefpunt"), "[{}] {offer}", db.label);
        rt.handle(&msg("console:amal", "amal-pick", "1")).await.unwrap();
        let hs = rt.store().handovers(Some("booked"), None).await.unwrap();
        assert_eq!(hs[0].worker_id.as_deref(), Some("fatima"), "[{}]", db.label);
        assert_eq!(hs[0].appointment.as_deref(), Some("2026-12-01T08:00:00.000Z"), "[{}] 09:00 in Amsterdam", db.label);
        let to_fatima = last_text(&rt, "console:fatima").await;
        assert!(to_fatima.contains("Nieuwe overdracht #1: Sam"), "[{}] {to_fatima}", db.label);
        // Fatima declines: Daan is free at the same time and takes it over.
        rt.handle(&msg("console:fatima", "f-1", "/decline 1 ik ben die dag ziek")).await.unwrap();
        let hs = rt.store().handovers(None, None).await.unwrap();
        assert_eq!(hs[0].state, "declined", "[{}]", db.label);
        assert_eq!(hs[0].decline_reason.as_deref(), Some("ik ben die dag ziek"));
        assert_eq!(hs[1].worker_id.as_deref(), Some("daan"), "[{}]", db.label);
        assert_eq!(hs[1].state, "booked");
        assert_eq!(hs[1].appointment.as_deref(), Some("2026-12-01T08:00:00.000Z"), "[{}] the same time", db.label);
        let told = last_text(&rt, "console:amal").await;
        assert!(
            told.contains("Daan") && told.contains("Buurtwerk"),
            "[{}] the resident hears who takes over: {told}",
            db.label
        );
        // Daan accepts with the button's number; the resident hears it.
        rt.handle(&msg("console:daan", "d-1", "1")).await.unwrap();
        assert_eq!(rt.store().handovers(Some("accepted"), None).await.unwrap().len(), 1, "[{}]", db.label);
        let told = last_text(&rt, "console:amal").await;
        assert!(told.matches("Daan").count() >= 2, "[{}] the resident hears Daan confirmed: {told}", db.label);
        // Fatima cannot accept what is no longer hers.
        rt.handle(&msg("console:fatima", "f-2", "/accept 2")).await.unwrap();
        assert!(last_text(&rt, "console:fatima").await.contains("staat niet op jouw naam"));
    }
}
