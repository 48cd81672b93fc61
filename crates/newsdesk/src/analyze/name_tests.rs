//! How a model span becomes a name, on small invented texts: the words a name keeps and the
//! words that end it, capitals that prove nothing, and surnames misspelt by one letter.

use super::tests::{entity, texts};

#[test]
fn names_keep_their_first_word_and_end_at_a_common_word() {
    let (_, a) = texts(&[(
        "a.txt",
        "The report appeared in the New Zealand Herald on Monday. Officials of the Australian \
         Broadcasting Corporation met leaders of the Greek Orthodox Church in New York City.\n\n\
         Volunteer organization Comic Corps of Canada collects donations, and Southwest Airlines \
         told the catalogue maker it would stop.",
    )]);
    let names: Vec<&str> = a.entities.iter().flat_map(|e| e.variants.iter().map(String::as_str)).collect();
    for good in [
        "New Zealand Herald",
        "Australian Broadcasting Corporation",
        "Greek Orthodox Church",
        "New York City",
        "Comic Corps of Canada",
        "Southwest Airlines",
    ] {
        assert!(names.contains(&good), "{good} not in {names:?}");
    }
    for bad in ["Zealand Herald", "York City", "Volunteer", "Southwest Airlines told"] {
        assert!(!names.iter().any(|n| n.starts_with(bad)), "{bad} in {names:?}");
    }
}

#[test]
fn words_the_story_writes_in_lowercase_are_no_name_at_a_sentence_start() {
    let (_, a) = texts(&[(
        "a.txt",
        "Farmers count losses\n\nThe poison campaign that cleared the valley of shrew rats ended in May, \
         farmers said.\n\nShrew rats had eaten the seed stores for years, and the valley farms lost half a \
         harvest. Shrew Rats were first seen in the spring near Harlsby.",
    )]);
    let names: Vec<&str> = a.entities.iter().flat_map(|e| e.variants.iter().map(String::as_str)).collect();
    assert!(!names.iter().any(|n| n.starts_with("Shrew")), "{names:?}");
}

#[test]
fn a_surname_misspelt_by_one_letter_is_the_persons_but_two_letters_are_not() {
    let (_, a) = texts(&[(
        "a.txt",
        "Harbour manager Edda Hutchinson met the union in Valmora on Monday. The talks would go on, \
         Hutchison said. Ferry captain Ola Larter was not there, and Slater, a union clerk, \
         said nothing.",
    )]);
    let edda = entity(&a, "Edda Hutchinson");
    assert!(edda.variants.iter().any(|v| v == "Hutchison"), "{edda:?}");
    assert!(edda.merges.iter().any(|m| m.why.contains("one letter apart")), "{edda:?}");
    let ola = entity(&a, "Ola Larter");
    assert!(!ola.variants.iter().any(|v| v == "Slater"), "{ola:?}");
}
