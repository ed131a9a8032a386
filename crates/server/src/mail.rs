//! The mail relay: the outbox's messages leave the shop here. A background
//! job (under the jobs' lease, so one instance sends) hands each unsent
//! message to the SMTP relay the operator names (`--smtp-relay HOST:PORT`,
//! e.g. the machine's own Postfix or an authenticating sidecar such as
//! msmtpd), as a MIME message with its plain-text and HTML parts, and marks
//! it sent (`outbox.sent_at`) once the relay accepted it. In demo mode
//! without a relay the demo mailbox (`/dev/mailbox`) is where messages go,
//! so they are marked sent there. Without either they wait, and the
//! operator's console says so on the order.
//!
//! Delivery is at least once: a crash between the relay's "250" and the
//! update sends that message again on the next run; its `Message-ID` is the
//! same both times, so a mailbox can tell.

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::db::now;
use crate::error::Result;
use crate::state::AppState;

/// Messages sent per run (every tick, 2 s): a backlog drains in order.
const BATCH: i64 = 50;
/// How long the relay may take to answer any one command.
const TIMEOUT: Duration = Duration::from_secs(10);

/// One outbox row on its way out.
#[derive(sqlx::FromRow)]
struct Outgoing {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
    html_body: Option<String>,
    created_at: i64,
}

/// Sends what is waiting, through the configured relay (or into the demo
/// mailbox); the number of messages marked sent.
pub async fn send_due(state: &AppState) -> Result<usize> {
    match state.config.smtp_relay.as_deref() {
        Some(relay) => send_through(state, relay).await,
        None if state.config.demo => {
            let done = sqlx::query("UPDATE outbox SET sent_at = $1 WHERE sent_at IS NULL").bind(now()).execute(&state.db.pool).await?;
            Ok(usize::try_from(done.rows_affected()).unwrap_or(0))
        }
        None => Ok(0),
    }
}

/// Sends what is waiting through the SMTP relay at `relay` (`host:port`),
/// oldest first. A message the relay refuses stays waiting; the run stops
/// at the first failure to reach the relay and says why.
pub async fn send_through(state: &AppState, relay: &str) -> Result<usize> {
    let due: Vec<Outgoing> = sqlx::query_as("SELECT id, recipient, subject, body, html_body, created_at FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1")
        .bind(BATCH)
        .fetch_all(&state.db.pool)
        .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let from = &state.config.mail_from;
    let mut smtp = Smtp::connect(relay).await.map_err(relay_error)?;
    let mut sent = 0;
    for m in &due {
        let data = message(m, &state.config.shop_name, from);
        match smtp.send(from, &m.recipient, &data).await {
            Ok(()) => {
                sqlx::query("UPDATE outbox SET sent_at = $1 WHERE id = $2 AND sent_at IS NULL").bind(now()).bind(m.id).execute(&state.db.pool).await?;
                sent += 1;
            }
            // The relay refused this message (a bad address, say): the others still go.
            Err(SmtpError::Refused(reply)) => {
                tracing::warn!(outbox = m.id, %reply, "the mail relay refused a message; it stays in the outbox");
                smtp.reset().await.map_err(relay_error)?;
            }
            Err(e) => return Err(relay_error(e)),
        }
    }
    smtp.quit().await;
    Ok(sent)
}

fn relay_error(e: SmtpError) -> crate::error::ApiError {
    crate::error::ApiError::Internal(format!("mail relay: {e}"))
}

/// The message as the relay receives it (RFC 5322 with MIME): CRLF line
/// ends, non-ASCII headers encoded (RFC 2047), both parts in base64.
fn message(m: &Outgoing, shop_name: &str, from: &str) -> String {
    let domain = from.rsplit_once('@').map_or("localhost", |(_, d)| d);
    let boundary = format!("vitrine-{}-{}", m.id, m.created_at);
    let mut out = String::with_capacity(m.body.len() * 2 + m.html_body.as_ref().map_or(0, |h| h.len() * 2) + 512);
    out.push_str(&format!("From: {} <{from}>\r\n", display_name(shop_name)));
    out.push_str(&format!("To: <{}>\r\n", m.recipient));
    out.push_str(&format!("Subject: {}\r\n", header_text(&m.subject)));
    out.push_str(&format!("Date: {}\r\n", rfc5322_date(m.created_at)));
    out.push_str(&format!("Message-ID: <outbox-{}-{}@{domain}>\r\n", m.id, m.created_at));
    out.push_str("MIME-Version: 1.0\r\n");
    match &m.html_body {
        Some(html) => {
            out.push_str(&format!("Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n"));
            for (kind, text) in [("plain", m.body.as_str()), ("html", html.as_str())] {
                out.push_str(&format!("--{boundary}\r\n"));
                part(&mut out, kind, text);
            }
            out.push_str(&format!("--{boundary}--\r\n"));
        }
        None => part(&mut out, "plain", &m.body),
    }
    out
}

