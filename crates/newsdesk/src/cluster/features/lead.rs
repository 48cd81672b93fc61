//! The short text that stands for an article before the multilingual sentence model
//! (`cluster::languages_model`): its title and the first words of its body. The model costs
//! about half a second per 256 tokens, so it never reads more than this.

/// Body words kept after the title.
pub const LEAD_WORDS: usize = 40;
/// Bytes kept at most (text without spaces, as Chinese, has few "words").
pub const LEAD_BYTES: usize = 360;

/// The title, then the first [`LEAD_WORDS`] words of `body`, one space between words, cut at
/// [`LEAD_BYTES`] on a character boundary.
pub fn lead<'a>(title: Option<&str>, body: impl IntoIterator<Item = &'a str>) -> Box<str> {
    let mut out = String::with_capacity(LEAD_BYTES);
    let mut push = |w: &str| {
        if out.len() >= LEAD_BYTES {
            return false;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
        true
    };
    for w in title.unwrap_or("").split_whitespace() {
        push(w);
    }
    let mut words = 0;
    'lines: for line in body {
        for w in line.split_whitespace() {
            if words == LEAD_WORDS || !push(w) {
                break 'lines;
            }
            words += 1;
        }
    }
    if out.len() > LEAD_BYTES {
        let mut end = LEAD_BYTES;
        while !out.is_char_boundary(end) {
            end -= 1;
        }
        out.truncate(end);
    }
    out.into_boxed_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lead_is_the_title_and_the_first_words() {
        let body = ["one two  three", "", "four"];
        assert_eq!(&*lead(Some(" A  title "), body), "A title one two three four");
        let many = "w ".repeat(100);
        assert_eq!(lead(None, [many.as_str()]).split(' ').count(), LEAD_WORDS);
        let han = "扎雷马财政部长".repeat(40);
        let cut = lead(Some("标题"), [han.as_str()]);
        assert!(cut.len() <= LEAD_BYTES && cut.starts_with("标题 扎雷马"));
    }
}
