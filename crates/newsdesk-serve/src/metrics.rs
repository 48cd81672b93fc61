//! Request counts and latencies, in the Prometheus text format (`GET /metrics`). Routes are
//! labelled by their pattern (`/stories/{id}`), never by the raw path, so the label set stays
//! small whatever clients ask for.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the latency buckets, in seconds.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
struct Latency {
    /// Counts per bucket (not cumulative); the last one is `+Inf`.
    counts: [u64; BUCKETS.len() + 1],
    sum: f64,
}

#[derive(Default)]
struct Inner {
    requests: BTreeMap<(String, u16), u64>,
    latency: BTreeMap<String, Latency>,
    ingested: u64,
    ingest_errors: u64,
}

/// The server's counters.
#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

/// Sizes of the store at scrape time.
pub struct StoreSizes {
    /// Articles stored.
    pub articles: usize,
    /// Live stories.
    pub stories: usize,
}

impl Metrics {
    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Counts one answered request.
    pub fn observe(&self, route: &str, status: u16, took: Duration) {
        let secs = took.as_secs_f64();
        let mut inner = self.inner();
        *inner.requests.entry((route.to_string(), status)).or_default() += 1;
        let latency = inner.latency.entry(route.to_string()).or_default();
        let bucket = BUCKETS.iter().position(|&b| secs <= b).unwrap_or(BUCKETS.len());
        latency.counts[bucket] += 1;
        latency.sum += secs;
    }

    /// Counts what one ingest added and how many inputs it could not read.
    pub fn ingested(&self, new: usize, errors: usize) {
        let mut inner = self.inner();
        inner.ingested += new as u64;
        inner.ingest_errors += errors as u64;
    }

    /// Everything, in the Prometheus text exposition format.
    pub fn render(&self, sizes: &StoreSizes) -> String {
        let inner = self.inner();
        let mut out = String::new();
        out.push_str("# HELP newsdesk_http_requests_total HTTP requests answered, by route pattern and status.\n");
        out.push_str("# TYPE newsdesk_http_requests_total counter\n");
        for ((route, status), n) in &inner.requests {
            let _ = writeln!(out, "newsdesk_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}", label(route));
        }
        out.push_str("# HELP newsdesk_http_request_duration_seconds Time to answer a request, by route pattern.\n");
        out.push_str("# TYPE newsdesk_http_request_duration_seconds histogram\n");
        for (route, latency) in &inner.latency {
            let route = label(route);
            let mut cumulative = 0;
            for (i, n) in latency.counts.iter().enumerate() {
                cumulative += n;
                let le = BUCKETS.get(i).map_or_else(|| "+Inf".to_string(), |b| b.to_string());
                let _ = writeln!(
                    out,
                    "newsdesk_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{le}\"}} {cumulative}"
                );
            }
            let _ = writeln!(out, "newsdesk_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", latency.sum);
            let _ = writeln!(out, "newsdesk_http_request_duration_seconds_count{{route=\"{route}\"}} {cumulative}");
        }
        let _ = write!(
            out,
            "# HELP newsdesk_articles Articles in the store.\n# TYPE newsdesk_articles gauge\nnewsdesk_articles {}\n\
             # HELP newsdesk_stories Live stories in the store.\n# TYPE newsdesk_stories gauge\nnewsdesk_stories {}\n\
             # HELP newsdesk_ingested_articles_total Articles added through the API.\n# TYPE newsdesk_ingested_articles_total counter\nnewsdesk_ingested_articles_total {}\n\
             # HELP newsdesk_ingest_errors_total Inputs (or lines) posted to the API that could not be read.\n# TYPE newsdesk_ingest_errors_total counter\nnewsdesk_ingest_errors_total {}\n",
            sizes.articles, sizes.stories, inner.ingested, inner.ingest_errors
        );
        out
    }
}

/// A label value escaped as the text format wants.
fn label(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative_and_counted() {
        let m = Metrics::default();
        m.observe("/stories/{id}", 200, Duration::from_millis(3));
        m.observe("/stories/{id}", 404, Duration::from_millis(30));
        m.ingested(5, 1);
        let text = m.render(&StoreSizes { articles: 7, stories: 2 });
        assert!(text.contains("newsdesk_http_requests_total{route=\"/stories/{id}\",status=\"200\"} 1"));
        assert!(text.contains("newsdesk_http_requests_total{route=\"/stories/{id}\",status=\"404\"} 1"));
        assert!(text.contains("newsdesk_http_request_duration_seconds_bucket{route=\"/stories/{id}\",le=\"0.005\"} 1"));
        assert!(text.contains("newsdesk_http_request_duration_seconds_bucket{route=\"/stories/{id}\",le=\"0.05\"} 2"));
        assert!(text.contains("newsdesk_http_request_duration_seconds_count{route=\"/stories/{id}\"} 2"));
        assert!(text.contains("newsdesk_articles 7\n"));
        assert!(text.contains("newsdesk_ingest_errors_total 1\n"));
    }

    #[test]
    fn label_values_cannot_break_the_format() {
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