/// A `text/{kind}` part's headers and its body in base64 lines of 76.
fn part(out: &mut String, kind: &str, text: &str) {
    out.push_str(&format!("Content-Type: text/{kind}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"));
    let encoded = crate::secrets::base64(text.as_bytes());
    for line in encoded.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(line).unwrap_or_default());
        out.push_str("\r\n");
    }
}

/// A header's words: as they are in ASCII, else an RFC 2047 encoded word.
/// An encoded word is at most 75 characters, so at most 45 bytes of text
/// each (whole characters); a longer header folds onto further lines.
fn header_text(text: &str) -> String {
    let text = text.replace(['\r', '\n'], " ");
    if text.is_ascii() {
        return text;
    }
    let mut words = Vec::new();
    let mut rest = text.as_str();
    while !rest.is_empty() {
        let mut end = rest.len().min(45);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let (word, tail) = rest.split_at(end);
        words.push(format!("=?utf-8?B?{}?=", crate::secrets::base64(word.as_bytes())));
        rest = tail;
    }
    words.join("\r\n ")
}

/// A sender's name before its address: quoted where it has a character
/// RFC 5322 reserves ("Vitrine Supply Co."), encoded where it is not ASCII.
fn display_name(name: &str) -> String {
    let name = header_text(name);
    if name.starts_with("=?") || !name.contains(|c: char| "()<>[]:;@\\,.\"".contains(c)) {
        name
    } else {
        format!("\"{}\"", name.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// "Sat, 05 Dec 2026 23:43:00 +0000", on the core's calendar.
fn rfc5322_date(secs: i64) -> String {
    use vitrine_core::delivery::{Date, Weekday};
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let date = Date::from_unix(secs, 0);
    let weekday = match date.weekday() {
        Weekday::Monday => "Mon",
        Weekday::Tuesday => "Tue",
        Weekday::Wednesday => "Wed",
        Weekday::Thursday => "Thu",
        Weekday::Friday => "Fri",
        Weekday::Saturday => "Sat",
        Weekday::Sunday => "Sun",
    };
    let s = secs.rem_euclid(86_400);
    format!(
        "{weekday}, {:02} {} {} {:02}:{:02}:{:02} +0000",
        date.day(),
        MONTHS[(date.month() as usize).saturating_sub(1).min(11)],
        date.year(),
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

#[derive(Debug)]
enum SmtpError {
    /// Could not reach the relay, or it stopped answering.
    Io(String),
    /// The relay answered a message's command with an error reply.
    Refused(String),
}

impl std::fmt::Display for SmtpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SmtpError::Io(e) => write!(f, "{e}"),
            SmtpError::Refused(reply) => write!(f, "refused: {reply}"),
        }
    }
}

/// One SMTP session with the relay (RFC 5321, no TLS or AUTH: a relay on
/// the machine or the private network, which authenticates onwards).
struct Smtp {
    reader: BufReader<tokio::net::tcp::OwnedReadHalf>,
    writer: tokio::net::tcp::OwnedWriteHalf,
}

impl Smtp {
    async fn connect(relay: &str) -> std::result::Result<Smtp, SmtpError> {
        let stream = tokio::time::timeout(TIMEOUT, TcpStream::connect(relay))
            .await
            .map_err(|_| SmtpError::Io(format!("{relay} did not answer")))?
            .map_err(|e| SmtpError::Io(format!("cannot reach {relay}: {e}")))?;
        let (read, writer) = stream.into_split();
        let mut smtp = Smtp { reader: BufReader::new(read), writer };
        smtp.expect(220).await.map_err(|e| match e {
            SmtpError::Refused(r) => SmtpError::Io(format!("{relay} turned the session down: {r}")),
            e => e,
        })?;
        smtp.command("EHLO vitrine", 250).await.map_err(|e| SmtpError::Io(format!("EHLO: {e}")))?;
        Ok(smtp)
    }

    async fn send(&mut self, from: &str, to: &str, data: &str) -> std::result::Result<(), SmtpError> {
        if to.contains(['\r', '\n', '<', '>']) {
            return Err(SmtpError::Refused(format!("not an address: {to:?}")));
        }
        self.command(&format!("MAIL FROM:<{from}>"), 250).await?;
        self.command(&format!("RCPT TO:<{to}>"), 250).await?;
        self.command("DATA", 354).await?;
        // A line that starts with a dot gets another (RFC 5321 4.5.2); the message ends with "." alone.
        let mut body = String::with_capacity(data.len() + 16);
        for line in data.split("\r\n") {
            if line.starts_with('.') {
                body.push('.');
            }
            body.push_str(line);
            body.push_str("\r\n");
        }
        let body = body.trim_end_matches("\r\n").to_string() + "\r\n.\r\n";
        self.write(&body).await?;
        self.expect(250).await
    }

    /// After a refused message: a clean transaction for the next one.
    async fn reset(&mut self) -> std::result::Result<(), SmtpError> {
        self.command("RSET", 250).await.map_err(|e| SmtpError::Io(format!("RSET: {e}")))
    }

    async fn quit(mut self) {
        let _ = self.command("QUIT", 221).await;
    }

    async fn command(&mut self, line: &str, code: u16) -> std::result::Result<(), SmtpError> {
        self.write(&format!("{line}\r\n")).await?;
        self.expect(code).await
    }

    async fn write(&mut self, text: &str) -> std::result::Result<(), SmtpError> {
        tokio::time::timeout(TIMEOUT, self.writer.write_all(text.as_bytes()))
            .await
            .map_err(|_| SmtpError::Io("the relay stopped reading".into()))?
            .map_err(|e| SmtpError::Io(e.to_string()))
    }

    /// Reads one reply (its continuation lines too) and checks its code.
    async fn expect(&mut self, code: u16) -> std::result::Result<(), SmtpError> {
        let mut reply = String::new();
        loop {
            let mut line = String::new();
            let n = tokio::time::timeout(TIMEOUT, self.reader.read_line(&mut line))
                .await
                .map_err(|_| SmtpError::Io("the relay did not answer in time".into()))?
                .map_err(|e| SmtpError::Io(e.to_string()))?;
            if n == 0 {
                return Err(SmtpError::Io("the relay closed the connection".into()));
            }
            let line = line.trim_end();
            reply.push_str(line);
            // "250-..." continues, "250 ..." ends.
            if line.as_bytes().get(3) != Some(&b'-') {
                break;
            }
            reply.push(' ');
        }
        match reply.get(..3).and_then(|c| c.parse::<u16>().ok()) {
            Some(got) if got == code || (code == 250 && got == 251) => Ok(()),
            Some(_) => Err(SmtpError::Refused(reply)),
            None => Err(SmtpError::Io(format!("not an SMTP reply: {reply:?}"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_headers_read_as_mail_readers_expect() {
        // 2026-12-05 23:43:00 UTC was a Saturday.
        assert_eq!(rfc5322_date(1_796_514_180), "Sat, 05 Dec 2026 23:43:00 +0000");
        assert_eq!(rfc5322_date(0), "Thu, 01 Jan 1970 00:00:00 +0000");
        assert_eq!(header_text("Your order VT-1 is confirmed"), "Your order VT-1 is confirmed");
        assert_eq!(header_text("Bestellung bestätigt"), "=?utf-8?B?QmVzdGVsbHVuZyBiZXN0w6R0aWd0?=");
        assert_eq!(header_text("a\r\nBcc: x@example.com"), "a  Bcc: x@example.com", "no header injection");
        // A long subject: encoded words of at most 75 characters on folded lines, the text whole.
        let long = "Ihre Bestellung VT-ABCD-1234 ist unterwegs: Sendungsverfolgung für Ihre Rücksendung";
        let folded = header_text(long);
        assert!(folded.split("\r\n ").count() > 1 && folded.split("\r\n ").all(|w| w.len() <= 75 && w.starts_with("=?utf-8?B?")), "{folded}");
        assert!(!folded.contains("\r\n=") && folded.lines().skip(1).all(|l| l.starts_with(' ')), "continuation lines are folded");
        assert_eq!(display_name("Vitrine Supply Co."), "\"Vitrine Supply Co.\"");
        assert_eq!(display_name("Linden and Loom"), "Linden and Loom");
        assert_eq!(display_name("A \"B\" C."), "\"A \\\"B\\\" C.\"");
    }

    #[test]
    fn a_message_has_both_parts_in_base64() {
        let m = Outgoing { id: 7, recipient: "ada@example.com".into(), subject: "Hi".into(), body: "Text".into(), html_body: Some("<p>Hi</p>".into()), created_at: 0 };
        let data = message(&m, "Shop", "orders@shop.example");
        assert!(data.starts_with("From: Shop <orders@shop.example>\r\nTo: <ada@example.com>\r\nSubject: Hi\r\n"), "{data}");
        assert!(data.contains("Message-ID: <outbox-7-0@shop.example>\r\n"));
        assert!(data.contains("Content-Type: multipart/alternative; boundary=\"vitrine-7-0\"\r\n"));
        assert!(data.contains("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nVGV4dA==\r\n"));
        assert!(data.contains("Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nPHA+SGk8L3A+\r\n"));
        assert!(data.ends_with("--vitrine-7-0--\r\n"));
    }
}
