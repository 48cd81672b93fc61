//! Boilerplate recognised by its wording: comment prompts, share and subscribe notices,
//! advertising, navigation, section markers, teasers, site notices, social embeds.
//!
//! Patterns are matched against whole short blocks only (see [`MAX_PATTERN_WORDS`]): a
//! story paragraph that merely mentions "comments" or "cookies" is never dropped by wording.
//!
//! Speed without changing a decision: a pattern runs on a block only if the block's first
//! byte can start a match and it begins with one of the pattern's match prefixes
//! (start-anchored patterns), or it contains one of the pattern's literals ([`GATES`], or the
//! pattern's own match prefixes), found in one Aho-Corasick pass.
//! Invariant: a gate only ever skips a pattern that cannot match.

mod gate;
mod inline;

pub use inline::is_caption;
#[cfg(test)]
pub use inline::strip_inline;
pub(super) use inline::strip_inline_lower;

use crate::text::{regex, word_count, word_count_up_to};
/// The first-byte gate of a pattern written out (the tests' view of it).
#[cfg(test)]
fn first_bytes(pattern: &str) -> Option<Box<[bool; 256]>> {
    gate::first_bytes(&regex_syntax::parse(pattern).ok()?)
}
use gate::Pattern;
use newsdesk_model::RemovalReason;
use regex::Regex;
use std::sync::LazyLock;

/// Blocks longer than this are story text whatever words they contain.
pub const MAX_PATTERN_WORDS: usize = 60;
/// A section marker ("Latest news", "More from Sport") is a label, never a sentence.
const MAX_MARKER_WORDS: usize = 6;

