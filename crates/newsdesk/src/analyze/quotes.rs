//! Quotes: who said what, directly (in quote marks) or reported ("…, Ryabkov reportedly
//! said."). Speakers come from the sentence's attribution ("X said", "said X", "according to
//! X", "X told CNN"), from a pronoun ("he added") resolved to the article's last speaker or
//! person, or from a role ("the NATO chief") matched to a person introduced with that role.
//! When nothing names the speaker it stays `None`: a wrong speaker is worse than none.

use super::attribution::{
    ACCORDING_TO, ACCORDING_TO_GROUP, APPOSED_LEAD, APPOSITIVE_AFTER, APPOSITIVE_GAP, COORDINATED_GAP, FRAMING,
    GROUP_AFTER_VERB, GROUP_BEFORE_VERB, INTRODUCED, LEAD_IN, NAME_VERB_GAP, PARTICIPLE, PREPOSITION_BEFORE,
    PRONOUN_AFTER, PRONOUN_BEFORE, PRONOUN_END, PRONOUN_SPEAKS, RELATIVE_BEFORE, REPORTED_END, REPORTED_START,
    ROLE_AFTER, ROLE_APPOSED, ROLE_BEFORE_VERB, ROLE_OPENING, SAID_BEFORE_NAME, SPOKESPERSON_FOR, SUBJECT_GAP,
    SUBJECT_LEAD, VERB,
};
use super::entities::EntityTable;
use super::gazetteer::is_title_word;
use super::mentions::Mention;
use super::quote_marks::{quote_spans, Span};
use super::quote_merge::merge;
use super::speaker_words::{female_name, female_pronoun, group_phrase};
use crate::text::{content_terms, normalize_space};
use newsdesk_model::{Article, Citation, EntityKind, Quote};
use std::collections::{HashMap, HashSet};

/// Per-article state for resolving pronouns and roles.
#[derive(Default)]
struct Context {
    last_speaker: Option<(usize, usize)>,
    /// The first person of each recent sentence, the latest last (a few: a pronoun reaches
    /// two sentences back).
    last_people: Vec<(usize, usize)>,
    /// The speaker of the last quotation and its sentence: a quotation that follows on its
    /// own (the next sentence, or the next paragraph after one left open) is theirs too.
    last_quote: Option<(String, usize)>,
}

