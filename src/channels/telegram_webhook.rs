//! Telegram's webhook mode: Telegram posts each update to a public HTTPS
//! address (a reverse proxy in front of us terminates TLS and forwards to
//! `listen`). An update is answered 200 only after the runtime committed it;
//! a failure answers 500 and Telegram delivers it again later, so a crash
//! loses nothing (and the inbox skips what was already handled). The secret
//! token Telegram sends with every post keeps strangers from posting.

use super::telegram::{Telegram, inbound};
use crate::runtime::Runtime;
use anyhow::{Context, Result};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use teloxide::Bot;
use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::Requester;
use teloxide::types::Update;

/// From `TELEGRAM_WEBHOOK_URL` (the public address Telegram posts to, e.g.
/// `https://bot.example.org/telegram`), `TELEGRAM_WEBHOOK_LISTEN` (where this
/// process listens; default `127.0.0.1:8443`, behind the proxy) and
/// `TELEGRAM_WEBHOOK_SECRET` (1-256 of A-Z a-z 0-9 _ -).
#[derive(Clone)]
pub struct Webhook {
    pub url: reqwest::Url,
    pub listen: SocketAddr,
    pub secret: String,
}

impl std::fmt::Debug for Webhook {
    // The secret never reaches a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Webhook").field("url", &self.url.as_str()).field("listen", &self.listen).finish()
    }
}

impl Webhook {
    pub fn from_env() -> Result<Option<Webhook>> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        let Some(url) = var("TELEGRAM_WEBHOOK_URL") else { return Ok(None) };
        let url = reqwest::Url::parse(&url).with_context(|| format!("TELEGRAM_WEBHOOK_URL is not a URL: {url}"))?;
        let listen = var("TELEGRAM_WEBHOOK_LISTEN").unwrap_or_else(|| "127.0.0.1:8443".into());
        let listen: SocketAddr = listen
            .parse()
            .with_context(|| format!("TELEGRAM_WEBHOOK_LISTEN is not an address like 127.0.0.1:8443: {listen}"))?;
        let secret = var("TELEGRAM_WEBHOOK_SECRET").context(
            "TELEGRAM_WEBHOOK_URL is set but TELEGRAM_WEBHOOK_SECRET is not: choose a long random word (A-Z, a-z, 0-9, _ and -)",
        )?;
        if secret.len() > 256 || !secret.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') {
            anyhow::bail!("TELEGRAM_WEBHOOK_SECRET may only have A-Z, a-z, 0-9, _ and - (at most 256)");
        }
        Ok(Some(Webhook { url, listen, secret }))
    }
}

struct Shared {
    bot: Bot,
    runtime: Arc<Runtime>,
    secret: String,
}

/// Register the webhook, serve it until `stop`, and deliver the outbox meanwhile.
pub async fn run(mut telegram: Telegram, hook: Webhook, mut stop: tokio::sync::watch::Receiver<bool>) -> Result<()> {
    if !telegram.hello(&mut stop).await? {
        return Ok(());
    }
    let listener = tokio::net::TcpListener::bind(hook.listen)
        .await
        .with_context(|| format!("cannot listen on {} (TELEGRAM_WEBHOOK_LISTEN)", hook.listen))?;
    let mut backoff = super::Backoff::new(Duration::from_millis(500));
    loop {
        match telegram.bot().set_webhook(hook.url.clone()).secret_token(hook.secret.clone()).await {
            Ok(_) => break,
            Err(teloxide::RequestError::Api(e)) => {
                anyhow::bail!("Telegram refused the webhook address {} ({e})", hook.url)
            }
            Err(e) => {
                tracing::warn!(error = %e, "setWebhook failed; trying again");
                if !backoff.wait(&mut stop).await {
                    return Ok(());
                }
            }
        }
    }
    tracing::info!(listen = %hook.listen, "telegram webhook registered");
    let shared =
        Arc::new(Shared { bot: telegram.bot().clone(), runtime: telegram.runtime().clone(), secret: hook.secret });
    let app = axum::Router::new().route(hook.url.path(), axum::routing::post(receive)).with_state(shared);
    let server = {
        let mut stop = stop.clone();
        tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = stop.changed().await;
                })
                .await
        })
    };
    loop {
        telegram.deliver().await?;
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_millis(250)) => {}
            _ = stop.changed() => break,
        }
    }
    // Updates in flight finish before the server stops; then the last replies go.
    server.await??;
    telegram.deliver().await
}

async fn receive(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let secret = headers.get("x-telegram-bot-api-secret-token").and_then(|v| v.to_str().ok());
    if secret != Some(shared.secret.as_str()) {
        tracing::warn!("webhook post without the right secret token refused");
        return StatusCode::UNAUTHORIZED;
    }
    let update: Update = match serde_json::from_slice(&body) {
        Ok(u) => u,
        Err(e) => {
            // Telegram would post it again and again: say so and skip it.
            tracing::warn!(error = %e, "malformed update skipped");
            return StatusCode::OK;
        }
    };
    match inbound(&shared.bot, &update).await {
        Ok(Some(message)) => match shared.runtime.handle(&message).await {
            Ok(_) => StatusCode::OK,
            Err(e) => {
                // Not committed: Telegram delivers it again.
                tracing::error!(error = %e, update = update.id.0, "update not processed; Telegram will retry");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        },
        Ok(None) => StatusCode::OK,
        Err(e) => {
            tracing::warn!(error = %e, update = update.id.0, "malformed update skipped");
            StatusCode::OK
        }
    }
}