/// The wire-service editing notes of `wire_notes.txt` ("EDITOR'S NOTE", "Eds:", "(Corrects …)").
fn wire_notes() -> Vec<String> {
    include_str!("wire_notes.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

fn families() -> Vec<(RemovalReason, Vec<String>)> {
    use RemovalReason::*;
    let s = |v: &[&str]| v.iter().map(|p| format!("(?i){p}")).collect::<Vec<_>>();
    // Case matters for a few (AP's "FILE - In this … photo", USA Today's "CLOSE" video blurb).
    let exact = |v: &[&str]| v.iter().map(|p| p.to_string()).collect::<Vec<_>>();
    vec![
        (SiteNotice, wire_notes()),
        (Caption, exact(&[r"^FILE\s*[-–—]+\s*(?:In this|This)\b.{0,80}\b(?:file )?photo\b"])),
        (
            CommentPrompt,
            s(&[
                r"^(post|leave|add|write|submit|make) (a|your) (comment|reply|response)\b",
                r"^please (enter|type|write) your (comment|name|e-?mail|reply)",
                r"^(\d+\s+)?(comments?|replies|responses)\s*(\(\d+\))?:?$",
                r"^(join|start) the (discussion|conversation|debate)",
                r"^you (must|need to) (be logged in|log in|sign in|register) to",
                r"^your e-?mail address will not be published",
                r"^(be the first to comment|no comments yet|comments are closed|(show|view|load|hide|see) (all )?comments|comment policy)",
                r"^save my name,? e-?mail",
                r"^(cancel reply|reply to this comment|have your say)\b",
                r"^what do you think\??$",
                r"^(name|e-?mail|website|comment|your (name|e-?mail))\s*\*?:?$",
            ]),
        ),
        (
            SharePrompt,
            s(&[
                r"^(share|tweet|e-?mail|print|pin|save)( (this|the) (article|story|page|post))?( on| via| with)?\s*(facebook|twitter|x|whatsapp|linkedin|e-?mail|reddit)?\s*:?$",
                r"^share (this|on|via|with)\b",
                r"^(follow|like|find|join) us (on|at)\b",
                r"^(subscribe|sign up|register|join)( now| today| here)?( to| for)( (our|the|a|free))? ((daily|weekly|free|breaking)\s+)*(newsletter|news ?letter|updates|alerts|email|channel|digest)",
                r"^(subscribe|sign up)( now| today| here)?[.!]?$",
                r"newsletter",
                r"^(get|receive) (the latest|our|breaking).{0,60}(inbox|delivered|alerts)",
                r"^((facebook|twitter|whatsapp|linkedin|telegram|e-?mail|print|reddit|pinterest|messenger|copy link)\s*[|,/·•]?\s*){2,}$",
                r"^click (here )?to (share|e-?mail|print|subscribe|tweet)",
                r"^download (our|the) app",
                r"^find .{1,40} on (facebook|twitter|instagram|youtube)\b",
            ]),
        ),
        (
            Advertising,
            s(&[
                r"^advertisements?$",
                r"^(sponsored|promoted|paid)( content| post| partner| by\b.*)?$",
                r"interested in advertising",
                r"^advertise (with|on) us\b",
                r"^(please )?contact us (at|on|via|by)\b",
                r"^for (advertising|advertisement|ads|commercial|business) (enquiries|inquiries|queries)",
                r"\[e-?mail\s*protected\]",
                r"^(story|article) continues (below|after)",
                r"^scroll (down )?to continue",
                r"^(ad|ads|advert) (by|choices|feedback)",
                r"^report (this )?ad$",
            ]),
        ),
        (
            Navigation,
            s(&[
                r"^(« ?)?(previous|prev|next|older|newer) (post|article|story|page|entry)\b",
                r"^(click|tap) here\b",
                r"^continue reading\b",
                r"^(read|see|view|show|load) (more|all)( stories| articles| news)?\s*[»>.…]*$",
                r"^(back to top|skip to (main )?content|go to (top|home)|return to (top|home))",
                r"^(home|news|world)\s*[»>/|]\s*\S+(\s*[»>/|]\s*\S+)*$",
                r"^(tags?|filed under|categories|topics)\s*:",
            ]),
        ),
        (
            SectionMarker,
            s(&[
                r"^(latest|breaking|top|more|related|trending|popular|recent|featured|other|world|recommended)\s+(news|stories|articles|posts|headlines|updates|reads|videos|content|coverage)\b",
                r"^(must[ -]reads?|editor'?s'? picks?|most (read|popular|viewed|shared|commented)|trending( now)?|recommended( for you| to you)?|you (might|may) (also )?(like|enjoy|be interested in)|(read|up) next|also on\b|more (from|on|in|about)\b|in other news|don'?t miss|see also|what to read next|popular now)",
                r"^related$",
            ]),
        ),
        (SectionMarker, vec![section_labels()]),
        (
            Teaser,
            s(&[
                r"^(look|read( also| more| next)?|also read|watch( also)?|see( also)?|listen|related|video|photos?|check out|don'?t miss|suggested|recommended)\s*[:|»>]\s*\S",
                r"^\[?(read|watch|see|listen)( also| more)?\]?\s*[-–—]\s*\S",
            ]),
        ),
        (
            SiteNotice,
            s(&[
                r"\bcookies?\b.{0,120}\b(use|accept|consent|policy|settings|agree|continu|browsing|experience)",
                r"^(©|\(c\)|copyright\b)",
                r"all rights reserved",
                r"may not be (re)?(published|broadcast|rewritten|redistributed)",
                r"\b(these|the) crawls? (are|is) part of an effort",
                r"\b(wayback machine|internet archive)\b",
                r"(enable|turn on|requires?) javascript|javascript (is )?(disabled|required)|your browser (does not|doesn'?t) support",
                r"media playback is (unsupported|not supported)",
                r"^(privacy policy|terms (of|and) (use|service|conditions)|cookie (policy|settings))",
                r"^(this|the) (video|content|embed|page) (is )?(not available|unavailable|cannot be (displayed|played))",
                // A stamp, not a sentence that opens with one ("Updated 7:51 a.m. ET Dec. 14 with the
                // official announcement of ..."): at most a date and zone after the time.
                r"^(updated|published|posted|last updated|last modified)( on| at)?\s*:?\s*\d{1,2}[:/.]\d{2}.{0,50}$",
            ]),
        ),
        (
            SocialEmbed,
            s(&[
                r"pic\.twitter\.com/\S+",
                &format!(
                    r"[—–-]\s*[^()]{{1,60}}\(@\w{{1,15}}\)\s*{}\s+\d{{1,2}},\s+\d{{4}}",
                    crate::dates::month_pattern()
                ),
                r"^\(@\w{1,15}\)$",
                r"^a (post|photo|video) shared by .{1,60}\(@[\w.]+\)",
                r"^view this post on instagram",
                r"^(follow|message) @\w+",
            ]),
        ),
        // Found by reading cleaned Multi-News articles.
        (
            Caption,
            s(&[
                r"(?:\.\.\.|…)\s*\((?:associated press|ap|ap photo[^)]*|reuters|getty images)\)\s*$",
                r"^\((?:associated press|ap|reuters|afp)\)$",
            ]),
        ),
        (
            SiteNotice,
            s(&[
                r"^[—–-]?\s*this (?:story|article|post) (?:has been|was) updated\b",
                r"^\*?statistics on this (?:web)?page\b",
            ]),
        ),
        // Pages that hold no article: error pages, archive and paywall notices, consent walls,
        // embeds of deleted posts (the kinds of page a crawl or a feed of links brings in).
        (
            SiteNotice,
            s(&[
                r"^(?:sorry,? )?(?:we )?(?:couldn[’']?t|could not|can[’']?t|cannot) find the page\b|^(?:error (?:code)?:? ?)?404\b|^page not found\b|^it may have been moved,? (?:deleted|renamed)",
                r"^this (?:article|story|page|post) is (?:more than|over) \d+ years? old|^this (?:article|story|page) has been archived\b|^archived (?:articles|stories|pages) (?:are|were) kept\b|\bfull text of this (?:article|story) is no longer available",
                r"^(?:this|the) (?:post|tweet|account|content) (?:is|was|has been) (?:unavailable|deleted|removed|suspended)|\blimits who can view (?:their|its) posts",
                r"^(?:subscribe|sign in|log in) to (?:continue|keep) reading|^to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in)|^you(?:[’']ve| have) reached your (?:free )?(?:article|story) limit|^already a subscriber\b",
                r"^before you continue to\b|^store and/or access information on a device|^personali[sz]ed (?:ads|advertising)\b|^we and our (?:\d+ )?partners (?:use|store)",
            ]),
        ),
        (Navigation, s(&[r"^(?:read|see|view|watch)\b.{0,60}\bhere\.?$"])),
        (
            Byline,
            s(&[
                r"^[A-Z][\w.' -]+(?:,? (?:and )?[A-Z][\w.' -]+)* contributed (?:reporting )?(?:from|to) [A-Z][\w ,.]+\.?$",
            ]),
        ),
        // Families surveyed on scraped news pages (Multi-News sources).
        (
            SharePrompt,
            s(&[
                r#"^(?:(?:listen to article [\d:]+\s+)?share this (?:article|story)\b.*|read or share this story:.*|e-?mail this to a friend\s*»?|like this: like loading\.*|printer-friendly\s*»?|(?:share on (?:facebook|twitter)|share(?: this)?:?|send|link|tweet|e-?mail|print|post|reddit|facebook|twitter|google\s?plus|google\+?|pinterest|linkedin|tumblr|whatsapp|copy link|copy|embed|text size\s*[-+]?|play (?:facebook|twitter|google plus|embed))(?:\s*[|,/]?\s*(?:share(?: on (?:facebook|twitter))?|tweet|e-?mail|print|post|reddit|facebook|twitter|google\s?plus|pinterest|linkedin|tumblr|whatsapp|comments?|copy))*)$"#,
                // One alternation in the survey, split so that its one bounded repetition runs
                // only where "sign up for" occurs.
                r#"sign up for (?:our|the|breaking|\w+'s)\b.{0,40}(?:newsletter|emails?|alerts)"#,
                r#"newsletter sign up|thanks? (?:you )?for (?:signing up|subscribing)|breaking news emails|get breaking news alerts|get daily updates directly to your inbox|never miss a (?:local )?story|subscribe now|by signing up,? you agree|invalid email address|please verify you'?re not a robot|get push notifications|support our journalism|become a subscriber|we have sent you a verification email|we only request your email address|^(?:sign up|subscribe|sign in|log in|register)$"#,
                r#"^[>\s]*follow\b.{0,80}\b(?:on|via|at)\s+(?:twitter|facebook|instagram|google|tumblr|youtube|https?://)|\bfollow us (?:on|@)|\bfind us on facebook|^(?:»\s*)?(?:subscribe to|watch more)\b.{0,40}https?://|^see more of .{1,60} on facebook$|^follow @\w+$"#,
            ]),
        ),
        (
            Advertising,
            s(&[
                r#"^(?:advertisement|advertising|sponsored(?: content)?)(?:\s+continue reading the main story)?$"#,
                r#"^have a tip we should know|tip (?:her|him|us) here\.?$|^dow jones reprints:|^thank you for your interest in spreading the word|^report a typo$|^corrections\? tips\?|please include a contact number if you are willing to speak"#,
            ]),
        ),
        (
            Navigation,
            s(&[
                r#"^(?:continue reading(?: the main story| below)?(?: advertisement)?|story continue[sd](?: below)?\s*→?|scroll down for (?:video|more)|read more|read the full (?:story|article)|page \d+ of \d+)\s*[:.»→]?$"#,
                r#"^.{0,160}\bclick (?:here|the link|image above|on the (?:link|image)|to (?:see|view|read|watch|enlarge))\b.{0,120}$"#,
                r#"^(?:exclusive|breaking(?: news)?|developing|popular|trending|most read|go back|close|loading\.*|more|just one more thing\.{3})$"#,
                r#"^[\s_#*=+~•.·\-–—|]{1,}$"#,
            ]),
        ),
        (
            Teaser,
            s(&[
                r#"^\(?(?:related(?: video)?|more|also|see also|read also|also read|read more(?: about)?|read next|pics|previous(?: stories)?|other popular content on [^:]{1,40}|inside [\w.]+\.com|more from [^:]{1,40}|more on [^:]{1,60}|watch|photos|gallery|video|top reads from [^:]{1,40}|explore further|you may also like|recommended)\s*:"#,
            ]),
        ),
        (
            SiteNotice,
            s(&[
                r#"these crawls are part of an effort to archive pages|alexa internet has been donating (?:their|its) crawl data|^the seed for (?:wide\d+|this crawl)\b|^this crawl was run at a level|^the warc files associated with this crawl|\bwide\d{5} inter[- ]domain|^(?:-{1,2} )?(?:slash pages from every domain|top ranked pages \(up to|up to a maximum of \d+ most highly ranked|a ranking of all urls that)|^this is a collection of press articles about the end of term"#,
                r#"please enable javascript|javascript (?:is )?(?:disabled|required|must be enabled)|enable javascript to|requires? (?:a )?javascript|update your browser"#,
                // One alternation in the survey, split so that each branch has its own gate.
                r#"media playback is (?:unsupported|not supported) on (?:your|this) device|rating is available when the video has been rented|copy this code to your website|^hide transcript show transcript|^webvtt\b|^video \(\d+:\d+\)|\bautoplay autoplay\b|add this video to your website"#,
                r#"this (?:feature|video) is (?:not|no longer) available"#,
                r#"^just watched\b.{0,120}\breplay more videos\b"#,
                r#"^(?:Skip in Skip x Embed x Share )?CLOSE\s"#,
                r#"\b(?:we use cookies|this (?:site|website) uses cookies|cookie (?:policy|settings|notice)|by continuing to (?:use|browse) (?:this|our) (?:site|website)|accept (?:all )?cookies)\b"#,
            ]),
        ),
        (
            SocialEmbed,
            s(&[
                r#"^(?:tweet with a location|add a location to your tweets|you can add location information to your tweets|when you tweet with a location, twitter stores)"#,
            ]),
        ),
        (
            Caption,
            s(&[
                // One alternation in the survey, split so that each branch has its own gate.
                r#"^(?:photo|image|picture|video|graphic|ap)s?(?: credit)?$"#,
                r#"^(?:(?:photo|image|picture)(?: credit)?|credit|photographer):\s.{0,120}$"#,
                r#"^[^.!?]{0,80}/\s*(?:ap|afp|reuters|epa|getty images|bloomberg|instagram|twitter|wireimage|filmmagic|istock|shutterstock)(?: photo)?(?:\s+(?:entertainment|news|sport))?(?:/getty images)?$"#,
                r#"^(?:getty images|reuters|afp|epa)(?:\s*/\s*[^/]{1,40}){1,3}$"#,
                r#"^(?:photo gallery|slideshow \(\d+ images?\))$"#,
                r#"^\[?image via\b[^\]]{0,60}\]?$"#,
                r#"^(?:image copyright\b|image caption\b|media caption\b|view larger image\b|click image above to view|(?:enlarge this image\s+)?toggle caption\b|hide caption\b|gallery \d+ photo gallery\b)"#,
            ]),
        ),
        (
            Dateline,
            s(&[
                r#"^(?:(?:first |originally )?(?:published|posted|updated|uploaded)(?: on| at)?:?|date posted:|last updated,?)\s+(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s).{0,50}$|^/ updated by\s.{0,80}$|^first posted$"#,
            ]),
        ),
        (
            Byline,
            s(&[
                // One alternation in the survey, split so that each branch has its own gate.
                r#"^\(?(?:(?:additional )?reporting by|writing by|editing by|compiled by)\b[^()]{0,200}\)?$"#,
                r#"^.{0,250}\bcontributed (?:to )?this (?:report|story|article)\b.{0,60}$"#,
                r#"^[\w.+-]+@[\w-]+\.[\w.]+$"#,
                r#"^(?:e-?mail|twitter|contact|write to)\b.{0,80}(?:@|\d{3}-\d{4}).{0,60}$"#,
                r#"^.{0,80}\bcan be reached at\b.{0,80}$"#,
                r#"^original article on [\w. ]+\.?$"#,
                r#"^\(with (?:agency|wire) inputs\)$"#,
            ]),
        ),
    ]
}

/// Section markers of other languages (`section_labels.txt`) as one pattern: a block that is
/// one of the labels, with a closing punctuation mark at most.
fn section_labels() -> String {
    let labels: Vec<String> = include_str!("section_labels.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
        .collect();
    format!(r"(?i)^(?:{})\s*[:?!.…]?$", labels.join("|"))
}

/// Patterns that are slow on every block (long bounded repetitions such as `.{0,250}` run on
/// the NFA; large alternations have no prefix the engine can search for), each named by a
/// fragment of its text, with lowercase literals one of which every match contains; a
/// literal starting with `^` must start the block. The pattern runs only on blocks that
/// pass; the unit tests check that each fragment names exactly one pattern.
const GATES: &[(&str, &[&str])] = &[
    (r"reporting by|writing by", &["reporting by", "writing by", "editing by", "compiled by"]),
    (r"contributed (?:to )?this", &["contributed"]),
    (r"^[\w.+-]+@", &["@"]),
    (r"^(?:e-?mail|twitter|contact|write to)", &["^e-mail", "^email", "^twitter", "^contact", "^write to"]),
    (r"can be reached at", &["can be reached at"]),
    (r"contributed (?:reporting )?(?:from|to)", &["contributed"]),
    (r"^\(?(?:related(?: video)?|more|also", &[":"]),
    (r"\b.{0,60}\bhere\.?$", &["here"]),
    (
        r"^have a tip we should know|tip (?:her",
        &[
            "have a tip",
            "here",
            "dow jone",
            "thank you for your inter",
            "report a typo",
            "correction",
            "include a contact number",
        ],
    ),
    (
        r"newsletter sign up|thanks? (?:you )?for",
        &[
            "newsletter",
            "sign up",
            "for signing up",
            "for subscribing",
            "breaking news",
            "get daily updates",
            "never miss a",
            "subscribe",
            "by signing up",
            "invalid email",
            "not a robot",
            "push notifications",
            "support our journalism",
            "become a subscriber",
            "verification email",
            "request your email",
            "sign in",
            "log in",
            "register",
        ],
    ),
    (r"^[^.!?]{0,80}/\s*(?:ap|afp", &["/"]),
    (r"\bclick (?:here|the link", &["click"]),
    (r"\(@\w{1,15}\)\s*(?:", &["(@"]),
    (r"^[>\s]*follow\b", &["follow", "find us on facebook", "subscribe to", "watch more", "see more of"]),
    (
        r"these crawls are part of an effort to archive pages|alexa",
        &[
            "crawl",
            "alexa internet",
            "the seed for",
            "warc files",
            "inter",
            "slash pages",
            "top ranked pages",
            "up to a maximum of",
            "a ranking of all urls",
            "this is a collection of press",
        ],
    ),
    (
        r"media playback is (?:unsupported|not supported) on (?:your|this) device|rating",
        &[
            "media playback",
            "rating is available",
            "copy this code",
            "hide transcript",
            "webvtt",
            "video (",
            "autoplay",
            "add this video",
        ],
    ),
    (r"^just watched\b", &["replay more videos"]),
    (r"this (?:feature|video) is", &["available"]),
    (r"\b(?:we use cookies|this (?:site|website) uses cookies", &["cookie", "by continuing to"]),
];

/// The longest word of every gate literal: a block that a gated pattern matches contains one
/// of them. Callers that cannot afford the patterns on every block (the clustering fast path)
/// run the patterns only on blocks with one of these words (or words of their own).
pub fn gate_words() -> impl Iterator<Item = &'static str> {
    GATES.iter().flat_map(|(_, needs)| needs.iter()).filter_map(|literal| {
        let words = literal.trim_start_matches('^').split(|c: char| !c.is_alphanumeric());
        words.max_by_key(|w| w.len()).filter(|w| w.len() >= 3)
    })
}

/// One automaton over every pattern's `contains` literals: a block is scanned once, and a
/// pattern none of whose literals occurs is never run.
struct PrefixIndex {
    automaton: aho_corasick::AhoCorasick,
    /// For each literal of the automaton, the patterns it belongs to.
    owners: Vec<Vec<usize>>,
}

static PREFIXES: LazyLock<Option<PrefixIndex>> = LazyLock::new(|| {
    let mut literals: Vec<String> = Vec::new();
    let mut owners: Vec<Vec<usize>> = Vec::new();
    for (k, p) in FAMILIES.iter().enumerate() {
        for lit in p.contains.iter().flatten() {
            match literals.iter().position(|l| l == lit) {
                Some(i) => owners[i].push(k),
                None => {
                    literals.push(lit.clone());
                    owners.push(vec![k]);
                }
            }
        }
    }
    // A full DFA: more memory than the default NFA, but an overlapping scan of every block
    // then costs one table lookup per byte.
    let automaton =
        aho_corasick::AhoCorasick::builder().kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(&literals).ok()?;
    Some(PrefixIndex { automaton, owners })
});

/// Which patterns pass their `contains` gates on the lowercase block (ungated ones always
/// do). The `starts` gates are left to [`Pattern::starts_fit`], asked only of patterns whose
/// first byte fits: dozens of prefix comparisons per block cost more than they save.
fn candidates(lower: &str) -> Vec<bool> {
    let mut ok: Vec<bool> = FAMILIES.iter().map(|p| !p.gated()).collect();
    match PREFIXES.as_ref() {
        Some(index) => {
            for m in index.automaton.find_overlapping_iter(lower) {
                for &k in &index.owners[m.pattern().as_usize()] {
                    ok[k] = true;
                }
            }
        }
        // The automaton could not be built: run every pattern.
        None => ok.iter_mut().for_each(|o| *o = true),
    }
    ok
}

/// Every pattern with its family, in priority order. Separate regexes (not one `RegexSet`, nor
/// alternations of a few): each runs on a lazy DFA, where a large set falls back to a much
/// slower NFA; measured on the Multi-News sample, even groups of four were slower.
static FAMILIES: LazyLock<Vec<Pattern>> = LazyLock::new(|| {
    families().into_iter().flat_map(|(reason, pats)| pats.into_iter().map(move |p| Pattern::new(&p, reason))).collect()
});

static LONG_NOTICE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)these crawls are part of an effort to archive pages|alexa internet has been donating|internet archive hopes|no more 404|please verify you're not a robot by clicking|you must select a newsletter to subscribe to",
    )
});

