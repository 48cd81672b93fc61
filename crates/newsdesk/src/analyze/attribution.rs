//! The wording of attribution: the patterns that tell who speaks in a sentence ("X said",
//! "said X", "according to X", "X told reporters that", "…, he said.", group speakers such as
//! "police" or "a police spokesman"). The quote finder (`quotes.rs`) reads sentences with them.

use crate::text::{regex, speech_verbs};
use regex::Regex;
use std::sync::LazyLock;

pub(super) static VERB: LazyLock<Regex> = LazyLock::new(|| regex(&format!(r"\b(?:{})\b", speech_verbs())));
/// Between a subject and its verb: adverbs and a parenthetical ("Ryabkov, meanwhile, said").
pub(super) static SUBJECT_GAP: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^(?:\s*,[^,“”\x22]{1,120},|\s*\([^()]{1,60}\),?)?\s+(?:\w+ly\s+|later\s+|also\s+|then\s+)?(?:has\s+|have\s+|had\s+)?$",
    )
});
/// The closing comma of an appositive ("The mediator, Catherine Verhoeven, said").
pub(super) static APPOSITIVE_GAP: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s+(?:\w+ly\s+)?$"));
/// "X dismissed the warning and called …": the subject of a coordinated verb.
pub(super) static COORDINATED_GAP: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^,?\s+(?:\w+ly\s+)?\w+(?:ed|s)\b[^.;“”\x22]{0,60}\band\s+$"));
pub(super) static PREPOSITION_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:from|in|of|at|to|told|with|by|for)\s+(?:the\s+)?$"));
/// "A spokesperson for the Ministry said": the ministry speaks.
pub(super) static SPOKESPERSON_FOR: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)\b(?:spokesperson|spokesman|spokeswoman|representative|statement)\s+(?:for|of|from)\s+(?:the\s+)?$")
});
/// Verbs that attribute a quote when they come before it ("described it as “…”").
pub(super) static FRAMING: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(?:described|called|named|termed|dubbed)\b"));
pub(super) static PRONOUN_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(he|she)(?:\s+\w+ly|\s+also|\s+later)?\s+$"));
/// "He adds: “…”": a pronoun right before its verb of saying opens the clause.
pub(super) static PRONOUN_SPEAKS: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(r"(?i)^\W*(?:he|she)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:{})\b", speech_verbs()))
});
/// A quote introduced by a colon ("X added: “…”"), the colon ending the clause before it.
pub(super) static INTRODUCED: LazyLock<Regex> = LazyLock::new(|| regex(r":\s*$"));
/// A participle of saying that attaches a quote to the clause before it ("…, saying “…”",
/// "…, adding that the crews were “…”").
pub(super) static PARTICIPLE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r",\s+(?:saying|adding|writing|noting|explaining|warning|insisting|arguing|telling\s+[^,.;“”\x22]{1,40}?)\b[^.;“”\x22]{0,120}$",
    )
});
/// A sentence opening with a role as its subject ("The mayor …", "The union's chief
/// negotiator …"): up to three lowercase words after "The".
pub(super) static ROLE_OPENING: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\W*The\s+((?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}’'-]+)\b"));
/// "the mayor said", "the union's chief negotiator told reporters" after a quote: the role.
pub(super) static ROLE_BEFORE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(r"^the\s+((?:[\p{{Ll}}’'-]+\s+){{0,3}}?[\p{{Ll}}’'-]+)\s+(?:\w+ly\s+)?(?:{})\b", speech_verbs()))
});
/// "the governor of Chiang Rai, " before a name: a role (lowercase words, at most one name
/// after "of") whose comma puts the name in apposition.
pub(super) static ROLE_APPOSED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"^\s*the\s+(?:[\p{Ll}’'-]+\s+){0,3}?[\p{Ll}’'-]+(?:\s+of\s+(?:the\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,2})?,\s+$",
    )
});
/// A relative pronoun right before a verb ("a fan who wrote"): that verb has its own subject.
pub(super) static RELATIVE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| regex(r"(?i)\b(?:who|which|that)\s+(?:\w+ly\s+)?$"));
pub(super) static PRONOUN_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)^\s*(he|she)\b"));
pub(super) static ROLE_AFTER: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s*the\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+?)\s*[.,;]"));
pub(super) static ACCORDING_TO: LazyLock<Regex> = LazyLock::new(|| regex(r"(?i)\baccording to\s+"));
pub(super) static LEAD_IN: LazyLock<Regex> = LazyLock::new(|| regex(r"^[\s,.;:!?…]*"));
pub(super) static REPORTED_END: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^\s+(?:\w+ly\s+)?(?:{})(?:\s+(?:on|in|to|at)\s+[^.,]{{1,30}}|\s+[\p{{Lu}}][^.,]{{0,30}})?\s*[.!]?$",
        speech_verbs()
    ))
});
/// What follows the subject of reported speech up to the speech itself: an adverb, then a
/// verb of saying and the speech ("said the talks …", "said on Monday the …"), or any speech
/// verb and "that", after a place or occasion ("warned in a statement that") or a listener
/// ("told reporters that", "told the BBC that"). Only "say" and "add" take the speech bare:
/// "announced a strike", "confirmed the names", "responded in kind" name a thing, not a speech.
/// "told X the …" is cut between listener and speech only after a listener that is always
/// one (`listeners.txt`: "told reporters the closures …").
pub(super) static REPORTED_START: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"^\s+(?:(?:\w+ly|later|also|then|again|earlier)\s+)?(?:(?:told|tells)\s+(?:[\w.’'-]+\s+){{0,3}}[\w.’'-]+\s+that|(?:told|tells)\s+{}|(?:{})(?:\s+(?:on|in|at|during|after)\s+(?:[\w’'-]+\s+){{0,3}}[\w’'-]+)?\s+that|(?:said|says|say|added|adds)(?:\s+(?:on|in)\s+\w+)?)\s+",
        *LISTENERS,
        speech_verbs()
    ))
});
/// Who speech is told to in "told reporters the …": words that are always a listener there.
static LISTENERS: LazyLock<String> = LazyLock::new(|| {
    let words: Vec<String> =
        super::gazetteer::entries(include_str!("../lexicon/listeners.txt")).map(|w| w.replace(' ', r"\s+")).collect();
    format!(r"(?:{})\b", words.join("|"))
});
/// ", 52," / ", the union leader," / ", who was waiting for a flight to Oklahoma City," right
/// after a name.
pub(super) static APPOSITIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| regex(r"^,\s*[^,;:“”\x22]{1,120}?,"));
/// A role the subject stands in apposition to: "The Serbian minister in charge of the
/// committee on migrants, " (no clause inside, the comma closing it).
pub(super) static APPOSED_LEAD: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s*(?:[\p{L}’'-]+\s+){0,11}[\p{L}’'-]+,\s+$"));
/// "…, he said." / "…, she added on Tuesday.": the speech ends with a pronoun and its verb.
pub(super) static PRONOUN_END: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i),\s+(?:he|she)\s+(?:\w+ly\s+)?(?:{})(?:\s+(?:on|in|at)\s+[^.,]{{1,30}})?\s*[.!]?$",
        speech_verbs()
    ))
});
/// Words before a sentence's subject that leave it the subject: titles and a short role
/// ("Harbour master", "Union leader") — no clause, no verb.
pub(super) static SUBJECT_LEAD: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^\s*(?:[\p{L}’'-]+\s+){0,4}?(?:[\p{L}’'-]+(?:,\s+|\s+))?$"));
/// "…, said Bea Lind, a nurse.": the verb right before the speaker's name ends the speech.
pub(super) static SAID_BEFORE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(r",\s+(?:{})\s+(?:\p{{Ll}}+\s+){{0,3}}(?:\p{{Lu}}\p{{Ll}}{{0,3}}\.\s+)?$", speech_verbs()))
});
/// The comma that ends the speech of "…, said X" / "…, X said" / "…, the mayor said" /
/// "…, said a striker, Tomas Vidal, 34.".
static ATTRIBUTION_COMMA: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(r",\s+(?:[\p{{L}}.’'-]+\s+){{0,5}}(?:{})\b[^,]*(?:,[^,]*){{0,2}}[.!?]?$", speech_verbs()))
});
/// Between a mention and its verb: nothing, an age or an appositive (", 73,", ", a nurse,").
pub(super) static NAME_VERB_GAP: LazyLock<Regex> =
    LazyLock::new(|| regex(r"^(?:\s*,\s*[^,“”\x22]{1,90},)?\s+(?:\w+ly\s+)?$"));
