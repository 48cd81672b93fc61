//! The story page's contents: the brief made into rows a template can print — every citation
//! a link to its sentence on the article page (`/articles/ID#sN`), quotes grouped by speaker,
//! figures and divergence sides with the outlets that give them, the charts, and what changed
//! since a day.

use crate::charts;
use crate::pages::{outlet_line, seen};
use crate::params::path_segment;
use crate::views::{self, StoryView};
use askama::Template;
use chrono::NaiveDate;
use newsdesk::text::urls::safe_url;
use newsdesk_model::{Citation, EntityKind};

/// A citation mark: `[n]` linking to the sentence, with the outlet, date and sentence as tooltip.
pub struct Cite {
    n: usize,
    href: String,
    tip: String,
}

/// A cited text (summary sentence, quote, timeline entry, divergence side).
pub struct Item {
    text: String,
    outlets: String,
    cites: Vec<Cite>,
}

/// Quotes of one speaker.
pub struct Speaker {
    name: String,
    quotes: Vec<Item>,
}

/// A figure with the outlets that give it.
pub struct FigureRow {
    value: String,
    item: Item,
}

/// A divergence: what it is about, its sides next to each other.
pub struct DivRow {
    about: String,
    sides: Vec<Item>,
}

/// Entities of one kind.
pub struct EntityGroup {
    kind: &'static str,
    names: Vec<(String, usize, String)>,
}

/// A dated event.
pub struct EventRow {
    date: String,
    item: Item,
}

/// A source article of the story.
pub struct SourceRow {
    n: usize,
    href: String,
    title: String,
    outlet: String,
    date: String,
    url: Option<String>,
}

/// What changed since a day.
pub struct ChangesView {
    since: String,
    articles: Vec<SourceRow>,
    outlets: String,
    summary: Vec<Item>,
    quotes: Vec<(String, Item)>,
    figures: Vec<FigureRow>,
    divergences: Vec<DivRow>,
}

/// The story page.
#[derive(Template)]
#[template(path = "story.html")]
pub struct StoryPage {
    q: String,
    title: String,
    feed: String,
    articles: usize,
    outlets: String,
    /// The story's languages, when several.
    languages: String,
    seen: String,
    changes: Option<ChangesView>,
    summary: Vec<Item>,
    speakers: Vec<Speaker>,
    figures: Vec<FigureRow>,
    divergences: Vec<DivRow>,
    entities: Vec<EntityGroup>,
    events: Vec<EventRow>,
    sources: Vec<SourceRow>,
    timeline_svg: String,
    coverage_svg: String,
}

struct Builder<'a> {
    view: &'a StoryView,
}

