//! The pictures, as SVG made on the server: a story's volume sparkline, its timeline (articles
//! a day as bars, reported events as dots) and its coverage chart (outlets × days).
//!
//! Geometry is computed here; `templates/charts/chart.svg` writes it, escaping every label (an
//! outlet name is article data). Colours come from classes in the CSS file, so the charts
//! follow dark mode, and no `style` attribute is needed (the CSP allows none).

use crate::views::StoryView;
use askama::Template;
use chrono::{Duration, NaiveDate};
use newsdesk::store::MemberInfo;
use std::collections::HashMap;

/// Days a chart spans at most (the latest ones are kept).
const MAX_DAYS: i64 = 90;
/// Outlet rows of the coverage chart at most (the rest are summed into one row).
const MAX_OUTLETS: usize = 14;

/// A rectangle with a tooltip.
pub struct Bar {
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    class: &'static str,
    title: String,
}

/// A dot with a tooltip.
pub struct Dot {
    cx: f32,
    cy: f32,
    r: f32,
    title: String,
}

/// A text label.
pub struct Label {
    x: f32,
    y: f32,
    anchor: &'static str,
    class: &'static str,
    text: String,
}

/// A straight line (axes, grid).
pub struct Rule {
    x1: f32,
    y1: f32,
    x2: f32,
    y2: f32,
}

/// One SVG picture.
#[derive(Template)]
#[template(path = "charts/chart.svg")]
pub struct Chart {
    width: u32,
    height: u32,
    class: &'static str,
    label: String,
    bars: Vec<Bar>,
    dots: Vec<Dot>,
    labels: Vec<Label>,
    rules: Vec<Rule>,
}

impl Chart {
    fn new(width: u32, height: u32, class: &'static str, label: String) -> Self {
        Self { width, height, class, label, bars: Vec::new(), dots: Vec::new(), labels: Vec::new(), rules: Vec::new() }
    }

    /// The SVG markup (escaped by the template).
    pub fn svg(&self) -> String {
        self.render().unwrap_or_default()
    }
}

/// Rounds a coordinate to a tenth, which keeps the markup short.
fn r(v: f32) -> f32 {
    (v * 10.0).round() / 10.0
}