/// People speaking as a group or an unnamed role ("police", "officials", "a police spokesman").
static GROUP_NOUN: LazyLock<String> = LazyLock::new(|| {
    let words: Vec<&str> = super::gazetteer::entries(include_str!("../lexicon/group_nouns.txt")).collect();
    format!(r"(?:{})", words.join("|"))
});
/// "Police said", "a police spokesman said", "officials told reporters".
pub(super) static GROUP_BEFORE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)\b((?:(?:a|an|the)\s+)?(?:[\p{{L}}-]+\s+){{0,2}}{})\s+(?:\w+ly\s+)?(?:{})\b",
        *GROUP_NOUN,
        speech_verbs()
    ))
});
/// "said police", "said a police spokesman".
pub(super) static GROUP_AFTER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    regex(&format!(
        r"(?i)^\W*(?:{})\s+((?:(?:a|an|the)\s+)?(?:[\p{{L}}-]+\s+){{0,2}}{})\b",
        speech_verbs(),
        *GROUP_NOUN
    ))
});
/// "according to police", "according to city officials".
pub(super) static ACCORDING_TO_GROUP: LazyLock<Regex> =
    LazyLock::new(|| regex(&format!(r"(?i)\baccording to\s+((?:the\s+)?(?:[\p{{L}}-]+\s+){{0,2}}{})\b", *GROUP_NOUN)));

/// The byte offset of the comma that ends the speech in "…, said X" (for dash-led lines).
pub(super) fn attribution_comma(text: &str) -> Option<usize> {
    ATTRIBUTION_COMMA.find(text).map(|m| m.start())
}
