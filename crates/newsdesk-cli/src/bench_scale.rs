//! `newsdesk bench brief-scale`: how the brief grows with the story. Each size runs in a child
//! process of this binary, so its peak RSS is its own; every line prints wall and CPU time,
//! peak RSS and the growth ratio to the size before, beside an anchor (a fixed 200-article
//! story briefed before and after the sizes, which shows how the machine's load moved).
//!
//! The stories are invented at run time from `bench_scale.txt` (made-up names, places, counts
//! and quotes put into a flood story's sentence templates), never read from a corpus: each
//! article mixes a story-wide cast with people and places of its own, so the number of
//! distinct entities, quotes and figures grows with the story as it would in real news.

use newsdesk_model::RawArticle;
use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

const MATERIAL: &str = include_str!("bench_scale.txt");

/// What one child process briefs.
#[derive(Clone, Copy, Debug)]
pub enum Workload {
    /// A story of N distinct short articles.
    Articles(usize),
    /// One article whose sentences hold N figures.
    Figures(usize),
    /// One article whose sentences name N people.
    People(usize),
}

impl Workload {
    fn arg(self) -> String {
        match self {
            Workload::Articles(n) => format!("articles:{n}"),
            Workload::Figures(n) => format!("figures:{n}"),
            Workload::People(n) => format!("people:{n}"),
        }
    }

    pub fn parse(s: &str) -> anyhow::Result<Self> {
        let (kind, n) = s.split_once(':').ok_or_else(|| anyhow::anyhow!("expected KIND:N, got {s}"))?;
        let n: usize = n.parse()?;
        Ok(match kind {
            "articles" => Workload::Articles(n),
            "figures" => Workload::Figures(n),
            "people" => Workload::People(n),
            _ => anyhow::bail!("unknown workload {kind}"),
        })
    }

    /// The invented articles of this workload.
    pub fn articles(self) -> Vec<RawArticle> {
        let m = Material::new();
        match self {
            Workload::Articles(n) => story(&m, n),
            Workload::Figures(n) => vec![one_article(&m, "figures", n.div_ceil(2))],
            Workload::People(n) => vec![one_article(&m, "people", n.div_ceil(2))],
        }
    }
}

/// The sections of `bench_scale.txt`.
struct Material {
    sections: HashMap<&'static str, Vec<&'static str>>,
}

impl Material {
    fn new() -> Self {
        let mut sections: HashMap<&str, Vec<&str>> = HashMap::new();
        let mut current = "";
        for line in MATERIAL.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                current = name;
            } else {
                sections.entry(current).or_default().push(line);
            }
        }
        Self { sections }
    }

    fn lines(&self, name: &str) -> &[&'static str] {
        self.sections.get(name).map_or(&[], Vec::as_slice)
    }

    /// A section read as whitespace-separated words.
    fn words(&self, name: &str) -> Vec<&'static str> {
        self.lines(name).iter().flat_map(|l| l.split_whitespace()).collect()
    }
}

/// A small deterministic generator (splitmix64), so every run invents the same story.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// Invents names, places and organisations; `fresh` ones are new with each call.
struct Names<'m> {
    m: &'m Material,
    given: Vec<&'static str>,
    surname: Vec<&'static str>,
    place: Vec<&'static str>,
    cast: Vec<String>,
    places: Vec<String>,
    orgs: Vec<String>,
}

impl<'m> Names<'m> {
    fn new(m: &'m Material, rng: &mut Rng) -> Self {
        let mut n = Self {
            m,
            given: m.words("given"),
            surname: m.words("surname"),
            place: m.words("place"),
            cast: Vec::new(),
            places: Vec::new(),
            orgs: Vec::new(),
        };
        n.cast = (0..6).map(|_| n.person(rng)).collect();
        n.places = (0..4).map(|_| n.place(rng)).collect();
        n.orgs = (0..4).map(|_| n.org(rng)).collect();
        n
    }

    fn syllables(&self, rng: &mut Rng, from: &[&str], count: usize) -> String {
        capitalised(&(0..count).map(|_| rng.pick(from)).collect::<String>())
    }

    fn person(&self, rng: &mut Rng) -> String {
        let extra = rng.below(2);
        format!("{} {}", self.syllables(rng, &self.given, 2), self.syllables(rng, &self.surname, 2 + extra))
    }

