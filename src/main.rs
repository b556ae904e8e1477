//! The `luisterloket` command: chat in the terminal, check the dialog files,
//! look at stored cases.

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use luisterloket::channels::console;
use luisterloket::config::Config;
use luisterloket::content::{Content, Location};
use luisterloket::runtime::{Runtime, SystemClock};
use luisterloket::store::Store;
use luisterloket::triage;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Parser)]
#[command(name = "luisterloket", version, about = "A multilingual listening desk for Dutch neighbourhoods")]
struct Cli {
    /// Settings file (optional; defaults apply without it).
    #[arg(long, global = true, default_value = "luisterloket.toml")]
    config: PathBuf,
    /// Database: a SQLite file path or a postgres:// URL (default: luisterloket.db, or DATABASE_URL).
    #[arg(long, global = true)]
    db: Option<String>,
    /// Folder with the dialog flows (default: ./dialogs, else the built-in ones).
    #[arg(long, global = true)]
    dialogs: Option<PathBuf>,
    /// Folder with the Fluent texts (default: ./locales, else the built-in ones).
    #[arg(long, global = true)]
    locales: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Talk to the bot in this terminal (or pipe one message per line).
    Chat {
        /// Who you are in this chat; each user has their own conversation.
        #[arg(long, default_value = "resident")]
        user: String,
        /// The language your "phone" suggests (nl, en, ar, tr, pl, uk).
        #[arg(long)]
        lang: Option<String>,
    },
    /// Run the bot on the configured channels (Telegram when TELOXIDE_TOKEN is set) with the scheduler.
    Run,
    /// Check dialogs and texts; names file, line and fix for every problem.
    Check,
    /// Print the stored cases as JSON lines (for operators and tests).
    Cases,
    /// Import a neighbourhood directory file (wijken, workers, offers); re-import updates, keeps history.
    Import {
        /// A directory YAML file (see directory/demo.yaml).
        file: PathBuf,
    },
    /// List handovers with their state and times (for coordinators).
    Handovers {
        /// Only this state: proposed, booked, accepted, declined, unassigned, escalated, closed.
        #[arg(long)]
        status: Option<String>,
        /// Only this wijk (its id).
        #[arg(long)]
        wijk: Option<String>,
        /// JSON lines instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Print safety alerts for the on-duty coordinator as JSON lines (open ones; --all for every one).
    Alerts {
        #[arg(long)]
        all: bool,
    },
    /// Triage one message: domains with evidence, urgency, safety, language (JSON).
    Triage {
        /// The message's language, when known (otherwise it is detected).
        #[arg(long)]
        lang: Option<String>,
        /// Score a labelled set instead: JSON lines of {"lang","text","domains","urgency","safety"}.
        #[arg(long, value_name = "FILE.jsonl")]
        eval: Option<PathBuf>,
        /// Also print why urgency and safety are what they are (with TEXT), or every mistake (with --eval).
        #[arg(long)]
        explain: bool,
        /// Train the safety model and the domain model from the labelled sets given as TEXT (JSON
        /// lines) and write them into this folder (dialogs/triage); prints the cross-validation
        /// that sets their thresholds.
        #[arg(long, value_name = "DIR")]
        train: Option<PathBuf>,
        /// The message (with --train: the labelled files).
        #[arg(required_unless_present_any = ["eval", "train"])]
        text: Vec<String>,
    },
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            // matrix-sdk logs every failed request itself (we log what matters)
            // and warns on every sync that no key backup is set up: quiet by default.
            tracing_subscriber::EnvFilter::try_from_env("LUISTERLOKET_LOG")
                .unwrap_or_else(|_| "warn,matrix_sdk::http_client=off,matrix_sdk_crypto::backups=error".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    luisterloket::channels::install_tls_provider();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("tokio runtime");
    match runtime.block_on(run(cli)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("luisterloket: {e:#}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<ExitCode> {
    let config = Config::load(&cli.config)?;
    let dialogs = cli.dialogs.clone().or(config.content.dialogs.clone());
    let locales = cli.locales.clone().or(config.content.locales.clone());
    let location = Location::choose(dialogs.as_deref(), locales.as_deref());
    match cli.command {
        Command::Check => Ok(check(&location)),
        Command::Run => {
            let Some(content) = load_content(&location) else { return Ok(ExitCode::FAILURE) };
            let channels = match configured_channels() {
                Ok(c) if c.telegram.is_none() && c.matrix.is_none() => {
                    eprintln!(
                        "luisterloket: no channel configured: set TELOXIDE_TOKEN for Telegram, or MATRIX_HOMESERVER_URL, MATRIX_USER and MATRIX_PASSWORD for Matrix (see the README)"
                    );
                    return Ok(ExitCode::FAILURE);
                }
                Ok(c) => c,
                Err(e) => {
                    eprintln!("luisterloket: {e:#}");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let runtime = open_runtime(&config, cli.db.as_deref(), content).await?;
            let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
            let ticker = tokio::spawn(runtime.clone().run_scheduler(SCHEDULER_EVERY, stop_rx.clone()));
            let mut running = tokio::task::JoinSet::new();
            if let Some(bot) = channels.telegram {
                let telegram =
                    luisterloket::channels::telegram::Telegram::new(bot, runtime.clone(), Default::default());
                match channels.telegram_webhook {
                    Some(hook) => {
                        running.spawn(luisterloket::channels::telegram_webhook::run(telegram, hook, stop_rx.clone()))
                    }
                    None => running.spawn(telegram.run(stop_rx.clone())),
                };
            }
            if let Some(matrix) = channels.matrix {
                let (runtime, mut stop) = (runtime.clone(), stop_rx.clone());
                running.spawn(async move {
                    match luisterloket::channels::matrix::Matrix::connect(matrix, runtime, &mut stop).await? {
                        Some(channel) => channel.run(stop).await,
                        None => Ok(()),
                    }
                });
            }
            // Ctrl-C or SIGTERM: finish the step in flight, flush the outbox, stop.
            // SIGHUP: load the edited dialogs and texts; a broken set is
            // reported and the bot keeps its last good version.
            let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
            let mut hup = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())?;
            loop {
                tokio::select! {
                    // A channel stopped by itself (a refused login): say why and stop all.
                    Some(ended) = running.join_next() => {
                        let _ = stop_tx.send(true);
                        while running.join_next().await.is_some() {}
                        ticker.await?;
                        runtime.store().close().await;
                        ended??;
                        return Ok(ExitCode::FAILURE);
                    }
                    _ = tokio::signal::ctrl_c() => break,
                    _ = term.recv() => break,
                    _ = hup.recv() => match Content::load(&location) {
                        Ok((content, _)) => {
                            runtime.replace_content(content);
                            eprintln!("luisterloket: reloaded {}", location.describe());
                        }
                        Err(problems) => {
                            eprintln!("luisterloket: the edited dialogs have problems; still running the last good version:");
                            for p in problems {
                                eprintln!("{p}");
                            }
                        }
                    },
                }
            }
            eprintln!("luisterloket: stopping after the message in flight");
            let _ = stop_tx.send(true);
            while let Some(ended) = running.join_next().await {
                ended??;
            }
            ticker.await?;
            runtime.store().close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Chat { user, lang } => {
            let Some(content) = load_content(&location) else {
                return Ok(ExitCode::FAILURE);
            };
            let runtime = open_runtime(&config, cli.db.as_deref(), content).await?;
            // The scheduler: reminders, follow-ups and SLA escalation while you chat.
            let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
            let ticker = tokio::spawn(runtime.clone().run_scheduler(SCHEDULER_EVERY, stop_rx));
            let user_key = format!("console:{user}");
            console::run(&runtime, &user_key, lang, tokio::io::BufReader::new(tokio::io::stdin()), tokio::io::stdout())
                .await?;
            let _ = stop_tx.send(true);
            ticker.await?;
            runtime.store().close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Triage { lang, eval, explain, train, text } => {
            let Some(content) = load_content(&location) else { return Ok(ExitCode::FAILURE) };
            if let Some(out) = train {
                let mut sets = Vec::new();
                for file in &text {
                    let data = std::fs::read_to_string(file).with_context(|| format!("cannot read {file}"))?;
                    let mut rows = triage::eval::parse_jsonl(&data).map_err(|e| anyhow::anyhow!("{file}: {e}"))?;
                    // The models learn from what they will read (Ukrainian in Latin letters in Cyrillic).
                    for r in &mut rows {
                        r.text = content.triage.text_for_models(&r.text).into_owned();
                    }
                    sets.push((file.clone(), rows));
                }
                let mut lexicons = content.triage.without_models();
                let domains = triage::domain_model::train(&lexicons, &sets);
                println!("{}", domains.report);
                let safety = triage::model::train(&mut lexicons, &sets, &domains.safety_held_out);
                print!("{}", safety.report);
                let domains = domains.file(safety.second_opinion);
                for (name, text) in
                    [(triage::domain_model::FILE_NAME, domains), (triage::model::FILE_NAME, safety.file)]
                {
                    let path = out.join(name);
                    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
                    println!("written: {}", path.display());
                }
                return Ok(ExitCode::SUCCESS);
            }
            match eval {
                Some(file) => {
                    let data =
                        std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
                    let rows =
                        triage::eval::parse_jsonl(&data).map_err(|e| anyhow::anyhow!("{}: {e}", file.display()))?;
                    let report = triage::eval::evaluate(&content.triage, &rows);
                    print!("{report}");
                    if explain {
                        println!();
                        for m in &report.mistakes {
                            println!("{m}");
                        }
                    }
                }
                None => {
                    let a = content.triage.assess(&text.join(" "), lang.as_deref(), None);
                    if explain {
                        let mut v = serde_json::to_value(&a)?;
                        v["urgency_evidence"] = serde_json::json!(a.urgency_evidence);
                        v["safety_evidence"] = serde_json::json!(a.safety_evidence);
                        if !a.resolved.is_empty() {
                            v["resolved"] = serde_json::json!(a.resolved);
                        }
                        println!("{v}");
                    } else {
                        println!("{}", serde_json::to_string(&a)?);
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Import { file } => {
            // Introductions are checked for every language the desk ships.
            let Some(content) = load_content(&location) else { return Ok(ExitCode::FAILURE) };
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let source = luisterloket::script::Source { path: file.clone(), text };
            let dir = match luisterloket::directory::load(&[source], &content.script.desk.languages) {
                Ok(d) => d,
                Err(problems) => {
                    for p in problems {
                        eprintln!("{p}");
                    }
                    eprintln!("nothing imported");
                    return Ok(ExitCode::FAILURE);
                }
            };
            let store = Store::connect(&config.database(cli.db.as_deref())).await?;
            let s = store.import_directory(&dir, &file.display().to_string(), chrono::Utc::now()).await?;
            println!(
                "imported {}: {} added, {} updated, {} unchanged, {} no longer listed (kept as inactive)",
                file.display(),
                s.added,
                s.updated,
                s.unchanged,
                s.deactivated
            );
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Handovers { status, wijk, json } => {
            let store = Store::connect(&config.database(cli.db.as_deref())).await?;
            let rows = store.handovers(status.as_deref(), wijk.as_deref()).await?;
            if json {
                for h in &rows {
                    println!("{}", serde_json::to_string(h)?);
                }
            } else {
                println!(
                    "{:>5} {:>5} {:<11} {:<14} {:<14} {:<7} {:<24} {:<24}",
                    "id", "case", "state", "worker", "wijk", "urgency", "appointment (UTC)", "updated"
                );
                for h in &rows {
                    println!(
                        "{:>5} {:>5} {:<11} {:<14} {:<14} {:<7} {:<24} {:<24}",
                        h.id,
                        h.case_id,
                        h.state,
                        h.worker_id.as_deref().unwrap_or("-"),
                        h.wijk.as_deref().unwrap_or("-"),
                        h.urgency,
                        h.appointment.as_deref().unwrap_or("-"),
                        h.updated_at
                    );
                }
                println!("{} handover(s)", rows.len());
            }
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Alerts { all } => {
            let store = Store::connect(&config.database(cli.db.as_deref())).await?;
            for alert in store.alerts(all).await? {
                println!("{}", serde_json::to_string(&alert).context("alert as JSON")?);
            }
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Cases => {
            let store = Store::connect(&config.database(cli.db.as_deref())).await?;
            for case in store.cases().await? {
                println!("{}", serde_json::to_string(&case).context("case as JSON")?);
            }
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// How often `chat` and `run` look for reminders, follow-ups and SLA checks.
const SCHEDULER_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// The store, the runtime on it, and the SLA from the config file.
struct Channels {
    telegram: Option<teloxide::Bot>,
    /// Webhook mode for Telegram when TELEGRAM_WEBHOOK_URL is set; long polling otherwise.
    telegram_webhook: Option<luisterloket::channels::telegram_webhook::Webhook>,
    matrix: Option<luisterloket::channels::matrix::Config>,
}

/// Every channel whose settings are in the environment; an error for one that is half set.
fn configured_channels() -> Result<Channels> {
    let telegram = luisterloket::channels::telegram::bot_from_env()?;
    let matrix = luisterloket::channels::matrix::Config::from_env(std::path::Path::new("matrix-store"))?;
    let telegram_webhook = luisterloket::channels::telegram_webhook::Webhook::from_env()?;
    Ok(Channels { telegram, telegram_webhook, matrix })
}

async fn open_runtime(config: &Config, db: Option<&str>, content: Content) -> Result<Arc<Runtime>> {
    let store = Store::connect(&config.database(db)).await?;
    let mut runtime = Runtime::open(store, content, Arc::new(SystemClock)).await?;
    runtime.sla = config.sla;
    Ok(Arc::new(runtime))
}

fn load_content(location: &Location) -> Option<Content> {
    match Content::load(location) {
        Ok((content, _)) => Some(content),
        Err(problems) => {
            eprintln!("The dialogs in {} have problems; run `luisterloket check`:", location.describe());
            for p in problems {
                eprintln!("{p}");
            }
            None
        }
    }
}

fn check(location: &Location) -> ExitCode {
    let sources = match location.read() {
        Ok(s) => s,
        Err(d) => {
            eprintln!("{d}");
            return ExitCode::FAILURE;
        }
    };
    let (_, report) = luisterloket::check::check(&sources);
    for p in &report.problems {
        eprintln!("{p}");
    }
    for l in &report.locales {
        println!("{l}");
    }
    if report.problems.is_empty() {
        println!("ok: {} checked, no problems", location.describe());
        ExitCode::SUCCESS
    } else {
        eprintln!("{} problem(s) found", report.problems.len());
        ExitCode::FAILURE
    }
}