/// Finds the quotes of a story; the same words from the same speaker in several outlets are
/// one quote with several citations.
pub fn find_quotes(articles: &[Article], mentions: &[Mention], table: &EntityTable) -> Vec<Quote> {
    let mut by_sentence: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        if !m.in_caption {
            by_sentence.entry((m.article, m.sentence)).or_default().push(i);
        }
    }
    // Only needed when a quote is attributed to a role ("says the NATO chief").
    let roles = std::cell::OnceCell::new();
    let roles = || roles.get_or_init(|| role_words(articles, mentions, table)).as_slice();
    let female: Vec<Option<bool>> =
        table.entities.iter().map(|e| if e.kind == EntityKind::Person { female_name(&e.name) } else { None }).collect();
    let mut found: Vec<Quote> = Vec::new();
    for (ai, article) in articles.iter().enumerate() {
        let mut ctx = Context::default();
        for (si, sentence) in article.sentences.iter().enumerate() {
            let here: Vec<Named> = by_sentence.get(&(ai, si)).map_or_else(Vec::new, |v| {
                v.iter()
                    .map(|&i| {
                        let entity = table.of_mention[i];
                        let person = entity.is_some_and(|e| table.entities[e].kind == EntityKind::Person);
                        Named { m: &mentions[i], entity, person }
                    })
                    .collect()
            });
            let finder =
                Finder { text: &sentence.text, here: &here, ctx: &ctx, si, roles: &roles, ai, female: &female };
            let cite = Citation::new(article.id.clone(), si);
            let spans = quote_spans(&sentence.text);
            let name = |e: usize| table.entities[e].name.clone();
            let mut speaker_here = None;
            let mut quoted_by = None;
            if spans.is_empty() {
                if let Some((speaker, text)) = finder.reported() {
                    speaker_here = speaker.entity();
                    let speaker = speaker.name(&name);
                    quoted_by = speaker.clone();
                    found.push(Quote { speaker, text, direct: false, citations: vec![cite] });
                }
            } else {
                let speaker = finder.direct(&spans);
                speaker_here = speaker.entity();
                let mut speaker = speaker.name(&name).or_else(|| finder.continued(&spans));
                for (k, span) in spans.iter().enumerate() {
                    // "as MPs shouted “when?” at her she said: “…”": a clause ending in a colon
                    // between two quotations introduces the second one.
                    if let Some(next) =
                        k.checked_sub(1).and_then(|p| finder.introduced_between(spans[p].end, span.inner.start))
                    {
                        speaker = next.name(&name);
                    }
                    let text = sentence.text[span.inner.clone()]
                        .trim_matches(|c: char| c.is_whitespace() || ",;:".contains(c))
                        .to_string();
                    let words = text.split_whitespace().count();
                    if words >= 4 || (speaker.is_some() && words >= 1) {
                        found.push(Quote {
                            speaker: speaker.clone(),
                            text,
                            direct: true,
                            citations: vec![cite.clone()],
                        });
                    }
                }
                // A quotation standing alone next is the last speaker's.
                quoted_by = speaker;
            }
            if let Some(s) = speaker_here {
                ctx.last_speaker = Some((s, si));
            }
            ctx.last_quote = quoted_by.map(|q| (q, si));
            // The sentence's first person, its likeliest subject, is who a later "he" means
            // ("Jeffrey Lewis, a specialist at X, noted that …").
            if let Some(e) = here.iter().filter(|n| n.person).find_map(|n| n.entity) {
                if ctx.last_people.len() == 3 {
                    ctx.last_people.remove(0);
                }
                ctx.last_people.push((e, si));
            }
        }
    }
    merge(found)
}

/// Words reported speech needs. Three let through as many cut clauses ("claims that is not
/// true" → "is not true", "said he had uncovered:") as real speech on 160 Multi-News clusters.
const MIN_REPORTED_WORDS: usize = 4;

/// Who speaks: an entity, a group or unnamed role kept as its phrase ("police"), or nobody
/// known.
#[derive(Clone, Debug, PartialEq)]
enum Speaker {
    Entity(usize),
    Group(String),
    Unknown,
}

impl Speaker {
    fn from_entity(e: Option<usize>) -> Self {
        e.map_or(Speaker::Unknown, Speaker::Entity)
    }

    fn entity(&self) -> Option<usize> {
        match self {
            Speaker::Entity(e) => Some(*e),
            _ => None,
        }
    }

    fn name(&self, entity_name: &dyn Fn(usize) -> String) -> Option<String> {
        match self {
            Speaker::Entity(e) => Some(entity_name(*e)),
            Speaker::Group(g) => Some(g.clone()),
            Speaker::Unknown => None,
        }
    }
}

/// A mention of the sentence with its entity.
struct Named<'a> {
    m: &'a Mention,
    entity: Option<usize>,
    person: bool,
}

impl std::ops::Deref for Named<'_> {
    type Target = Mention;
    fn deref(&self) -> &Mention {
        self.m
    }
}

/// For each person, the words written around their name where it is introduced ("NATO chief
/// Jens Stoltenberg", "the mediator, Catherine Verhoeven").
fn role_words(articles: &[Article], mentions: &[Mention], table: &EntityTable) -> Vec<RoleWords> {
    let mut out = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let Some(e) = table.of_mention[i] else { continue };
        if m.in_caption || table.entities[e].kind != EntityKind::Person {
            continue;
        }
        let text = &articles[m.article].sentences[m.sentence].text;
        let before: Vec<&str> = text[..m.range.start].split_whitespace().rev().take(4).collect();
        let after: Vec<&str> = text[m.range.end..].split_whitespace().take(4).collect();
        let words: HashSet<String> = before.iter().chain(after.iter()).flat_map(|w| content_terms(w)).collect();
        out.push((e, m.article, words));
    }
    out
}

