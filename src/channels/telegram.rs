//! Telegram through teloxide: long polling, inline keyboards, the platform's
//! language as a hint, and delivery from the outbox with Telegram's limits.
//!
//! Nothing is lost: the update offset moves past an update only after the
//! runtime committed it (and the inbox skips an update seen before), and a
//! reply leaves the outbox only after Telegram accepted it. A 429 waits the
//! `retry_after` Telegram asks; other failures back off and retry.

use super::Queued;
use crate::runtime::{Inbound, Media, Runtime};
use crate::store::attachments::MAX_BYTES;
use anyhow::{Context, Result};
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use teloxide::payloads::{
    GetUpdatesSetters, SendDocumentSetters, SendMessageSetters, SendPhotoSetters, SetMyCommandsSetters,
};
use teloxide::prelude::*;
use teloxide::types::{BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, UpdateKind};
use teloxide::{ApiError, RequestError};

pub const CHANNEL: &str = "telegram";

/// Telegram's guidance: about one message per second in a chat, thirty per
/// second overall. Tests shorten them.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub per_chat: Duration,
    pub overall: Duration,
    /// Long-poll timeout for getUpdates, in seconds.
    pub poll_seconds: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { per_chat: Duration::from_millis(1000), overall: Duration::from_millis(34), poll_seconds: 25 }
    }
}

/// Read `TELOXIDE_TOKEN` and `TELOXIDE_API_URL` without panicking on bad values.
pub fn bot_from_env() -> Result<Option<Bot>> {
    let Ok(token) = std::env::var("TELOXIDE_TOKEN") else { return Ok(None) };
    if token.trim().is_empty() || !token.contains(':') {
        anyhow::bail!(
            "TELOXIDE_TOKEN does not look like a bot token (it has the form 123456:ABC...); ask @BotFather for one"
        );
    }
    let mut bot = Bot::new(token.trim());
    if let Ok(url) = std::env::var("TELOXIDE_API_URL") {
        let url = reqwest::Url::parse(&url).with_context(|| format!("TELOXIDE_API_URL is not a URL: {url}"))?;
        bot = bot.set_api_url(url);
    }
    Ok(Some(bot))
}

pub struct Telegram {
    bot: Bot,
    runtime: Arc<Runtime>,
    limits: Limits,
    last_sent: HashMap<String, Instant>,
    last_any: Option<Instant>,
}

impl Telegram {
    pub fn new(bot: Bot, runtime: Arc<Runtime>, limits: Limits) -> Self {
        Telegram { bot, runtime, limits, last_sent: HashMap::new(), last_any: None }
    }

    /// The command menu in every shipped language (`menu` in desk.yaml), so
    /// each resident sees the commands in their own; Dutch is the default.
    pub async fn register_commands(&self) -> Result<()> {
        let content = self.runtime.content();
        let desk = &content.script.desk;
        for (lang, aliases) in &desk.menu {
            let commands: Vec<BotCommand> = aliases
                .iter()
                .filter_map(|a| desk.commands.get(a).map(|i| (a, i)))
                .map(|(a, i)| {
                    BotCommand::new(a.clone(), content.texts.render(lang, &format!("menu-{}", i.name()), &[]))
                })
                .collect();
            if lang == crate::i18n::SOURCE_LANG {
                self.bot.set_my_commands(commands.clone()).await?;
            }
            self.bot.set_my_commands(commands).language_code(lang.clone()).await?;
        }
        Ok(())
    }

    pub fn bot(&self) -> &Bot {
        &self.bot
    }

    pub fn runtime(&self) -> &Arc<Runtime> {
        &self.runtime
    }

    /// Who are we? A refused token stops here with a clear word; a server
    /// that cannot be reached is tried again with backoff until it answers.
    /// Then the command menu. False when `stop` came first.
    pub async fn hello(&self, stop: &mut tokio::sync::watch::Receiver<bool>) -> Result<bool> {
        let mut backoff = super::Backoff::new(Duration::from_millis(500));
        let me = loop {
            match self.bot.get_me().await {
                Ok(me) => break me,
                Err(RequestError::Api(e)) => {
                    anyhow::bail!("Telegram refused the bot token ({e}); check TELOXIDE_TOKEN (from @BotFather)")
                }
                Err(e) => {
                    eprintln!(
                        "luisterloket: cannot reach the Telegram server ({e}); trying again in {} s",
                        backoff.secs()
                    );
                    if !backoff.wait(stop).await {
                        return Ok(false);
                    }
                }
            }
        };
        tracing::info!(bot = %me.username(), "telegram channel started");
        if let Err(e) = self.register_commands().await {
            tracing::warn!(error = %e, "could not register the command menu; commands still work when typed");
        }
        Ok(true)
    }