    fn place(&self, rng: &mut Rng) -> String {
        format!("{}{}", self.syllables(rng, &self.surname, 2), rng.pick(&self.place))
    }

    fn org(&self, rng: &mut Rng) -> String {
        let kind = rng.pick(self.m.lines("org"));
        format!("{} {kind}", self.place(rng))
    }

    /// A story-wide one half of the time, else a fresh one.
    fn some(&self, rng: &mut Rng, cast: &[String], fresh: impl Fn(&Self, &mut Rng) -> String) -> String {
        if rng.below(2) == 0 {
            cast[rng.below(cast.len())].clone()
        } else {
            fresh(self, rng)
        }
    }

    /// Fills one template's slots.
    fn fill(&self, rng: &mut Rng, template: &str, fresh_only: bool) -> String {
        let mut out = String::with_capacity(template.len() + 40);
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let Some(len) = rest[start..].find('}') else { break };
            let slot = &rest[start + 1..start + len];
            rest = &rest[start + len + 1..];
            let text = match slot {
                "P" if fresh_only => self.person(rng),
                "PL" if fresh_only => self.place(rng),
                "P" => self.some(rng, &self.cast, Self::person),
                "PL" => self.some(rng, &self.places, Self::place),
                "O" => self.some(rng, &self.orgs, Self::org),
                "N" => (2 + rng.below(400)).to_string(),
                "BIG" => thousands(1_000 + rng.below(900_000)),
                "PCT" => (1 + rng.below(90)).to_string(),
                "WD" => rng.pick(&self.m.words("weekday")).to_string(),
                "MD" => format!("{} {}", rng.pick(&self.m.words("month")), 1 + rng.below(28)),
                "Q" => {
                    let q = rng.pick(self.m.lines("quote"));
                    self.fill(rng, q, fresh_only)
                }
                other => format!("{{{other}}}"),
            };
            out.push_str(&text);
        }
        out.push_str(rest);
        out
    }
}

fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A story of `n` distinct articles of 4–9 sentences each, dated over a month.
fn story(m: &Material, n: usize) -> Vec<RawArticle> {
    let mut rng = Rng(14);
    let names = Names::new(m, &mut rng);
    let templates = m.lines("sentence");
    let start = chrono::NaiveDate::from_ymd_opt(2024, 3, 1);
    (0..n)
        .map(|i| {
            let sentences = 4 + rng.below(6);
            let text: Vec<String> = (0..sentences)
                .map(|_| {
                    let template = rng.pick(templates);
                    names.fill(&mut rng, template, false)
                })
                .collect();
            let mut a = RawArticle::new(format!("gen-{i:05}"), text.join(" "), "brief-scale");
            let place = names.some(&mut rng, &names.places, Names::place);
            a.title = Some(format!("Flood in {place}: day {}", 1 + i % 30));
            a.date = start.and_then(|d| d.checked_add_days(chrono::Days::new((i % 30) as u64)));
            a.source = Some(format!("Outlet {}", i % 50));
            a
        })
        .collect()
}

/// One article of `sentences` sentences from one section's template, all names fresh.
fn one_article(m: &Material, section: &str, sentences: usize) -> RawArticle {
    let mut rng = Rng(15);
    let names = Names::new(m, &mut rng);
    let template = m.lines(section).first().copied().unwrap_or("");
    let text: Vec<String> = (0..sentences).map(|_| names.fill(&mut rng, template, true)).collect();
    let mut a = RawArticle::new(format!("one-{section}"), text.join(" "), "brief-scale");
    a.date = chrono::NaiveDate::from_ymd_opt(2024, 3, 1);
    a
}

/// This process's user + system CPU seconds (Linux; `None` elsewhere).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// This process's peak RSS in MB (Linux; `None` elsewhere).
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