/// The boilerplate family a short block belongs to, judged by its wording alone.
pub fn boilerplate(block: &str) -> Option<RemovalReason> {
    match word_count_up_to(block, MAX_PATTERN_WORDS + 1) {
        words if words > MAX_PATTERN_WORDS => long_notice(block),
        words => judge(block, words, &block.to_lowercase()),
    }
}

/// [`boilerplate`] of a block whose words (`word_count(block)`) and lowercase form the
/// caller has at hand.
pub(super) fn boilerplate_counted(block: &str, words: usize, lower: &str) -> Option<RemovalReason> {
    if words > MAX_PATTERN_WORDS {
        return long_notice(block);
    }
    judge(block, words, lower)
}

/// Web-archive notices and newsletter sign-up boxes come as long paragraphs; nothing else is
/// judged by wording.
fn long_notice(block: &str) -> Option<RemovalReason> {
    LONG_NOTICE.is_match(block).then_some(RemovalReason::SiteNotice)
}

/// The patterns' verdict on a short block of `words` words; `lower` is its lowercase form,
/// which only the literal gates read.
fn judge(block: &str, words: usize, lower: &str) -> Option<RemovalReason> {
    let trim = |c: char| c.is_whitespace() || "•·*▪►-–—|".contains(c);
    let text = block.trim_matches(trim);
    // Lowercasing neither makes nor changes these characters, so this is the lowercase of
    // `text` (up to the form of a final sigma, which no gate literal holds).
    let lower = lower.trim_matches(trim);
    // Trimming only drops characters at the ends; most blocks have none.
    let words = if text.len() == block.len() { words } else { word_count(text) };
    let possible = candidates(lower);
    let runs =
        |p: &Pattern| (p.reason != RemovalReason::SectionMarker || words <= MAX_MARKER_WORDS) && p.first_fits(text);
    FAMILIES
        .iter()
        .zip(possible)
        .find(|(p, ok)| runs(p) && (*ok || p.starts_fit(lower)) && p.re().is_match(text))
        .map(|(p, _)| p.reason)
}

#[cfg(test)]
mod tests;