    /// Poll until `stop` is set; deliver the outbox after every batch.
    pub async fn run(mut self, mut stop: tokio::sync::watch::Receiver<bool>) -> Result<()> {
        if !self.hello(&mut stop).await? {
            return Ok(());
        }
        // Polling and a webhook exclude each other: a webhook left behind by
        // an earlier run in webhook mode is removed (its updates stay queued).
        if let Err(e) = self.bot.delete_webhook().await {
            tracing::warn!(error = %e, "deleteWebhook failed; polling may be refused");
        }
        let mut offset: i32 = 0;
        let mut backoff = super::Backoff::new(Duration::from_millis(200));
        loop {
            self.deliver().await?;
            if *stop.borrow() {
                break;
            }
            let poll = self.bot.get_updates().offset(offset).timeout(self.limits.poll_seconds);
            let updates = tokio::select! {
                r = poll.send() => r,
                _ = stop.changed() => continue,
            };
            let updates = match updates {
                Ok(u) => {
                    backoff.reset();
                    u
                }
                Err(e) => {
                    tracing::warn!(error = %e, wait_s = backoff.secs(), "getUpdates failed; retrying");
                    backoff.wait(&mut stop).await;
                    continue;
                }
            };
            for update in updates {
                let id = update.id.0 as i32;
                match inbound(&self.bot, &update).await {
                    Ok(Some(inbound)) => {
                        if let Err(e) = self.runtime.handle(&inbound).await {
                            // Not committed: leave the offset, Telegram sends it again.
                            tracing::error!(error = %e, update = id, "update not processed; will retry");
                            break;
                        }
                    }
                    Ok(None) => tracing::debug!(update = id, "update without text or button skipped"),
                    Err(e) => tracing::warn!(error = %e, update = id, "malformed update skipped"),
                }
                offset = id + 1;
            }
        }
        self.deliver().await?;
        Ok(())
    }
}

/// An update as the runtime wants it; None for updates without text, media
/// or a button (someone joined, an edit, ...). A tap is answered at once.
pub(super) async fn inbound(bot: &Bot, update: &Update) -> Result<Option<Inbound>> {
    let message_id = format!("u{}", update.id.0);
    match &update.kind {
        UpdateKind::Message(m) => {
            let media = media_of(m);
            let text = match (m.text(), &media) {
                (Some(t), _) => t.to_string(),
                (None, Some(_)) => m.caption().unwrap_or("").to_string(),
                (None, None) => return Ok(None),
            };
            let media = match media {
                Some((file, media)) => Some(fetch(bot, file, media).await),
                None => None,
            };
            Ok(Some(Inbound {
                channel: CHANNEL.into(),
                user_key: m.chat.id.0.to_string(),
                message_id,
                text,
                lang_hint: m.from.as_ref().and_then(|u| u.language_code.clone()),
                media,
            }))
        }
        UpdateKind::CallbackQuery(q) => {
            // Answer at once (the spinner stops) and take the keyboard away: a
            // choice is made once.
            let _ = bot.answer_callback_query(q.id.clone()).await;
            let Some(chat) = q.message.as_ref().map(|m| m.chat().id) else { return Ok(None) };
            if let Some(msg) = q.regular_message() {
                let _ = bot.edit_message_reply_markup(chat, msg.id).await;
            }
            Ok(q.data.clone().map(|data| Inbound {
                channel: CHANNEL.into(),
                user_key: chat.0.to_string(),
                message_id,
                text: data,
                lang_hint: q.from.language_code.clone(),
                media: None,
            }))
        }
        _ => Ok(None),
    }
}

/// The file in a message (a photographed letter, a voice note, a document),
/// with how to show it; the bytes are fetched next.
fn media_of(m: &Message) -> Option<(&teloxide::types::FileMeta, Media)> {
    let media = Media::new;
    if let Some(p) = m.photo().and_then(|sizes| sizes.last()) {
        // Telegram sends every size; the last is the largest: a letter must be readable.
        return Some((&p.file, media("photo", "photo.jpg", Some("image/jpeg".into()))));
    }
    if let Some(v) = m.voice() {
        return Some((&v.file, media("voice", "voice.ogg", v.mime_type.as_ref().map(|t| t.to_string()))));
    }
    if let Some(d) = m.document() {
        let name = d.file_name.as_deref().unwrap_or("document");
        return Some((&d.file, media("document", name, d.mime_type.as_ref().map(|t| t.to_string()))));
    }
    if let Some(a) = m.audio() {
        let name = a.file_name.as_deref().unwrap_or("audio");
        return Some((&a.file, media("audio", name, a.mime_type.as_ref().map(|t| t.to_string()))));
    }
    if let Some(v) = m.video() {
        let name = v.file_name.as_deref().unwrap_or("video.mp4");
        return Some((&v.file, media("video", name, v.mime_type.as_ref().map(|t| t.to_string()))));
    }
    None
}

