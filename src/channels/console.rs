//! The terminal as a chat app: one line in is one message, replies come out
//! as text with numbered buttons. Works interactively and piped, so a whole
//! conversation can be a `printf` or a transcript test.

use crate::engine::Reply;
use crate::runtime::{Handled, Inbound, Runtime};
use anyhow::Result;
use std::io::IsTerminal;
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};

pub const CHANNEL: &str = "console";

/// One resident at the terminal.
pub struct ConsoleSession<'r> {
    runtime: &'r Runtime,
    user_key: String,
    lang_hint: Option<String>,
    /// Makes message ids unique across runs, as a platform's ids are.
    session: String,
    counter: u64,
    last: Option<(String, String)>,
}

impl<'r> ConsoleSession<'r> {
    pub fn new(runtime: &'r Runtime, user: &str, lang_hint: Option<String>) -> Self {
        let session = format!("{}", chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default());
        ConsoleSession { runtime, user_key: user.to_string(), lang_hint, session, counter: 0, last: None }
    }

    pub fn set_user(&mut self, user: &str) {
        self.user_key = user.to_string();
    }

    pub fn set_lang_hint(&mut self, lang: Option<String>) {
        self.lang_hint = lang;
    }

    /// Send one message and return the replies it produced.
    pub async fn send(&mut self, text: &str) -> Result<Vec<Reply>> {
        self.counter += 1;
        let id = format!("{}-{}", self.session, self.counter);
        self.last = Some((id.clone(), text.to_string()));
        self.deliver_message(&id, text).await
    }

    /// Deliver the previous message again with the same id, as a platform
    /// does after a timeout. It must not be processed twice.
    pub async fn redeliver(&mut self) -> Result<Vec<Reply>> {
        let Some((id, text)) = self.last.clone() else {
            return Ok(Vec::new());
        };
        self.deliver_message(&id, &text).await
    }

    async fn deliver_message(&mut self, id: &str, text: &str) -> Result<Vec<Reply>> {
        let inbound = Inbound {
            channel: CHANNEL.into(),
            user_key: self.user_key.clone(),
            message_id: id.to_string(),
            text: text.to_string(),
            lang_hint: self.lang_hint.clone(),
            media: None,
        };
        match self.runtime.handle(&inbound).await? {
            Handled::Duplicate => Ok(Vec::new()),
            Handled::Processed { .. } => self.flush().await,
        }
    }

    /// Take every reply waiting in the outbox for this resident.
    pub async fn flush(&self) -> Result<Vec<Reply>> {
        let store = self.runtime.store();
        let mut out = Vec::new();
        for row in store.pending_outbox(CHANNEL, Some(&self.user_key)).await? {
            match serde_json::from_str::<Reply>(&row.body) {
                Ok(r) => out.push(r),
                Err(e) => tracing::error!(id = row.id, error = %e, "unreadable outbox row skipped"),
            }
            store.mark_sent(row.id, chrono::Utc::now()).await?;
        }
        Ok(out)
    }
}

/// A reply as terminal lines: the text, then the buttons.
pub fn render(reply: &Reply) -> Vec<String> {
    super::text_with_choices(reply).lines().map(str::to_string).collect()
}

/// Read messages line by line until end of input, writing replies.
pub async fn run(
    runtime: &Runtime,
    user: &str,
    lang_hint: Option<String>,
    input: impl AsyncBufRead + Unpin,
    mut output: impl AsyncWrite + Unpin,
) -> Result<()> {
    let interactive = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let mut session = ConsoleSession::new(runtime, user, lang_hint);
    // Replies left behind by a crash are delivered first.
    write_replies(&mut output, &session.flush().await?, interactive).await?;
    if interactive {
        output.write_all("Luisterloket in de terminal. Typ een bericht; Ctrl-D stopt.\n".as_bytes()).await?;
    }
    let mut lines = input.lines();
    loop {
        if interactive {
            output.write_all(b"> ").await?;
            output.flush().await?;
        }
        let Some(line) = lines.next_line().await? else {
            break;
        };
        let replies = session.send(&line).await?;
        write_replies(&mut output, &replies, interactive).await?;
    }
    output.flush().await?;
    Ok(())
}

async fn write_replies(output: &mut (impl AsyncWrite + Unpin), replies: &[Reply], interactive: bool) -> Result<()> {
    for r in replies {
        for line in render(r) {
            output.write_all(line.as_bytes()).await?;
            output.write_all(b"\n").await?;
        }
        if interactive {
            output.write_all(b"\n").await?;
        }
    }
    output.flush().await?;
    Ok(())
}
