//! A fake Telegram Bot API on 127.0.0.1 for the tests: enough of the HTTP
//! API for teloxide (getMe, getUpdates, sendMessage, answerCallbackQuery,
//! editMessageReplyMarkup, setMyCommands, getFile and file downloads,
//! sendPhoto, sendDocument, ...), recording every call, with faults on
//! demand: 429 with retry_after, 502, and requests that hang.

#![allow(dead_code)]

use serde_json::{Value, json};
use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone)]
pub enum Fault {
    /// HTTP 429 with `retry_after` seconds.
    TooManyRequests(u32),
    /// HTTP 502 with an HTML body, as a proxy in front of Telegram gives.
    BadGateway,
    /// HTTP 401: the token is not valid.
    Unauthorized,
    /// No answer for this many milliseconds, then the connection closes: the
    /// request never reached Telegram (a network that hangs).
    Hang(u64),
}

#[derive(Default)]
struct State {
    updates: Vec<Value>,
    next_update: i64,
    next_message: i64,
    /// (method, body) of every call, in order.
    calls: Vec<(String, Value)>,
    faults: VecDeque<(String, Fault)>,
    /// Files residents sent, by file id: what getFile and a download give.
    files: std::collections::HashMap<String, Vec<u8>>,
}

#[derive(Clone)]
pub struct FakeTelegram {
    pub url: String,
    state: Arc<Mutex<State>>,
}