/// Text for a chart label: one line, without bidirectional controls (an override in an outlet
/// name must not reverse the rest of the picture), at most `max` characters.
pub fn plain(s: &str, max: usize) -> String {
    let clean: String = s
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if clean.chars().count() > max {
        let cut: String = clean.chars().take(max.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    } else {
        clean
    }
}

/// The first and last day of a set of days, the first moved up so that at most [`MAX_DAYS`]
/// are spanned.
fn span(days: impl Iterator<Item = NaiveDate>) -> Option<(NaiveDate, NaiveDate)> {
    let (mut lo, mut hi) = (None::<NaiveDate>, None::<NaiveDate>);
    for d in days {
        lo = Some(lo.map_or(d, |l| l.min(d)));
        hi = Some(hi.map_or(d, |h| h.max(d)));
    }
    let (lo, hi) = (lo?, hi?);
    Some((lo.max(hi - Duration::days(MAX_DAYS - 1)), hi))
}

fn short(day: NaiveDate) -> String {
    day.format("%b %-d").to_string()
}

/// A story's articles a day, as a small bar chart for the front page.
pub fn sparkline(members: &[MemberInfo]) -> Chart {
    let volume = crate::views::volume(members);
    let mut chart = Chart::new(120, 28, "spark", "articles a day".to_string());
    let Some((lo, hi)) = span(volume.iter().map(|(d, _)| *d)) else { return chart };
    let days = (hi - lo).num_days() as f32 + 1.0;
    let max = volume.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f32;
    let step = 120.0 / days.max(7.0);
    let total: usize = volume.iter().map(|(_, n)| n).sum();
    chart.label = format!("{total} articles, {} to {}", short(lo), short(hi));
    for (day, n) in volume.iter().filter(|(d, _)| *d >= lo) {
        let i = (*day - lo).num_days() as f32;
        let h = (*n as f32 / max * 26.0).max(2.0);
        chart.bars.push(Bar {
            x: r(i * step + step * 0.1),
            y: r(28.0 - h),
            w: r(step * 0.8),
            h: r(h),
            class: "bar",
            title: format!("{}: {n}", short(*day)),
        });
    }
    chart
}

/// A story's articles a day (bars) and the events its brief dates (dots above them).
pub fn timeline(view: &StoryView) -> Chart {
    let volume = crate::views::volume(&view.members);
    let (width, height, left, right, top, bottom) = (720.0_f32, 200.0_f32, 34.0, 12.0, 34.0, 30.0);
    let mut chart = Chart::new(width as u32, height as u32, "timeline", "Articles a day and reported events".into());
    let Some((a_lo, a_hi)) = span(volume.iter().map(|(d, _)| *d)) else { return chart };
    // Events close to the coverage widen the axis; much earlier or later ones are only listed.
    let near = |d: NaiveDate| d >= a_lo - Duration::days(14) && d <= a_hi + Duration::days(14);
    let events: Vec<_> = view.brief.timeline.iter().filter(|t| near(t.date)).collect();
    let Some((lo, hi)) = span(volume.iter().map(|(d, _)| *d).chain(events.iter().map(|t| t.date))) else {
        return chart;
    };
    let days = (hi - lo).num_days() as f32 + 1.0;
    let plot_w = width - left - right;
    let plot_h = height - top - bottom;
    let step = plot_w / days;
    let max = volume.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1) as f32;
    let x_of = |d: NaiveDate| left + (d - lo).num_days() as f32 * step;
    chart.rules.push(Rule { x1: left, y1: top + plot_h, x2: width - right, y2: top + plot_h });
    for (day, n) in volume.iter().filter(|(d, _)| *d >= lo) {
        let h = *n as f32 / max * (plot_h - 4.0);
        chart.bars.push(Bar {
            x: r(x_of(*day) + step * 0.15),
            y: r(top + plot_h - h),
            w: r((step * 0.7).max(1.0)),
            h: r(h),
            class: "bar",
            title: format!("{}: {n} article{}", short(*day), if *n == 1 { "" } else { "s" }),
        });
    }
    // Events of one day share a dot; its tooltip lists them.
    let mut by_day: Vec<(NaiveDate, Vec<String>)> = Vec::new();
    for t in events.iter().filter(|t| t.date >= lo) {
        match by_day.iter_mut().find(|(d, _)| *d == t.date) {
            Some((_, texts)) => texts.push(plain(&t.text, 160)),
            None => by_day.push((t.date, vec![plain(&t.text, 160)])),
        }
    }
    for (day, texts) in &by_day {
        chart.dots.push(Dot {
            cx: r(x_of(*day) + step / 2.0),
            cy: 22.0,
            r: if texts.len() > 1 { 6.0 } else { 4.5 },
            title: format!("{}: {}", day.format("%Y-%m-%d"), texts.join(" · ")),
        });
    }
    let every = (days / 8.0).ceil().max(1.0) as i64;
    let mut day = lo;
    while day <= hi {
        chart.labels.push(Label {
            x: r(x_of(day) + step / 2.0),
            y: height - 10.0,
            anchor: "middle",
            class: "axis",
            text: short(day),
        });
        day += Duration::days(every);
    }
    chart.labels.push(Label {
        x: 4.0,
        y: top + 10.0,
        anchor: "start",
        class: "axis",
        text: format!("{}", max as usize),
    });
    chart.labels.push(Label { x: 4.0, y: top + plot_h, anchor: "start", class: "axis", text: "0".into() });
    if !chart.dots.is_empty() {
        chart.labels.push(Label {
            x: width - right,
            y: 12.0,
            anchor: "end",
            class: "note",
            text: "● reported events".into(),
        });
    }
    chart
}