struct Finder<'a, 'r> {
    text: &'a str,
    here: &'a [Named<'a>],
    ctx: &'a Context,
    si: usize,
    ai: usize,
    roles: &'r dyn Fn() -> &'r [RoleWords],
    /// Per entity, whether a woman's name (where the given name tells).
    female: &'a [Option<bool>],
}

/// A person (entity), an article, and the words around their name there.
type RoleWords = (usize, usize, HashSet<String>);

impl Finder<'_, '_> {
    /// The speaker of the quotes in this sentence.
    fn direct(&self, spans: &[Span]) -> Speaker {
        let first = spans[0].inner.start;
        // "according to X" names the source outright.
        if let Some(s) = self.according_to() {
            return Speaker::Entity(s);
        }
        // "X said (…) that “…”": the last subject + verb before the first quote.
        if let Some(s) = self.subject_before(first) {
            return Speaker::Entity(s);
        }
        // "“…,” X said" / "“…,” said X" / "“…,” he added" / "“…,” says the NATO chief", after
        // any of the quotations ("“…,” Olsen, 73, said. “…").
        if let Some(s) = spans.iter().find_map(|s| self.speaker_after(s.end)) {
            return Speaker::Entity(s);
        }
        // "X added: “…”", "X tweeted a warning: “…”", "X praised the crews, saying “…”": the
        // clause that introduces the quote speaks through its subject.
        let before = self.text[..first].trim_end_matches(|c: char| c.is_whitespace() || "\"“„«‘'`".contains(c));
        if INTRODUCED.is_match(before) && VERB.is_match(before) || PARTICIPLE.is_match(before) {
            if let Some(s) = self.clause_subject(before) {
                return Speaker::Entity(s);
            }
            // "He adds: “…”" (but not "He let go of her arm and said: “…”").
            if let Some(s) = PRONOUN_SPEAKS.find(before).and_then(|p| self.pronoun_at(p.start())) {
                return Speaker::Entity(s);
            }
        }
        self.group_speaker(first, spans)
    }

    /// The speaker named by a clause between two quotations that ends in a colon, with a
    /// verb of saying and a subject of its own ("at her she said:"): its pronoun's person or
    /// the person named right before its verb (nobody known when the pronoun has no
    /// antecedent). `None` when there is no such clause: "X said, but added: “…”" goes on
    /// with the sentence's speaker.
    fn introduced_between(&self, start: usize, end: usize) -> Option<Speaker> {
        let gap = self.text.get(start..end)?.trim_end_matches(|c: char| c.is_whitespace() || "\"“„«‘'`".contains(c));
        let verb = VERB.find_iter(gap).last().filter(|_| INTRODUCED.is_match(gap))?;
        let before = &gap[..verb.start()];
        if let Some(p) = PRONOUN_BEFORE.find(before) {
            return Some(Speaker::from_entity(self.pronoun_at(start + p.start())));
        }
        self.here
            .iter()
            .rev()
            .find(|m| {
                m.person
                    && m.range.start >= start
                    && m.range.end <= start + verb.start()
                    && NAME_VERB_GAP.is_match(&before[m.range.end - start..])
                    && self.can_be_subject(m)
            })
            .map(|m| Speaker::from_entity(m.entity))
    }