impl Builder<'_> {
    fn number(&self, article: &str) -> usize {
        self.view.brief.articles.iter().position(|a| a.id == article).map_or(0, |p| p + 1)
    }

    fn cites(&self, citations: &[Citation]) -> Vec<Cite> {
        let mut out: Vec<Cite> = Vec::new();
        for c in citations {
            let n = self.number(&c.article);
            if out.iter().any(|x| x.n == n) {
                continue;
            }
            let article = self.view.brief.articles.iter().find(|a| a.id == c.article);
            let date = article.and_then(|a| a.date).map(|d| format!(", {d}")).unwrap_or_default();
            let outlet = self.view.outlet_of(&c.article).unwrap_or_else(|| c.article.clone());
            let sentence = self.view.brief.cited_text(c).map(|t| charts::plain(t, 200)).unwrap_or_default();
            out.push(Cite {
                n,
                href: format!("/articles/{}#s{}", path_segment(&c.article), c.sentence),
                tip: format!("{outlet}{date}: {sentence}"),
            });
        }
        out.sort_by_key(|c| c.n);
        out
    }

    fn item(&self, text: &str, citations: &[Citation]) -> Item {
        Item {
            text: text.to_string(),
            outlets: outlet_line(&self.view.outlets_of(citations), 6),
            cites: self.cites(citations),
        }
    }

    fn figure(&self, f: &newsdesk_model::Figure) -> FigureRow {
        FigureRow { value: f.value.clone(), item: self.item(&f.text, &f.citations) }
    }

    fn divergence(&self, d: &newsdesk_model::Divergence) -> DivRow {
        DivRow { about: d.about.clone(), sides: d.sides.iter().map(|s| self.item(&s.text, &s.citations)).collect() }
    }

    fn source(&self, n: usize, a: &newsdesk_model::Article) -> SourceRow {
        SourceRow {
            n,
            href: format!("/articles/{}", path_segment(&a.id)),
            title: a.title.clone().unwrap_or_else(|| a.id.clone()),
            outlet: self.view.outlet_of(&a.id).unwrap_or_default(),
            date: a.date.map(|d| d.to_string()).unwrap_or_default(),
            url: a.url.as_deref().and_then(safe_url),
        }
    }

    fn member_source(&self, id: &str) -> SourceRow {
        match self.view.brief.articles.iter().find(|a| a.id == id) {
            Some(a) => self.source(self.number(id), a),
            None => {
                let m = self.view.member(id);
                SourceRow {
                    n: 0,
                    href: format!("/articles/{}", path_segment(id)),
                    title: m.and_then(|m| m.headline.clone()).unwrap_or_else(|| id.to_string()),
                    outlet: m.and_then(|m| m.outlet.clone()).unwrap_or_default(),
                    date: m.and_then(|m| m.date).map(|d| d.to_string()).unwrap_or_default(),
                    url: m.and_then(|m| m.url.as_deref()).and_then(safe_url),
                }
            }
        }
    }

    fn speakers(&self) -> Vec<Speaker> {
        let mut groups: Vec<Speaker> = Vec::new();
        for q in &self.view.brief.quotes {
            let name = q.speaker.clone().unwrap_or_else(|| "Unattributed".to_string());
            let item = self.item(&q.text, &q.citations);
            match groups.iter_mut().find(|g| g.name == name) {
                Some(g) => g.quotes.push(item),
                None => groups.push(Speaker { name, quotes: vec![item] }),
            }
        }
        // Named speakers first, most quoted first; unattributed quotes last.
        groups.sort_by_key(|g| (q_unattributed(&g.name), std::cmp::Reverse(g.quotes.len())));
        groups
    }

    fn entities(&self) -> Vec<EntityGroup> {
        let kinds = [
            (EntityKind::Person, "People"),
            (EntityKind::Organization, "Organisations"),
            (EntityKind::Place, "Places"),
            (EntityKind::Other, "Other"),
        ];
        kinds
            .iter()
            .filter_map(|(kind, label)| {
                let mut names: Vec<(String, usize, String)> = self
                    .view
                    .brief
                    .entities
                    .iter()
                    .filter(|e| e.kind == *kind)
                    .map(|e| {
                        let others: Vec<&str> =
                            e.variants.iter().map(String::as_str).filter(|v| *v != e.name).collect();
                        (e.name.clone(), e.mentions, others.join(", "))
                    })
                    .collect();
                names.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                (!names.is_empty()).then_some(EntityGroup { kind: label, names })
            })
            .collect()
    }

    fn changes(&self, since: NaiveDate) -> ChangesView {
        let c = views::changes(self.view, since);
        let b = &self.view.brief;
        ChangesView {
            since: since.to_string(),
            articles: c.articles.iter().map(|id| self.member_source(id)).collect(),
            outlets: c.outlets.join(", "),
            summary: c.summary.iter().map(|&i| self.item(&b.summary[i].text, &b.summary[i].citations)).collect(),
            quotes: c
                .quotes
                .iter()
                .map(|&i| {
                    let q = &b.quotes[i];
                    (q.speaker.clone().unwrap_or_else(|| "Unattributed".into()), self.item(&q.text, &q.citations))
                })
                .collect(),
            figures: c.figures.iter().map(|&i| self.figure(&b.figures[i])).collect(),
            divergences: c.divergences.iter().map(|&i| self.divergence(&b.divergences[i])).collect(),
        }
    }
}

fn q_unattributed(name: &str) -> bool {
    name == "Unattributed"
}

impl StoryPage {
    /// The page of a story, with what changed since `since` when asked.
    pub fn build(view: &StoryView, since: Option<NaiveDate>) -> Self {
        let b = Builder { view };
        let brief = &view.brief;
        let row = &view.row;
        Self {
            q: String::new(),
            title: row.title.clone().or(brief.title.clone()).unwrap_or_else(|| "(untitled story)".into()),
            feed: format!("/stories/{}/feed.atom", path_segment(&row.id)),
            articles: row.articles,
            outlets: outlet_line(&row.outlets, 12),
            languages: crate::pages::language_line(&row.languages),
            seen: seen(row.first_seen.as_deref(), row.last_seen.as_deref()),
            changes: since.map(|d| b.changes(d)),
            summary: brief.summary.iter().map(|s| b.item(&s.text, &s.citations)).collect(),
            speakers: b.speakers(),
            figures: brief.figures.iter().map(|f| b.figure(f)).collect(),
            divergences: brief.divergences.iter().map(|d| b.divergence(d)).collect(),
            entities: b.entities(),
            events: brief
                .timeline
                .iter()
                .map(|t| EventRow { date: t.date.to_string(), item: b.item(&t.text, &t.citations) })
                .collect(),
            sources: brief.articles.iter().enumerate().map(|(i, a)| b.source(i + 1, a)).collect(),
            timeline_svg: charts::timeline(view).svg(),
            coverage_svg: charts::coverage(view).svg(),
        }
    }
}