/// The child's work: brief one workload and print one `result` line.
pub fn child(workload: Workload) -> anyhow::Result<ExitCode> {
    let raw = workload.articles();
    let words: usize = raw.iter().map(|a| a.text.split_whitespace().count()).sum();
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    let brief = super::pipeline::brief(&raw, 120);
    let wall = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds().zip(cpu0).map_or(f64::NAN, |(b, a)| b - a);
    println!(
        "result {wall:.3} {cpu:.2} {:.0} {} {words} {} {} {} {} {}",
        peak_rss_mb().unwrap_or(f64::NAN),
        raw.len(),
        brief.entities.len(),
        brief.quotes.len(),
        brief.figures.len(),
        brief.timeline.len(),
        brief.divergences.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// One child's answer.
struct Measured {
    wall: f64,
    cpu: f64,
    rss: f64,
    rest: String,
}

fn run_child(workload: Workload, timeout: Duration) -> anyhow::Result<Option<Measured>> {
    let exe = std::env::current_exe()?;
    let mut child = Command::new(exe)
        .args(["bench", "brief-scale", "--child", &workload.arg()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()?;
    let started = Instant::now();
    loop {
        if child.try_wait()?.is_some() {
            break;
        }
        if started.elapsed() > timeout {
            child.kill()?;
            child.wait()?;
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let out = child.wait_with_output()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find_map(|l| l.strip_prefix("result ")).ok_or_else(|| anyhow::anyhow!("no result"))?;
    let f: Vec<&str> = line.split_whitespace().collect();
    let num = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(f64::NAN);
    let rest = format!(
        "{} words; {} entities, {} quotes, {} figures, {} timeline, {} divergences",
        f.get(4).unwrap_or(&"?"),
        f.get(5).unwrap_or(&"?"),
        f.get(6).unwrap_or(&"?"),
        f.get(7).unwrap_or(&"?"),
        f.get(8).unwrap_or(&"?"),
        f.get(9).unwrap_or(&"?")
    );
    Ok(Some(Measured { wall: num(0), cpu: num(1), rss: num(2), rest }))
}

fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().next().unwrap_or("?").to_string())
        .unwrap_or_else(|_| "?".into())
}

/// The parent: the anchor, every size (ratios to the size before), the single-article
/// workloads, the anchor again.
pub fn run(sizes: &[usize], figures: usize, people: usize, timeout: Duration) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    let mut line = |label: String, m: Option<&Measured>, ratio: Option<(f64, f64)>| -> anyhow::Result<()> {
        let load = load_average();
        match m {
            Some(m) => {
                let ratio = ratio.map_or(String::new(), |(w, c)| format!("  growth ×{w:.2} wall, ×{c:.2} cpu"));
                writeln!(
                    out,
                    "{label:<22} wall {:>8.2} s  cpu {:>8.2} s  peak RSS {:>6.0} MB  load {load}{ratio}  ({})",
                    m.wall, m.cpu, m.rss, m.rest
                )?;
            }
            None => writeln!(out, "{label:<22} timed out after {} s  load {load}", timeout.as_secs())?,
        }
        Ok(())
    };
    let anchor = Workload::Articles(200);
    line("anchor 200 articles".into(), run_child(anchor, timeout)?.as_ref(), None)?;
    let mut previous: Option<(usize, Measured)> = None;
    for &n in sizes {
        let m = run_child(Workload::Articles(n), timeout)?;
        let ratio = previous.as_ref().zip(m.as_ref()).map(|((_, p), m)| (m.wall / p.wall, m.cpu / p.cpu));
        line(format!("{n} articles"), m.as_ref(), ratio)?;
        match m {
            Some(m) => previous = Some((n, m)),
            None => break,
        }
    }
    if figures > 0 {
        line(format!("1 article, {figures} figures"), run_child(Workload::Figures(figures), timeout)?.as_ref(), None)?;
    }
    if people > 0 {
        line(format!("1 article, {people} people"), run_child(Workload::People(people), timeout)?.as_ref(), None)?;
    }
    line("anchor 200 articles".into(), run_child(anchor, timeout)?.as_ref(), None)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints a workload's invented articles as JSON lines (to brief them with `newsdesk brief`).
pub fn emit(workload: Workload) -> anyhow::Result<ExitCode> {
    let lines: Vec<serde_json::Value> = workload
        .articles()
        .into_iter()
        .map(|a| {
            serde_json::json!({"id": a.id, "text": a.text, "title": a.title,
                "date": a.date.map(|d| d.to_string()), "source": a.source})
        })
        .collect();
    super::pipeline::print_jsonl(&lines)?;
    Ok(ExitCode::SUCCESS)
}
