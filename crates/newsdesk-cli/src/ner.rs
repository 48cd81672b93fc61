//! `newsdesk ner`: the named-entity model's developer commands. `features` dumps the exact
//! tokens and features the tagger computes, one JSON line per article, for the training script
//! (`models/ner/train.sh`); `tag` prints the model's spans; `bench ner` times the tagger.

use clap::Subcommand;
use newsdesk::analyze::ner;
use newsdesk_model::Article;
use serde_json::json;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

#[derive(Subcommand)]
pub enum NerCommand {
    /// Print `{"id","sentences":[{"text","tokens":[[start,end]…],"features":[[…]…]}]}` per
    /// cleaned article: the model's input exactly as the tagger computes it.
    Features {
        /// Files or directories of articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print each cleaned sentence's tagged names, `{"id","sentence","text","names":[[text,kind]…]}`.
    Tag {
        /// Files or directories of articles.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

fn cleaned(paths: &[PathBuf]) -> (Vec<Article>, ExitCode) {
    let input = super::pipeline::read(paths);
    let code = super::pipeline::exit_code(&input);
    (input.articles.iter().map(newsdesk::clean::clean).collect(), code)
}

pub fn run(what: NerCommand) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match what {
        NerCommand::Features { paths } => {
            let (articles, code) = cleaned(&paths);
            for a in &articles {
                let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
                let sentences: Vec<_> = ner::document_features(&texts)
                    .into_iter()
                    .zip(&texts)
                    .map(|((tokens, features), text)| {
                        let ranges: Vec<[usize; 2]> = tokens.iter().map(|t| [t.range.start, t.range.end]).collect();
                        json!({"text": text, "tokens": ranges, "features": features})
                    })
                    .collect();
                writeln!(out, "{}", json!({"id": a.id, "sentences": sentences}))?;
            }
            out.flush()?;
            Ok(code)
        }
        NerCommand::Tag { paths } => {
            anyhow::ensure!(ner::model_loaded(), "no named-entity model is compiled in");
            let (articles, code) = cleaned(&paths);
            for a in &articles {
                let texts: Vec<&str> = a.sentences.iter().map(|s| s.text.as_str()).collect();
                for (i, (spans, text)) in ner::tag_document(&texts).iter().zip(&texts).enumerate() {
                    let names: Vec<_> =
                        spans.iter().map(|s| json!([&text[s.range.clone()], format!("{:?}", s.kind)])).collect();
                    writeln!(out, "{}", json!({"id": a.id, "sentence": i, "text": text, "names": names}))?;
                }
            }
            out.flush()?;
            Ok(code)
        }
    }
}

/// `newsdesk bench ner`: tokens tagged per second on one thread (tokenising, features and
/// Viterbi decoding included; reading and cleaning excluded).
pub fn bench(paths: &[PathBuf], iterations: usize) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(ner::model_loaded(), "no named-entity model is compiled in");
    let (articles, _) = cleaned(paths);
    let docs: Vec<Vec<&str>> = articles.iter().map(|a| a.sentences.iter().map(|s| s.text.as_str()).collect()).collect();
    let tokens: usize = docs.iter().flatten().map(|s| ner::tokens::tokenize(s).len()).sum();
    anyhow::ensure!(tokens > 0, "nothing to tag");
    let mut names = 0;
    for d in &docs {
        names += ner::tag_document(d).iter().map(Vec::len).sum::<usize>();
    }
    let iterations = iterations.max(1);
    let t = Instant::now();
    for _ in 0..iterations {
        for d in &docs {
            std::hint::black_box(ner::tag_document(d));
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "ner: {} articles, {tokens} tokens, {names} names, {iterations} iterations: {:.0} tokens/s on one thread ({:.2} s)",
        docs.len(),
        (tokens * iterations) as f64 / secs,
        secs
    );
    Ok(ExitCode::SUCCESS)
}
