/*!
newsdesk turns many outlets' reports of one event into clean articles and a cited brief.

The pipeline, one module per stage, talking only through the types of [`newsdesk_model`]:

| stage | module | in → out |
|---|---|---|
| ingest | [`ingest`] | paths → [`RawArticle`](newsdesk_model::RawArticle)s and input problems |
| clean | [`clean`] | `RawArticle` → [`Article`](newsdesk_model::Article) (sentences + removals) |
| dedup | [`dedup`] | MinHash signatures → near-duplicate (syndicated, reworded) copies |
| cluster | [`cluster`] | articles → one [`StoryAssignment`](newsdesk_model::StoryAssignment) each, online |
| analyze | [`analyze`] | `Article`s of one story → entities, quotes, figures, timeline, divergences |
| brief | [`brief`] | `Article`s of one story → [`Brief`](newsdesk_model::Brief), rendered as JSON, Markdown or HTML |
| store | [`store`] | the persistent state: articles, stories, redirects, briefs, search (SQLite) |
| desk | [`desk`] | the pipeline wired: sources → store (incremental stories, briefs), digests, one-shot runs |
| eval | [`eval`] | reference data (Multi-News clusters) → `RawArticle`s; ROUGE of a summary |

[`text`] and [`dates`] hold the primitives the stages share; [`eval`] scores output against gold data.

```
let mut input = newsdesk::ingest::Ingested::default();
let text = b" date 2023-03-14 Port strike\n\nDockworkers at the port of Valmora walked out on Monday.";
newsdesk::ingest::read_bytes("a.txt", text, &mut input);
let articles: Vec<_> = input.articles.iter().map(newsdesk::clean::clean).collect();
let brief = newsdesk::brief::build(articles, &newsdesk::brief::BriefOptions::default());
assert_eq!(brief.articles[0].title.as_deref(), Some("Port strike"));
assert_eq!(brief.summary[0].text, "Dockworkers at the port of Valmora walked out on Monday.");
```
*/
#![deny(missing_docs)]

pub mod analyze;
pub mod brief;
pub mod clean;
pub mod cluster;
pub mod dates;
pub mod dedup;
pub mod desk;
pub mod eval;
pub mod ingest;
pub mod store;
pub mod text;