    /// The person a sentence opens with as its subject: a name with at most a title or a role
    /// before it ("Mr", "Union leader"), followed by a verb (a lowercase word, after at most
    /// a short phrase: "Mr Landells from Balpa added"). Not a pronoun: "He let go of her arm
    /// and said: “…”" has a subject named sentences before, and guessing it is worse than none.
    fn clause_subject(&self, before: &str) -> Option<usize> {
        // "The mayor soon tweeted a warning: “…”": the person introduced as the mayor.
        // A group or an unnamed source ("The source told MailOnline:") stays a group speaker.
        if let Some(c) = ROLE_OPENING.captures(before).filter(|_| !GROUP_BEFORE_VERB.is_match(before)) {
            if let Some(e) = self.office(&c[1]) {
                return Some(e);
            }
        }
        let m = self.here.iter().find(|m| m.range.start < before.len())?;
        let lead = &before[..m.range.start];
        // Lowercase words before the name are roles ("chief", "leader"), never a verb: in
        // "Police arrested Jan Oster, saying …" the police speak, not Oster.
        let titled = lead.split_whitespace().count() <= 3
            && lead.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || is_title_word(w))
            && !lead.contains([',', ':', ';', '“', '"']);
        // "X's office promised …, saying": the office speaks; "X quoted a fan who wrote:": the fan.
        let rest = &before[m.range.end..];
        let possessive = rest.starts_with("'s") || rest.starts_with("’s");
        let relative = VERB.find_iter(rest).last().is_some_and(|v| RELATIVE_BEFORE.is_match(&rest[..v.start()]));
        (m.person && titled && !possessive && !relative && self.can_be_subject(m)).then_some(m.entity).flatten()
    }

    /// "“…,” police said", "a police spokesman said “…”", "“…,” according to officials".
    fn group_speaker(&self, first: usize, spans: &[Span]) -> Speaker {
        let text = self.text;
        let inside = |at: usize| spans.iter().any(|s| s.inner.contains(&at));
        if let Some(c) = ACCORDING_TO_GROUP.captures(text).filter(|c| c.get(1).is_some_and(|g| !inside(g.start()))) {
            return Speaker::Group(group_phrase(&c[1]));
        }
        if let Some(c) = GROUP_BEFORE_VERB.captures(&text[..first]) {
            return Speaker::Group(group_phrase(&c[1]));
        }
        spans
            .iter()
            .find_map(|s| {
                let rest = &text[s.end..];
                let lead = LEAD_IN.find(rest).map_or(0, |m| m.end());
                let rest = &rest[lead..];
                GROUP_AFTER_VERB
                    .captures(rest)
                    .or_else(|| GROUP_BEFORE_VERB.captures(rest).filter(|c| c.get(0).is_some_and(|m| m.start() == 0)))
            })
            .map_or(Speaker::Unknown, |c| Speaker::Group(group_phrase(&c[1])))
    }

    /// A quotation standing alone right after another one (the next sentence, or the next
    /// paragraph after a quotation left open) belongs to the same speaker.
    fn continued(&self, spans: &[Span]) -> Option<String> {
        let starts_quoted = !self.text[..spans[0].inner.start].chars().any(char::is_alphanumeric);
        // An attribution nobody could be found for is no continuation.
        let mut outside = self.text.to_string();
        for s in spans.iter().rev() {
            outside.replace_range(s.inner.clone(), " ");
        }
        if VERB.is_match(&outside) {
            return None;
        }
        let (speaker, at) = self.ctx.last_quote.as_ref()?;
        (starts_quoted && self.si == at + 1).then(|| speaker.clone())
    }

    /// Speech without quote marks: "…, Ryabkov reportedly said.", "Ryabkov said that …",
    /// "…, said Bea Lind, a nurse.", "According to police, …", "Officials said …".
    fn reported(&self) -> Option<(Speaker, String)> {
        let (speaker, text) = self.reported_named()?;
        Some((speaker, text))
    }

    fn reported_named(&self) -> Option<(Speaker, String)> {
        let text = self.text;
        let enough = |said: &str| said.split_whitespace().count() >= MIN_REPORTED_WORDS;
        if let Some(acc) = ACCORDING_TO.find(text).filter(|m| m.start() == 0) {
            let rest = &text[acc.end()..];
            let (speaker, skip) = if let Some(c) = PRONOUN_AFTER.captures(rest) {
                (Speaker::from_entity(self.pronoun(&c[0])), c.get(0).map_or(0, |x| x.end()))
            } else if let Some(n) = self.here.iter().find(|x| x.range.start == acc.end()) {
                (Speaker::from_entity(n.entity), n.range.end - acc.end())
            } else {
                let c = ACCORDING_TO_GROUP.captures(text).filter(|c| c.get(0).is_some_and(|m| m.start() == 0))?;
                let g = c.get(1)?;
                (Speaker::Group(group_phrase(g.as_str())), g.end() - acc.end())
            };
            let said = rest[skip..].trim_start_matches([',', ' ']);
            return enough(said).then(|| (speaker, normalize_space(said)));
        }
        // "…, said Bea Lind, a nurse who helped." (the name right after the verb)
        if let Some(m) = self.here.iter().find(|m| SAID_BEFORE_NAME.is_match(&text[..m.range.start]) && m.person) {
            let comma = text[..m.range.start].rfind(',')?;
            let said = text[..comma].trim();
            return enough(said).then(|| (Speaker::from_entity(m.entity), said.to_string()));
        }
        if let Some(found) = self.reported_by_entity() {
            return Some(found);
        }
        // "Officials said (that) …", a group phrase as the sentence's subject.
        let c = GROUP_BEFORE_VERB.captures(text)?;
        let (whole, phrase) = (c.get(0)?, c.get(1)?);
        let opening = text[..phrase.start()].trim().is_empty();
        let rest = &text[whole.end()..];
        let said = rest.trim_start().trim_start_matches("that ").trim_end_matches(['.', ' ']);
        (opening && !rest.trim_start().starts_with(['.', ','])).then_some(())?;
        enough(said).then(|| (Speaker::Group(group_phrase(phrase.as_str())), said.to_string()))
    }

    fn reported_by_entity(&self) -> Option<(Speaker, String)> {
        let text = self.text;
        let enough = |said: &str| said.split_whitespace().count() >= MIN_REPORTED_WORDS;
        // Ending attribution: a mention that is the subject of the final verb, after the comma
        // that ends the speech and at most a short title or role ("…, airline spokesman X said.").
        if let Some(m) = self.here.iter().rev().find(|m| REPORTED_END.is_match(&text[m.range.end..])) {
            if let Some(comma) = text[..m.range.start].rfind(',') {
                let between = &text[comma + 1..m.range.start];
                if between.split_whitespace().count() <= 4 && !VERB.is_match(between) && self.can_be_subject(m) {
                    let said = text[..comma].trim();
                    return enough(said).then(|| (Speaker::from_entity(m.entity), said.to_string()));
                }
            }
        }
        // "…, he said.": the pronoun's person.
        if let Some(p) = PRONOUN_END.find(text) {
            let said = text[..p.start()].trim();
            // "Almario was the prime suspect, he said": a person named in the speech is what
            // it is about, not who says it; no guess then.
            let speaker = self.pronoun(p.as_str()).filter(|&e| self.here.iter().all(|n| n.entity != Some(e)))?;
            return enough(said).then(|| (Speaker::Entity(speaker), said.to_string()));
        }
        // "She said (that) …": the pronoun's person.
        if let Some(p) = PRONOUN_AFTER.find(text).filter(|p| p.start() == 0) {
            if let Some(c) = REPORTED_START.find(&text[p.end()..]) {
                let said = text[p.end() + c.end()..].trim_end_matches(['.', ' ']);
                let speaker = self.pronoun(p.as_str())?;
                return enough(said).then(|| (Speaker::Entity(speaker), said.to_string()));
            }
        }
        // Opening attribution: "X said (that) …", X the sentence's subject: after capitalised
        // words, after a short role ("Union leader X told reporters that …"), or in apposition
        // to a role ("The transport minister, X, warned that …").
        self.here.iter().find_map(|m| {
            let before = &text[..m.range.start];
            let capitalised = before.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase));
            let apposed = APPOSED_LEAD.is_match(before);
            let led = !VERB.is_match(before) && (apposed || SUBJECT_LEAD.is_match(before)) && self.can_be_subject(m);
            if !capitalised && !led {
                return None;
            }
            let after = if apposed && text[m.range.end..].starts_with(',') {
                // The appositive closes with a comma before the verb (else the comma before
                // the name ended an opening phrase: "First, X said …").
                m.range.end + 1
            } else {
                // An age or an appositive of its own: "X, 52, said", "X, the union leader, said".
                m.range.end + APPOSITIVE_AFTER.find(&text[m.range.end..]).map_or(0, |a| a.end())
            };
            let c = REPORTED_START.find(&text[after..])?;
            let said = text[after + c.end()..].trim_end_matches(['.', ' ']);
            enough(said).then(|| (Speaker::from_entity(m.entity), said.to_string()))
        })
    }

    fn according_to(&self) -> Option<usize> {
        let m = ACCORDING_TO.find(self.text)?;
        if PRONOUN_AFTER.is_match(&self.text[m.end()..]) {
            return self.pronoun(&self.text[m.end()..]);
        }
        self.here.iter().find(|x| x.range.start == m.end()).and_then(|x| x.entity)
    }

    fn subject_before(&self, quote_start: usize) -> Option<usize> {
        let before = &self.text[..quote_start];
        let mut best = None;
        let mut verbs: Vec<regex::Match> = VERB.find_iter(before).chain(FRAMING.find_iter(before)).collect();
        verbs.sort_by_key(|v| v.start());
        for v in verbs {
            let gap = |end: usize| &before[end..v.start()];
            // The outer subject of "X, the company run by Y, said" is X.
            let subject = [&*SUBJECT_GAP, &*APPOSITIVE_GAP, &*COORDINATED_GAP].into_iter().find_map(|re| {
                self.here
                    .iter()
                    .rev()
                    .find(|m| m.range.end <= v.start() && re.is_match(gap(m.range.end)) && self.can_be_subject(m))
            });
            if let Some(m) = subject {
                best = m.entity.or(best);
            } else if let Some(p) = PRONOUN_BEFORE.find(&before[..v.start()]) {
                best = self.pronoun_at(p.start()).or(best);
            }
        }
        best
    }

    fn speaker_after(&self, after: usize) -> Option<usize> {
        let rest = &self.text[after..];
        let lead = LEAD_IN.find(rest).map_or(0, |m| m.end());
        let at = after + lead;
        let rest = &self.text[at..];
        // "said Mykhailo" / "says the NATO chief" (but in "told AFP" AFP is the listener).
        if let Some(v) = VERB
            .find(rest)
            .filter(|v| v.start() == 0 && !v.as_str().starts_with("tol") && !v.as_str().starts_with("tel"))
        {
            let next = at + v.end() + 1;
            // "said Rita Moss", or after lowercase role words: "said council member Rita Moss",
            // "said a striker, Tomas Vidal".
            // "said a striker, Tomas Vidal", "said Croatia’s prime minister, Zoran Milanovic"
            // (a possessive is the role's, never the speaker).
            let possessive = |w: &str| w.ends_with("’s") || w.ends_with("'s");
            let role_words = |m: &&Named| {
                let Some(between) = self.text.get(next..m.range.start) else { return false };
                let between = between.trim_end();
                let between = between.strip_suffix(',').filter(|b| !b.trim().is_empty()).unwrap_or(between);
                let after = &self.text[m.range.end..];
                between.split_whitespace().count() <= 4
                    && between.split_whitespace().all(|w| w.chars().all(char::is_lowercase) || possessive(w))
                    && !(after.starts_with("’s") || after.starts_with("'s"))
            };
            if let Some(m) = self.here.iter().find(role_words) {
                return m.entity;
            }
            return ROLE_AFTER.captures(&rest[v.end()..]).and_then(|c| self.role(&c[1]));
        }
        if PRONOUN_AFTER.find(rest).is_some_and(|p| {
            VERB.find(&rest[p.end()..])
                .is_some_and(|v| rest[p.end()..v.start() + p.end()].split_whitespace().count() <= 1)
        }) {
            return self.pronoun(rest);
        }
        // "the mayor said" / "the union's chief negotiator told reporters" (but "the spokesman
        // said" stays the group speaker it is: an unnamed spokesman is nobody named elsewhere).
        let group = GROUP_BEFORE_VERB.find(rest).is_some_and(|g| g.start() == 0);
        if let Some(e) = ROLE_BEFORE_VERB.captures(rest).filter(|_| !group).and_then(|c| self.office(&c[1])) {
            return Some(e);
        }
        // "Stoltenberg said" / "Russian President Vladimir Putin responded"
        self.here
            .iter()
            .filter(|m| {
                let lead = self.text.get(at..m.range.start).unwrap_or(",");
                let short = lead.split_whitespace().count() <= 4 && !lead.contains([',', '.', ';', ':']);
                // "the governor of Chiang Rai, Narongsak Osoththanakorn, told reporters": a
                // person in apposition to the role that opens the clause.
                short || (m.person && ROLE_APPOSED.is_match(lead))
            })
            .filter(|m| self.can_be_subject(m))
            .find_map(|m| {
                let tail = &self.text[m.range.end..];
                let v = VERB.find(tail)?;
                let gap = &tail[..v.start()];
                (gap.split_whitespace().count() <= 1 || NAME_VERB_GAP.is_match(gap)).then_some(m.entity).flatten()
            })
    }

    /// A name after a preposition ("Amadou from Mauritania", "told the AP") is not the one
    /// speaking.
    fn can_be_subject(&self, m: &Named) -> bool {
        let before = &self.text[..m.range.start];
        !PREPOSITION_BEFORE.is_match(before) || SPOKESPERSON_FOR.is_match(before)
    }

    /// A pronoun at byte `pos`: a person named earlier in the same sentence, else [`Self::pronoun`].
    fn pronoun_at(&self, pos: usize) -> Option<usize> {
        let at = &self.text[pos..];
        let earlier = self
            .here
            .iter()
            .rev()
            .filter(|n| n.range.end <= pos && n.person)
            .find_map(|n| n.entity.filter(|&e| self.fits(e, at)));
        earlier.or_else(|| self.pronoun(at))
    }

    /// Whether person `e` can be the first pronoun of `text`: not "she" for a man's given
    /// name nor "he" for a woman's (unknown either way fits).
    fn fits(&self, e: usize, text: &str) -> bool {
        match (female_pronoun(text), self.female.get(e).copied().flatten()) {
            (Some(pronoun), Some(name)) => pronoun == name,
            _ => true,
        }
    }

    /// "he"/"she", the first pronoun of `text`: the article's last speaker within three
    /// sentences or its last person named within two, whichever is more recent, of the two
    /// those whose given name fits the pronoun.
    fn pronoun(&self, text: &str) -> Option<usize> {
        let speaker = self.ctx.last_speaker.filter(|&(e, s)| self.si - s <= 3 && self.fits(e, text));
        let person = self.ctx.last_people.iter().rev().copied().find(|&(e, s)| self.si - s <= 2 && self.fits(e, text));
        match (speaker, person) {
            // Someone named since the last quote is the likelier "he" or "she".
            (Some((_, ss)), Some((p, ps))) if ps > ss => Some(p),
            (Some((s, _)), _) => Some(s),
            (None, p) => p.map(|(e, _)| e),
        }
    }

    /// The person introduced with an office the phrase opens with ("mayor soon tweeted" →
    /// "mayor"): the longest opening that names one. Only an office ("mayor", "chief
    /// negotiator") names one person; "the source" does not.
    fn office(&self, phrase: &str) -> Option<usize> {
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if !words.iter().any(|w| is_title_word(w.trim_end_matches("'s").trim_end_matches("’s"))) {
            return None;
        }
        (1..=words.len()).rev().find_map(|n| self.role(&words[..n].join(" ")))
    }

    /// "the NATO chief": the person introduced with all of those words, preferring this article.
    fn role(&self, phrase: &str) -> Option<usize> {
        let want: HashSet<String> = content_terms(phrase).into_iter().collect();
        if want.is_empty() {
            return None;
        }
        let matching = |same_article: bool| {
            (self.roles)()
                .iter()
                .filter(|(_, a, w)| (*a == self.ai) == same_article && want.is_subset(w))
                .map(|(e, ..)| *e)
                .collect::<HashSet<_>>()
        };
        for same in [true, false] {
            let people = matching(same);
            if people.len() == 1 {
                return people.into_iter().next();
            }
        }
        None
    }
}
