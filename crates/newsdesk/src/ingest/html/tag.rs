//! Element names as the parser and the extractor see them: the roles HTML gives a tag
//! (block or inline, void, raw text, implied ends), everything else one hashed `Other`.

/// Element names the extractor distinguishes; everything else is `Other` (a name hash).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    Document,
    Text,
    Html,
    Head,
    Body,
    Title,
    Meta,
    Link,
    Script,
    Style,
    /// Dropped with its contents: noscript, template, textarea, iframe, svg, math, object…
    Skip,
    Button,
    Select,
    Option,
    Input,
    Form,
    Label,
    Nav,
    Aside,
    Footer,
    Header,
    Main,
    Article,
    Section,
    Div,
    P,
    A,
    Br,
    Hr,
    Img,
    Figure,
    Figcaption,
    H(u8),
    Ul,
    Ol,
    Li,
    Dl,
    Dt,
    Dd,
    Table,
    Tr,
    Td,
    Th,
    Caption,
    Blockquote,
    Pre,
    Time,
    Address,
    Dialog,
    Menu,
    Details,
    Summary,
    Center,
    /// Block-level containers without a role of their own (thead, tbody, fieldset…).
    Block,
    Other(u32),
}

impl Tag {
    pub(super) fn from_name(name: &[u8]) -> Tag {
        let mut buf = [0u8; 16];
        if name.len() > buf.len() {
            return Tag::Other(hash(name));
        }
        for (b, c) in buf.iter_mut().zip(name) {
            *b = c.to_ascii_lowercase();
        }
        match &buf[..name.len()] {
            b"html" => Tag::Html,
            b"head" => Tag::Head,
            b"body" => Tag::Body,
            b"title" => Tag::Title,
            b"meta" => Tag::Meta,
            b"link" => Tag::Link,
            b"script" => Tag::Script,
            b"style" => Tag::Style,
            b"noscript" | b"template" | b"textarea" | b"iframe" | b"svg" | b"math" | b"object" | b"canvas"
            | b"video" | b"audio" | b"map" | b"xmp" | b"noembed" | b"noframes" => Tag::Skip,
            b"button" => Tag::Button,
            b"select" | b"datalist" => Tag::Select,
            b"option" | b"optgroup" => Tag::Option,
            b"input" => Tag::Input,
            b"form" => Tag::Form,
            b"label" => Tag::Label,
            b"nav" => Tag::Nav,
            b"aside" => Tag::Aside,
            b"footer" => Tag::Footer,
            b"header" => Tag::Header,
            b"main" => Tag::Main,
            b"article" => Tag::Article,
            b"section" => Tag::Section,
            b"div" => Tag::Div,
            b"p" => Tag::P,
            b"a" => Tag::A,
            b"br" => Tag::Br,
            b"hr" => Tag::Hr,
            b"img" => Tag::Img,
            b"figure" => Tag::Figure,
            b"figcaption" => Tag::Figcaption,
            [b'h', d @ b'1'..=b'6'] => Tag::H(d - b'0'),
            b"ul" => Tag::Ul,
            b"ol" => Tag::Ol,
            b"li" => Tag::Li,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"dd" => Tag::Dd,
            b"table" => Tag::Table,
            b"tr" => Tag::Tr,
            b"td" => Tag::Td,
            b"th" => Tag::Th,
            b"caption" => Tag::Caption,
            b"blockquote" => Tag::Blockquote,
            b"pre" | b"listing" => Tag::Pre,
            b"time" => Tag::Time,
            b"address" => Tag::Address,
            b"dialog" => Tag::Dialog,
            b"menu" => Tag::Menu,
            b"details" => Tag::Details,
            b"summary" => Tag::Summary,
            b"center" => Tag::Center,
            b"thead" | b"tbody" | b"tfoot" | b"fieldset" | b"legend" | b"hgroup" | b"dir" | b"frameset" => Tag::Block,
            other => Tag::Other(hash(other)),
        }
    }

    /// Starts a new line of text (as a browser would lay it out as a block).
    pub fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::Text | Tag::A | Tag::Br | Tag::Time | Tag::Label | Tag::Img | Tag::Other(_) | Tag::Input | Tag::Select
        )
    }

    /// Elements that are furniture by their name: navigation, asides, footers, captions.
    pub(super) fn is_structural_furniture(self) -> bool {
        matches!(self, Tag::Nav | Tag::Aside | Tag::Footer | Tag::Menu | Tag::Figcaption)
    }

    /// Elements that hold no content.
    pub(super) fn is_void(self, name: &[u8]) -> bool {
        matches!(self, Tag::Meta | Tag::Link | Tag::Br | Tag::Hr | Tag::Img | Tag::Input)
            || (matches!(self, Tag::Other(_))
                && matches!(
                    name.to_ascii_lowercase().as_slice(),
                    b"area" | b"base" | b"col" | b"embed" | b"param" | b"source" | b"track" | b"wbr" | b"keygen"
                ))
    }

    /// Elements that belong in `<head>` (anything else starts the body).
    pub(super) fn in_head(self) -> bool {
        matches!(
            self,
            Tag::Head | Tag::Html | Tag::Title | Tag::Meta | Tag::Link | Tag::Script | Tag::Style | Tag::Skip
        )
    }

    /// Elements whose contents are raw text up to their end tag.
    pub(super) fn is_raw_text(self) -> bool {
        matches!(self, Tag::Script | Tag::Style | Tag::Title)
    }

    /// Closes an open `<p>` when it starts (HTML's implied end tags).
    pub(super) fn closes_p(self) -> bool {
        self.is_block()
            && !matches!(self, Tag::Li | Tag::Dt | Tag::Dd | Tag::Td | Tag::Th | Tag::Tr | Tag::Option)
            && !matches!(self, Tag::Button | Tag::Figcaption | Tag::Summary | Tag::Caption | Tag::Skip)
    }

    /// Where the search for an element to close implicitly stops.
    pub(super) fn is_scope_boundary(self) -> bool {
        matches!(self, Tag::Table | Tag::Td | Tag::Th | Tag::Caption | Tag::Button | Tag::Html | Tag::Document)
    }
}

/// A test on an element name (what to close, where to stop looking).
pub(super) type TagTest = fn(Tag) -> bool;

/// A `<script>` holding a client-side template: its markup is parsed as content.
pub(super) const TEMPLATE: Tag = Tag::Other(0);

/// A cheap stable hash of a lowercase element name, to match end tags of unknown elements.
fn hash(name: &[u8]) -> u32 {
    name.iter().fold(2_166_136_261u32, |h, &b| (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(16_777_619))
}