/// The file's bytes from Telegram. A file over the limit, or one Telegram
/// will not give, is kept without bytes: the worker hears there was one.
async fn fetch(bot: &Bot, file: &teloxide::types::FileMeta, mut media: Media) -> Media {
    use teloxide::net::Download;
    if file.size as usize > MAX_BYTES {
        tracing::info!(size = file.size, "file from a resident too large to fetch");
        return media;
    }
    let got = match bot.get_file(file.id.clone()).await {
        Ok(f) => {
            let mut bytes = Vec::new();
            bot.download_file(&f.path, &mut bytes).await.map(|_| bytes).map_err(anyhow::Error::from)
        }
        Err(e) => Err(e.into()),
    };
    match got {
        Ok(bytes) => media.bytes = Some(bytes),
        Err(e) => tracing::warn!(error = %e, "could not fetch a file from Telegram; kept without it"),
    }
    media
}

impl Telegram {
    /// Send what waits in the outbox, oldest first, grouped per chat.
    pub async fn deliver(&mut self) -> Result<()> {
        for pending in super::pending(self.runtime.store(), CHANNEL).await? {
            for group in pending.groups {
                if !self.send_group(&pending.user_key, group).await? {
                    break;
                }
            }
        }
        Ok(())
    }

    /// Send one grouped message (or one file with its caption); false when
    /// Telegram asked us to wait.
    async fn send_group(&mut self, chat: &str, group: Vec<Queued>) -> Result<bool> {
        let Ok(chat_id) = chat.parse::<i64>() else {
            tracing::error!("outbox row for a chat that is not a Telegram id; skipped");
            for q in &group {
                self.runtime.store().mark_sent(q.id, chrono::Utc::now()).await?;
            }
            return Ok(true);
        };
        self.pace(chat).await;
        let text = group.iter().map(|q| q.reply.text.as_str()).collect::<Vec<_>>().join("\n\n");
        let file = match group.first().and_then(|q| q.attachment) {
            Some(id) => super::attachment_bytes(self.runtime.store(), id).await?,
            None => None,
        };
        let sent = match file {
            Some((media, bytes)) => self.send_file(ChatId(chat_id), media, bytes, &text).await,
            None => {
                let text = crate::text::shorten(&text, 4000);
                let last = &group.last().expect("a group has a reply").reply;
                let mut request = self.bot.send_message(ChatId(chat_id), text);
                if !last.buttons.is_empty() {
                    // Telegram allows 64 bytes of callback data; ours are short ids.
                    let rows: Vec<Vec<InlineKeyboardButton>> = last
                        .buttons
                        .iter()
                        .map(|b| vec![InlineKeyboardButton::callback(b.label.clone(), b.value.clone())])
                        .collect();
                    request = request.reply_markup(InlineKeyboardMarkup::new(rows));
                }
                request.await
            }
        };
        match sent {
            Ok(_) => {
                for q in &group {
                    self.runtime.store().mark_sent(q.id, chrono::Utc::now()).await?;
                }
                Ok(true)
            }
            Err(RequestError::RetryAfter(wait)) => {
                tracing::warn!(seconds = wait.seconds(), "telegram asks to slow down");
                tokio::time::sleep(wait.duration()).await;
                Ok(false)
            }
            Err(RequestError::Api(ApiError::BotBlocked)) => {
                tracing::info!("the resident blocked the bot; replies dropped");
                for q in &group {
                    self.runtime.store().mark_sent(q.id, chrono::Utc::now()).await?;
                }
                Ok(true)
            }
            Err(e) => {
                // Kept in the outbox: the next round tries again.
                tracing::warn!(error = %e, "sendMessage failed; will retry");
                tokio::time::sleep(Duration::from_millis(200)).await;
                Ok(false)
            }
        }
    }

    /// A stored file as a photo (what Telegram shows inline) or a document,
    /// uploaded from its bytes: a file id from another app means nothing here.
    async fn send_file(
        &self,
        chat: ChatId,
        media: Media,
        bytes: Vec<u8>,
        caption: &str,
    ) -> Result<Message, RequestError> {
        // Telegram: captions up to 1024 characters, photos up to 10 MB.
        let caption = crate::text::shorten(caption, 1000);
        let photo = media.kind == "photo" && bytes.len() <= 10 * 1024 * 1024;
        let file = InputFile::memory(bytes).file_name(media.file_name);
        if photo {
            self.bot.send_photo(chat, file).caption(caption).await
        } else {
            self.bot.send_document(chat, file).caption(caption).await
        }
    }

    async fn pace(&mut self, chat: &str) {
        let now = Instant::now();
        let mut wait = Duration::ZERO;
        if let Some(t) = self.last_sent.get(chat) {
            wait = wait.max(self.limits.per_chat.saturating_sub(now - *t));
        }
        if let Some(t) = self.last_any {
            wait = wait.max(self.limits.overall.saturating_sub(now - t));
        }
        if !wait.is_zero() {
            tokio::time::sleep(wait).await;
        }
        let sent = Instant::now();
        self.last_sent.insert(chat.to_string(), sent);
        self.last_any = Some(sent);
    }
}
