//! Where quotations sit in a sentence, in every convention news uses: “…”, "…", ``…'' (wire
//! copy), ‘…’, «…», „…“, and a line led by a dash (– …, said X). A quotation left open at the
//! sentence's end runs to the end: it continues in the next paragraph.

use std::ops::Range;

/// One quotation: the words inside the marks, and the byte just after its closing mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    /// The quoted words (marks excluded).
    pub inner: Range<usize>,
    /// Just after the closing mark (the text's end for a quotation left open).
    pub end: usize,
}

/// The closing mark for an opening one at the start of `rest`, with the opening mark's length.
fn opening(rest: &str, prev: Option<char>) -> Option<(&'static [&'static str], usize)> {
    let after_space = prev.is_none_or(|c| c.is_whitespace() || "([—–-:".contains(c));
    if rest.starts_with("``") {
        return Some((&["''", "”"], 2));
    }
    match rest.chars().next()? {
        '“' => Some((&["”"], '“'.len_utf8())),
        '«' => Some((&["»"], '«'.len_utf8())),
        '„' => Some((&["“", "”"], '„'.len_utf8())),
        '"' => Some((&["\""], 1)),
        // ‘ opens only where a word may start: "rock ‘n’ roll" aside, it never starts mid-word.
        '‘' if after_space => Some((&["’"], '‘'.len_utf8())),
        _ => None,
    }
}

/// True when a closing mark at `at` really closes: ’ and ' inside a word are apostrophes
/// ("Love’s", "don't").
fn closes(text: &str, at: usize, mark: &str) -> bool {
    if mark != "’" && mark != "''" {
        return true;
    }
    let next = text[at + mark.len()..].chars().next();
    !next.is_some_and(char::is_alphanumeric)
}

/// Byte ranges of the quotations of one sentence.
pub fn quote_spans(text: &str) -> Vec<Span> {
    if let Some(span) = dash_led(text) {
        return vec![span];
    }
    let mut spans = Vec::new();
    let mut open: Option<(&[&str], usize)> = None;
    let mut prev: Option<char> = None;
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        match open {
            Some((closers, start)) => {
                if let Some(mark) = closers.iter().find(|m| rest.starts_with(**m) && closes(text, i, m)) {
                    if i > start {
                        spans.push(Span { inner: start..i, end: i + mark.len() });
                    }
                    open = None;
                    i += mark.len();
                    prev = mark.chars().last();
                    continue;
                }
            }
            None => {
                if let Some((closers, len)) = opening(rest, prev) {
                    open = Some((closers, i + len));
                    i += len;
                    prev = rest[..len].chars().last();
                    continue;
                }
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    // Left open: the quotation goes on in the next paragraph.
    if let Some((_, start)) = open {
        if text[start..].split_whitespace().count() >= 2 {
            spans.push(Span { inner: start..text.len(), end: text.len() });
        }
    }
    spans
}

/// "– I was on the bank, said Bea." / "— We will rebuild.": a line led by a dash is speech up
/// to its attribution (the last comma), or whole.
fn dash_led(text: &str) -> Option<Span> {
    let rest = text.strip_prefix('–').or_else(|| text.strip_prefix('—'))?;
    if !rest.starts_with(' ') {
        return None;
    }
    let start = text.len() - rest.len() + 1;
    let attribution = super::attribution::attribution_comma(&text[start..]).map(|i| start + i);
    let end = attribution.unwrap_or(text.len());
    (end > start).then_some(Span { inner: start..end, end })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str) -> Vec<&str> {
        quote_spans(text).into_iter().map(|s| &text[s.inner]).collect()
    }

    #[test]
    fn every_convention() {
        assert_eq!(quoted("``It went down,'' said Tom."), ["It went down,"]);
        assert_eq!(quoted("“We met,” she said."), ["We met,"]);
        assert_eq!(quoted("„Wir gehen“, sagte sie."), ["Wir gehen"]);
        assert_eq!(quoted("«On part», a-t-il dit."), ["On part"]);
        assert_eq!(quoted("‘We owe them,’ said Rita. ‘They will get one.’"), ["We owe them,", "They will get one."]);
        assert_eq!(quoted("\"Fine,\" he said."), ["Fine,"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quoted("‘Love’s case isn’t over,’ she said."), ["Love’s case isn’t over,"]);
        assert_eq!(quoted("The judges’ ruling stood."), Vec::<&str>::new());
    }

    #[test]
    fn open_quote_runs_to_the_end_and_dash_lines_are_speech() {
        assert_eq!(
            quoted("“I grabbed it,” Olsen said. “I kept waiting for it to stop."),
            ["I grabbed it,", "I kept waiting for it to stop."]
        );
        assert_eq!(
            quoted("– I was on the bank when it went, said Bea Lind, a nurse."),
            ["I was on the bank when it went"]
        );
        assert_eq!(quoted("– People were calling for help."), ["People were calling for help."]);
    }
}
