//! `newsdesk serve`: resolves the store and the token, then hands over to
//! [`newsdesk_serve::run`] until Ctrl-C.

use crate::desk::StoreArg;
use anyhow::Context;
use std::net::SocketAddr;
use std::process::ExitCode;

/// `newsdesk serve [--db PATH] [--addr ADDR] [--token T]`.
pub fn serve(store: &StoreArg, addr: SocketAddr, token: Option<String>) -> anyhow::Result<ExitCode> {
    let location = store.resolve().location().to_string();
    let token = token.or_else(|| std::env::var("NEWSDESK_TOKEN").ok()).filter(|t| !t.trim().is_empty());
    let ingest = if token.is_some() { "ingest with the token" } else { "ingest off (no --token)" };
    let mut config = newsdesk_serve::ServeConfig::new(location.clone(), addr);
    config.token = token;
    let shown = newsdesk::store::redact(&location);
    newsdesk_serve::run(config, |bound| {
        eprintln!("newsdesk: serving {shown} on http://{bound}/ ({ingest}); Ctrl-C stops");
    })
    .with_context(|| format!("serving {shown} on {addr}"))?;
    Ok(ExitCode::SUCCESS)
}