impl FakeTelegram {
    pub async fn start() -> FakeTelegram {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/", listener.local_addr().unwrap());
        let state = Arc::new(Mutex::new(State { next_update: 1000, next_message: 1, ..Default::default() }));
        let s = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let s = s.clone();
                tokio::spawn(async move {
                    let _ = serve(stream, s).await;
                });
            }
        });
        FakeTelegram { url, state }
    }

    /// A resident writes a text message.
    pub fn write(&self, chat: i64, text: &str, lang: &str) {
        let mut st = self.state.lock().unwrap();
        let id = st.next_update;
        st.next_update += 1;
        let m = st.next_message;
        st.next_message += 1;
        st.updates.push(json!({
            "update_id": id,
            "message": {
                "message_id": m, "date": 1764500000,
                "chat": {"id": chat, "type": "private", "first_name": "Resident"},
                "from": {"id": chat, "is_bot": false, "first_name": "Resident", "language_code": lang},
                "text": text
            }
        }));
    }

    /// A resident sends a photo (a photographed letter) without words.
    /// Its bytes are text here: the fake reads multipart bodies as text.
    pub fn send_photo(&self, chat: i64, file_id: &str, bytes: &[u8]) {
        let mut st = self.state.lock().unwrap();
        st.files.insert(file_id.to_string(), bytes.to_vec());
        let id = st.next_update;
        st.next_update += 1;
        let m = st.next_message;
        st.next_message += 1;
        let size = |w: u32| json!({"file_id": format!("{file_id}"), "file_unique_id": format!("u-{file_id}-{w}"), "width": w, "height": w, "file_size": bytes.len()});
        st.updates.push(json!({
            "update_id": id,
            "message": {
                "message_id": m, "date": 1764500000,
                "chat": {"id": chat, "type": "private", "first_name": "Resident"},
                "from": {"id": chat, "is_bot": false, "first_name": "Resident", "language_code": "nl"},
                "photo": [size(90), size(1280)]
            }
        }));
    }

    /// Files sent to a chat (sendPhoto and sendDocument calls that succeeded),
    /// with the uploaded bytes under "photo" or "document".
    pub fn files_to(&self, chat: i64) -> Vec<Value> {
        let st = self.state.lock().unwrap();
        st.calls
            .iter()
            .filter(|(m, b)| {
                (m == "sendphoto" || m == "senddocument")
                    && b["chat_id"] == json!(chat.to_string())
                    && b["_ok"] == json!(true)
            })
            .map(|(_, b)| {
                // An upload names its file part: "photo": "attach://<part>".
                let mut b = b.clone();
                for field in ["photo", "document"] {
                    if let Some(part) = b[field].as_str().and_then(|v| v.strip_prefix("attach://")).map(str::to_string)
                    {
                        b[field] = b[&part].clone();
                    }
                }
                b
            })
            .collect()
    }

    /// A resident taps an inline button with this callback data.
    pub fn tap(&self, chat: i64, data: &str) {
        let mut st = self.state.lock().unwrap();
        let id = st.next_update;
        st.next_update += 1;
        st.updates.push(json!({
            "update_id": id,
            "callback_query": {
                "id": format!("cb{id}"),
                "from": {"id": chat, "is_bot": false, "first_name": "Resident", "language_code": "nl"},
                "chat_instance": "ci",
                "data": data,
                "message": {"message_id": 1, "date": 1764500000, "chat": {"id": chat, "type": "private", "first_name": "Resident"}, "text": "..."}
            }
        }));
    }

    /// The updates waiting (webhook mode: the test posts them as Telegram would).
    pub fn take_updates(&self) -> Vec<Value> {
        std::mem::take(&mut self.state.lock().unwrap().updates)
    }

    /// The next call of `method` fails like this.
    pub fn fail_next(&self, method: &str, fault: Fault) {
        self.state.lock().unwrap().faults.push_back((method.to_lowercase(), fault));
    }

    pub fn calls(&self, method: &str) -> Vec<Value> {
        let st = self.state.lock().unwrap();
        st.calls.iter().filter(|(m, _)| *m == method.to_lowercase()).map(|(_, b)| b.clone()).collect()
    }

    /// Messages sent to a chat (sendMessage calls that succeeded).
    pub fn sent_to(&self, chat: i64) -> Vec<Value> {
        self.calls("sendmessage")
            .into_iter()
            .filter(|b| b["chat_id"] == json!(chat) && b["_ok"] == json!(true))
            .collect()
    }

    /// Wait until `chat` has received `n` messages.
    pub async fn wait_for(&self, chat: i64, n: usize, timeout: Duration) -> Vec<Value> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let sent = self.sent_to(chat);
            if sent.len() >= n || tokio::time::Instant::now() > deadline {
                return sent;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn serve(mut stream: TcpStream, state: Arc<Mutex<State>>) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let (head_end, content_length) = loop {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            return Ok(());
        }
        buf.extend_from_slice(&chunk[..n]);
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buf[..pos]).to_lowercase();
            let len = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:").map(|v| v.trim().parse::<usize>().unwrap_or(0)))
                .unwrap_or(0);
            break (pos + 4, len);
        }
    };
    while buf.len() < head_end + content_length {
        let n = stream.read(&mut chunk).await?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&chunk[..n]);
    }
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    let method = path.rsplit('/').next().unwrap_or("").to_lowercase();
    let body: Value = match boundary(&head) {
        Some(b) => multipart_fields(&buf[head_end..], &b),
        None => serde_json::from_slice(&buf[head_end..]).unwrap_or(Value::Null),
    };

    // A file download (https://api.telegram.org/file/bot<token>/<path>).
    if let Some(file_path) = path.split("/file/bot").nth(1).and_then(|p| p.split_once('/')).map(|(_, p)| p.to_string())
    {
        // teloxide escapes the path's slash.
        let file_id = file_path.replace("%2F", "/").trim_start_matches("files/").to_string();
        let bytes = {
            let mut st = state.lock().unwrap();
            st.calls.push(("download".into(), json!({"file_id": file_id})));
            st.files.get(&file_id).cloned()
        };
        let (status, bytes) = match bytes {
            Some(b) => ("200 OK", b),
            None => ("404 Not Found", Vec::new()),
        };
        let head = format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", bytes.len());
        stream.write_all(head.as_bytes()).await?;
        stream.write_all(&bytes).await?;
        return stream.shutdown().await;
    }

    // getUpdates long-polls: wait a little for updates past the offset.
    if method == "getupdates" {
        let offset = body["offset"].as_i64().unwrap_or(0);
        for _ in 0..25 {
            if state.lock().unwrap().updates.iter().any(|u| u["update_id"].as_i64().unwrap_or(0) >= offset) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let hang = {
        let mut st = state.lock().unwrap();
        match st.faults.front() {
            Some((m, Fault::Hang(ms))) if *m == method => {
                let ms = *ms;
                st.faults.pop_front();
                let mut recorded = body.clone();
                recorded["_ok"] = json!(false);
                st.calls.push((method.clone(), recorded));
                Some(ms)
            }
            _ => None,
        }
    };
    if let Some(ms) = hang {
        tokio::time::sleep(Duration::from_millis(ms)).await;
        return Ok(());
    }
    let (status, response) = {
        let mut st = state.lock().unwrap();
        let fault = match st.faults.front() {
            Some((m, _)) if *m == method => st.faults.pop_front().map(|(_, f)| f),
            _ => None,
        };
        let mut recorded = body.clone();
        match fault {
            Some(Fault::TooManyRequests(secs)) => {
                recorded["_ok"] = json!(false);
                st.calls.push((method.clone(), recorded));
                (429, json!({"ok": false, "error_code": 429, "description": format!("Too Many Requests: retry after {secs}"), "parameters": {"retry_after": secs}}).to_string())
            }
            Some(Fault::Unauthorized) => {
                recorded["_ok"] = json!(false);
                st.calls.push((method.clone(), recorded));
                (401, json!({"ok": false, "error_code": 401, "description": "Unauthorized"}).to_string())
            }
            Some(Fault::BadGateway) => {
                recorded["_ok"] = json!(false);
                st.calls.push((method.clone(), recorded));
                (502, "<html><body>502 Bad Gateway</body></html>".to_string())
            }
            Some(Fault::Hang(_)) => unreachable!("handled before"),
            None => {
                recorded["_ok"] = json!(true);
                st.calls.push((method.clone(), recorded));
                let result = match method.as_str() {
                    "getme" => {
                        json!({"id": 1, "is_bot": true, "first_name": "Luisterloket", "username": "luisterloket_bot",
                        "can_join_groups": false, "can_read_all_group_messages": false, "supports_inline_queries": false,
                        "can_connect_to_business": false, "has_main_web_app": false})
                    }
                    "getupdates" => {
                        let offset = body["offset"].as_i64().unwrap_or(0);
                        // Confirmed updates are gone, as on Telegram.
                        st.updates.retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
                        Value::Array(st.updates.clone())
                    }
                    "getfile" => {
                        let id = body["file_id"].as_str().unwrap_or("").to_string();
                        let size = st.files.get(&id).map_or(0, |b| b.len());
                        json!({"file_id": id, "file_unique_id": format!("u-{id}"), "file_size": size, "file_path": format!("files/{id}")})
                    }
                    "sendmessage" | "sendphoto" | "senddocument" => {
                        // A form (a file upload) sends the chat id as text.
                        let chat = body["chat_id"]
                            .as_str()
                            .and_then(|c| c.parse::<i64>().ok())
                            .map_or(body["chat_id"].clone(), |c| json!(c));
                        let m = st.next_message;
                        st.next_message += 1;
                        json!({"message_id": m, "date": 1764500000, "chat": {"id": chat, "type": "private", "first_name": "Resident"},
                            "from": {"id": 1, "is_bot": true, "first_name": "Luisterloket"}, "text": body.get("text").or(body.get("caption")).cloned().unwrap_or(json!(""))})
                    }
                    _ => json!(true),
                };
                (200, json!({"ok": true, "result": result}).to_string())
            }
        }
    };
    let reason = match status {
        200 => "OK",
        429 => "Too Many Requests",
        401 => "Unauthorized",
        _ => "Bad Gateway",
    };
    let content_type = if status == 502 { "text/html" } else { "application/json" };
    let reply = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{response}",
        response.len()
    );
    stream.write_all(reply.as_bytes()).await?;
    stream.shutdown().await
}

/// The boundary of a multipart body (teloxide sends setWebhook as a form).
fn boundary(head: &str) -> Option<String> {
    head.lines()
        .find(|l| l.to_lowercase().starts_with("content-type: multipart/form-data"))
        .and_then(|l| l.split("boundary=").nth(1))
        .map(|b| b.trim().trim_matches('"').to_string())
}

/// The text fields of a multipart form, as a JSON object.
fn multipart_fields(body: &[u8], boundary: &str) -> Value {
    let text = String::from_utf8_lossy(body);
    let mut fields = serde_json::Map::new();
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, value)) = part.split_once("\r\n\r\n") else { continue };
        let Some(name) = head.split("name=\"").nth(1).and_then(|n| n.split('"').next()) else { continue };
        fields.insert(name.to_string(), Value::String(value.trim_end_matches("\r\n").to_string()));
    }
    Value::Object(fields)
}