/// Which outlets covered the story on which days: one row per outlet, one cell per day,
/// darker for more articles.
pub fn coverage(view: &StoryView) -> Chart {
    let mut counts: HashMap<(String, NaiveDate), usize> = HashMap::new();
    let mut per_outlet: HashMap<String, usize> = HashMap::new();
    let mut days_seen = Vec::new();
    for m in &view.members {
        let Some(day) = StoryView::day_of(m) else { continue };
        let outlet = m.outlet.clone().unwrap_or_else(|| "(unknown outlet)".to_string());
        *counts.entry((outlet.clone(), day)).or_default() += 1;
        *per_outlet.entry(outlet).or_default() += 1;
        days_seen.push(day);
    }
    let mut outlets: Vec<(String, usize)> = per_outlet.into_iter().collect();
    outlets.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let others: Vec<String> = outlets.iter().skip(MAX_OUTLETS).map(|(o, _)| o.clone()).collect();
    outlets.truncate(MAX_OUTLETS);
    let mut rows: Vec<String> = outlets.into_iter().map(|(o, _)| o).collect();
    if !others.is_empty() {
        rows.push(format!("{} other outlets", others.len()));
    }
    let row_h = 22.0_f32;
    let (width, left, right, top) = (720.0_f32, 170.0_f32, 10.0_f32, 8.0_f32);
    let height = top + rows.len() as f32 * row_h + 30.0;
    let mut chart = Chart::new(width as u32, height as u32, "coverage", "Coverage: outlets by day".into());
    let Some((lo, hi)) = span(days_seen.into_iter()) else { return chart };
    let days = (hi - lo).num_days() as f32 + 1.0;
    let cell = (width - left - right) / days;
    for (i, outlet) in rows.iter().enumerate() {
        let y = top + i as f32 * row_h;
        chart.labels.push(Label {
            x: left - 8.0,
            y: r(y + row_h * 0.68),
            anchor: "end",
            class: "axis",
            text: plain(outlet, 24),
        });
        let mut day = lo;
        while day <= hi {
            let n = if !others.is_empty() && i == rows.len() - 1 {
                others.iter().map(|o| counts.get(&(o.clone(), day)).copied().unwrap_or(0)).sum()
            } else {
                counts.get(&(outlet.clone(), day)).copied().unwrap_or(0)
            };
            let class = match n {
                0 => "c0",
                1 => "c1",
                2 => "c2",
                3 | 4 => "c3",
                _ => "c4",
            };
            chart.bars.push(Bar {
                x: r(left + (day - lo).num_days() as f32 * cell + 1.0),
                y: r(y + 2.0),
                w: r((cell - 2.0).max(1.0)),
                h: row_h - 4.0,
                class,
                title: format!("{} · {}: {n} article{}", plain(outlet, 60), short(day), if n == 1 { "" } else { "s" }),
            });
            day += Duration::days(1);
        }
    }
    let every = (days / 8.0).ceil().max(1.0) as i64;
    let mut day = lo;
    while day <= hi {
        chart.labels.push(Label {
            x: r(left + ((day - lo).num_days() as f32 + 0.5) * cell),
            y: height - 10.0,
            anchor: "middle",
            class: "axis",
            text: short(day),
        });
        day += Duration::days(every);
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_lose_bidi_overrides_and_are_escaped() {
        assert_eq!(plain("evil\u{202e}txt.exe", 40), "eviltxt.exe");
        assert_eq!(plain("a long outlet name here", 10), "a long ou…");
        let mut chart = Chart::new(10, 10, "x", "<b>".into());
        chart.labels.push(Label { x: 0.0, y: 0.0, anchor: "start", class: "axis", text: "<script>x</script>".into() });
        let svg = chart.svg();
        assert!(svg.contains("&#60;script&#62;") || svg.contains("&lt;script&gt;"), "{svg}");
        assert!(!svg.contains("<script>"));
    }

    #[test]
    fn sparkline_has_one_bar_per_day_with_articles() {
        let m = |day: u32| MemberInfo {
            seq: 0,
            id: format!("a{day}"),
            headline: None,
            outlet: None,
            url: None,
            date: NaiveDate::from_ymd_opt(2025, 5, day),
            ingested_at: String::new(),
        };
        let chart = sparkline(&[m(1), m(1), m(3)]);
        assert_eq!(chart.bars.len(), 2);
        assert!(chart.bars[0].h > chart.bars[1].h, "two articles make the taller bar");
        assert!(sparkline(&[]).bars.is_empty());
    }
}
