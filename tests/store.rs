//! The runtime and store under concurrency, on SQLite and PostgreSQL: a message
//! delivered twice at once counts once; many residents at once all get their
//! answers; two messages of one resident are applied one after the other.

mod common;

use luisterloket::runtime::{Handled, Inbound};
use luisterloket::store::Table;
use std::sync::Arc;

fn msg(user: &str, id: &str, text: &str) -> Inbound {
    Inbound {
        channel: "test".into(),
        user_key: user.into(),
        message_id: id.into(),
        text: text.into(),
        lang_hint: Some("nl".into()),
        media: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_redelivery_is_processed_once() {
    for db in common::databases().await {
        let rt = Arc::new(common::runtime(&db.url).await);
        let tasks: Vec<_> = (0..8)
            .map(|_| {
                let rt = rt.clone();
                tokio::spawn(async move { rt.handle(&msg("u1", "m1", "hallo")).await.unwrap() })
            })
            .collect();
        let mut processed = 0;
        for t in tasks {
            if let Handled::Processed { .. } = t.await.unwrap() {
                processed += 1;
            }
        }
        assert_eq!(processed, 1, "[{}] one delivery wins", db.label);
        assert_eq!(rt.store().count(Table::Inbox).await.unwrap(), 1, "[{}]", db.label);
        assert_eq!(
            rt.store().count(Table::Outbox).await.unwrap(),
            2,
            "[{}] welcome + language question, once",
            db.label
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn many_residents_at_once_all_get_answers() {
    for db in common::databases().await {
        let rt = Arc::new(common::runtime(&db.url).await);
        let tasks: Vec<_> = (0..40)
            .map(|i| {
                let rt = rt.clone();
                tokio::spawn(async move {
                    let user = format!("u{i}");
                    let a = rt.handle(&msg(&user, &format!("{user}-1"), "hallo")).await.unwrap();
                    let b = rt.handle(&msg(&user, &format!("{user}-2"), "1")).await.unwrap();
                    (a, b)
                })
            })
            .collect();
        for t in tasks {
            let (a, b) = t.await.unwrap();
            assert_eq!(a, Handled::Processed { replies: 2 }, "[{}]", db.label);
            assert_eq!(b, Handled::Processed { replies: 2 }, "[{}] intro + story question", db.label);
        }
        assert_eq!(rt.store().count(Table::Conversations).await.unwrap(), 40, "[{}]", db.label);
        assert_eq!(rt.store().count(Table::Outbox).await.unwrap(), 160, "[{}]", db.label);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn messages_of_one_resident_at_once_are_applied_in_turn() {
    for db in common::databases().await {
        let rt = Arc::new(common::runtime(&db.url).await);
        // greeting, language, the story, "no" to what triage heard: now at the list of subjects
        for (id, text) in [("0", "hallo"), ("1", "1"), ("2", "Ik heb schulden"), ("3", "nee")] {
            rt.handle(&msg("u", id, text)).await.unwrap();
        }
        // Now at the subjects question, where any free text is kept as the
        // resident's own words. Ten arrive at once: a lost update would keep fewer.
        let tasks: Vec<_> = (0..10)
            .map(|i| {
                let rt = rt.clone();
                tokio::spawn(async move {
                    rt.handle(&msg("u", &format!("w{i}"), &format!("zorg nummer {i}"))).await.unwrap()
                })
            })
            .collect();
        for t in tasks {
            assert!(matches!(t.await.unwrap(), Handled::Processed { .. }));
        }
        let json = rt.store().conversation_state("test", "u").await.unwrap().unwrap();
        let state = luisterloket::engine::State::from_json(&json, "nl");
        assert_eq!(state.own_words.len(), 11, "[{}] the story and ten notes", db.label);
    }
}
