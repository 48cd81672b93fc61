//! Facts built into the binary: countries, major cities, international organisations and
//! news agencies, their common aliases, nationality adjectives and the title words that
//! precede names. Lists of names, not prose; extend them freely.

use newsdesk_model::EntityKind;
use std::collections::HashMap;
use std::sync::LazyLock;

const COUNTRIES: &str = "Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia and Herzegovina|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Cape Verde|Central African Republic|Chad|Chile|China|Colombia|Comoros|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Dominican Republic|Ecuador|Egypt|El Salvador|Equatorial Guinea|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Grenada|Guatemala|Guinea|Guinea-Bissau|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nauru|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|North Korea|North Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Trinidad and Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Europe|Asia|Africa|North America|South America|Latin America|Middle East|Crimea|Donbas|Gaza|West Bank|Kashmir|Scotland|Wales|England|Northern Ireland|Catalonia|Siberia|Balkans|Baltic|Scandinavia|Soviet Union|Hong Kong|Central Europe|Eastern Europe|Western Europe|Central Asia|Southeast Asia|East Asia";

const CITIES: &str = "Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Ankara|Antwerp|Athens|Atlanta|Baghdad|Baku|Bangkok|Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|Boston|Bratislava|Brest|Brussels|Bucharest|Budapest|Buenos Aires|Cairo|Cape Town|Caracas|Chicago|Copenhagen|Damascus|Davos|Delhi|Dhaka|Doha|Donetsk|Dubai|Dublin|Edinburgh|Frankfurt|Geneva|Hamburg|Hanoi|Havana|Helsinki|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Karachi|Kharkiv|Khartoum|Kinshasa|Kyiv|Lagos|Lahore|Lisbon|Ljubljana|London|Los Angeles|Luhansk|Luxembourg City|Lyon|Madrid|Manila|Marseille|Mariupol|Melbourne|Mexico City|Miami|Milan|Minsk|Montreal|Moscow|Mumbai|Munich|Nairobi|New Delhi|New York|Nicosia|Odesa|Oslo|Ottawa|Paris|Prague|Pyongyang|Rabat|Riga|Rio de Janeiro|Riyadh|Rome|Rotterdam|San Francisco|Santiago|Sao Paulo|Sarajevo|Seoul|Shanghai|Singapore City|Skopje|Sofia|St Petersburg|Stockholm|Strasbourg|Sydney|Taipei|Tallinn|Tbilisi|Tehran|Tel Aviv|The Hague|Tokyo|Toronto|Tripoli|Tunis|Valletta|Vancouver|Vienna|Vilnius|Warsaw|Washington|Wellington|Yerevan|Zagreb|Zurich";

/// Organisations: `NAME=ACRONYM` or a bare name/acronym.
const ORGANIZATIONS: &str = "North Atlantic Treaty Organization=NATO|European Union=EU|United Nations=UN|Organization for Security and Cooperation in Europe=OSCE|Organization for Security and Co-operation in Europe=OSCE|International Monetary Fund=IMF|World Bank|World Health Organization=WHO|World Trade Organization=WTO|International Labour Organization=ILO|International Labor Organization=ILO|European Commission|European Parliament|European Council|European Central Bank=ECB|Federal Reserve|Security Council|General Assembly|International Criminal Court=ICC|International Atomic Energy Agency=IAEA|Organization of the Petroleum Exporting Countries=OPEC|African Union=AU|Association of Southeast Asian Nations=ASEAN|Group of Seven=G7|Group of Twenty=G20|Red Cross|International Committee of the Red Cross=ICRC|Amnesty International|Human Rights Watch|Greenpeace|Council of Europe|Kremlin|White House|Pentagon|State Department|Foreign Office|Downing Street|Congress|Senate|House of Representatives|Supreme Court|Bundestag|Duma|Federal Bureau of Investigation=FBI|Central Intelligence Agency=CIA|National Security Agency=NSA|Interpol|Europol|Frontex|Taliban|Hamas|Hezbollah|Islamic State=ISIS|Al-Qaeda|NATO-Russia Council|Nord Stream|Gazprom|Rosneft|Airbus|Boeing|Google|Apple|Microsoft|Amazon|Facebook|Meta|Twitter|YouTube|Instagram|TikTok|Tesla|Ryanair|FIFA|UEFA|International Olympic Committee=IOC";

/// News organisations and agencies.
const MEDIA: &str = "Associated Press=AP|Agence France-Presse=AFP|Reuters|Bloomberg|CNN|BBC|ABC|CBS|NBC|Fox News|Al Jazeera|New York Times|Washington Post|Wall Street Journal|Financial Times|The Guardian|The Times|Der Spiegel|Le Monde|RIA Novosti=RIA|TASS|Interfax|Xinhua|Anadolu|Deutsche Welle|Euronews|Politico|Axios|Sky News";

/// Alternative spellings and short forms of the names above.
const ALIASES: &str = "US=United States|U.S.=United States|U.S=United States|USA=United States|U.S.A.=United States|America=United States|UK=United Kingdom|U.K.=United Kingdom|Britain=United Kingdom|Great Britain=United Kingdom|Kiev=Kyiv|Holland=Netherlands|Russian Federation=Russia|Burma=Myanmar|Czech Republic=Czechia|Ivory Coast=Côte d'Ivoire|U.N.=United Nations|E.U.=European Union|Odessa=Odesa|Kharkov=Kharkiv|Lugansk=Luhansk|Donbass=Donbas|Soviet=Soviet Union|USSR=Soviet Union";

/// Nationality and regional adjectives: never entities themselves.
pub const DEMONYMS: &str = "American|Americans|Russian|Russians|Ukrainian|Ukrainians|European|Europeans|British|English|French|German|Germans|Italian|Spanish|Chinese|Japanese|Korean|Indian|Polish|Swiss|Swedish|Norwegian|Danish|Dutch|Belgian|Austrian|Hungarian|Czech|Slovak|Romanian|Bulgarian|Greek|Turkish|Iranian|Iraqi|Syrian|Israeli|Palestinian|Egyptian|Saudi|Canadian|Mexican|Brazilian|Argentine|Australian|African|Asian|Arab|Western|Eastern|Northern|Southern|Central|Soviet|Belarusian|Georgian|Finnish|Estonian|Latvian|Lithuanian|Serbian|Croatian|Irish|Scottish|Welsh|Portuguese|Venezuelan|Colombian|Cuban|Afghan|Pakistani|Nigerian|Kenyan|Ethiopian|Catholic|Muslim|Christian|Jewish|Democrat|Democrats|Republican|Republicans|Kremlin-backed|Pro-Russian|pro-Russian";

/// Words of titles, roles and honorifics that precede a name ("Deputy Foreign Minister").
pub const TITLE_WORDS: &str = "Mr|Mr.|Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof|Prof.|Sir|Dame|Lord|Lady|President|Vice|Prime|Minister|Ministers|Deputy|Foreign|Defence|Defense|Interior|Finance|Secretary|Secretaries|General|Under|Undersecretary|State|Chancellor|Senator|Sen.|Rep.|Representative|Congressman|Congresswoman|Governor|Gov.|Mayor|King|Queen|Prince|Princess|Pope|Chief|Executive|Ambassador|Envoy|Special|Spokesperson|Spokesman|Spokeswoman|Director|Chairman|Chairwoman|Chair|Leader|Commander|Officer|Judge|Justice|Attorney|Colonel|Lieutenant|Captain|Major|Admiral|Sergeant|Gen.|Col.|Lt.|Capt.|Coach|Head|Member|CEO|Founder|Senior|Assistant|Acting|Former|Ex|Opposition|Union|Labour|Labor|Economy|Economic|Trade|Health|Energy|Transport|Justice|Home|Affairs|Council|Parliament|Speaker|Premier|Tsar|Sheikh|Crown|Emir|Patriarch|Bishop|Archbishop|Rabbi|Imam|Mediator|Negotiator|Analyst|Professor|Economist|Top|Diplomat|Chief Executive";

/// Words that make a capitalised phrase an organisation.
pub const ORG_WORDS: &str = "Organization|Organisation|Council|Union|Ministry|Department|Agency|Association|Federation|Commission|Committee|Bank|Fund|Party|Court|Institute|University|College|Company|Corporation|Corp|Inc|Ltd|Group|Alliance|Army|Navy|Police|Forces|Office|Bureau|Authority|Service|Network|News|Times|Post|Journal|Press|Herald|Daily|Agency|Mission|Parliament|Assembly|Congress|Senate|Government|Administration|Foundation|Society|Club|League|Terminals|Port|Airlines|Airways|Holdings|Partners|Research|Review|Observer|Monitor|Board|Tribunal|Secretariat|Embassy|Consulate|Cabinet|Trust|Coalition|Movement|Front|Brigade|Guard";

/// A built-in entry: canonical name and kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    /// Canonical name.
    pub name: String,
    /// Kind.
    pub kind: EntityKind,
}

/// Lookup from every known surface form to its entry, and from acronyms to expansions.
pub struct Gazetteer {
    forms: HashMap<String, Known>,
    /// The longest known form, in words, to bound phrase lookups.
    pub max_words: usize,
}

fn key(s: &str) -> String {
    s.to_lowercase()
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(|| {
    let mut forms = HashMap::new();
    let mut add = |form: &str, name: &str, kind: EntityKind| {
        forms.entry(key(form)).or_insert(Known { name: name.to_string(), kind });
    };
    for c in COUNTRIES.split('|') {
        add(c, c, EntityKind::Place);
    }
    for c in CITIES.split('|') {
        add(c, c, EntityKind::Place);
    }
    for list in [ORGANIZATIONS, MEDIA] {
        for entry in list.split('|') {
            match entry.split_once('=') {
                // An organisation with an acronym is named by the acronym, as news does.
                Some((full, acronym)) => {
                    add(acronym, acronym, EntityKind::Organization);
                    add(full, acronym, EntityKind::Organization);
                }
                None => add(entry, entry, EntityKind::Organization),
            }
        }
    }
    let canonical: Vec<(String, Known)> = ALIASES
        .split('|')
        .filter_map(|a| a.split_once('='))
        .map(|(alias, target)| {
            let known =
                forms.get(&key(target)).cloned().unwrap_or(Known { name: target.to_string(), kind: EntityKind::Place });
            (alias.to_string(), known)
        })
        .collect();
    for (alias, known) in canonical {
        forms.insert(key(&alias), known);
    }
    let max_words = forms.keys().map(|k| k.split_whitespace().count()).max().unwrap_or(1);
    Gazetteer { forms, max_words }
});

/// The built-in gazetteer.
pub fn gazetteer() -> &'static Gazetteer {
    &GAZETTEER
}

impl Gazetteer {
    /// The entry for a surface form, if known (case-insensitive, but an all-lowercase
    /// form never matches a capitalised entry: "turkey" is food).
    pub fn get(&self, form: &str) -> Option<&Known> {
        if !form.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        self.forms.get(&key(form))
    }
}

type WordSet = std::collections::HashSet<String>;

static WORD_SETS: LazyLock<[WordSet; 3]> = LazyLock::new(|| {
    let set = |s: &str| s.split('|').map(str::to_lowercase).collect::<WordSet>();
    [set(DEMONYMS), set(TITLE_WORDS), set(ORG_WORDS)]
});

/// Whether a word is a nationality or regional adjective ("Russian", "Western").
pub fn is_demonym(word: &str) -> bool {
    WORD_SETS[0].contains(&word.to_lowercase())
}

/// Whether a word is part of a title or role ("Deputy", "Minister", "Mr").
pub fn is_title_word(word: &str) -> bool {
    WORD_SETS[1].contains(&word.to_lowercase())
}

/// Whether a word marks an organisation name ("Council", "Ministry").
pub fn is_org_word(word: &str) -> bool {
    WORD_SETS[2].contains(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        let g = gazetteer();
        assert_eq!(g.get("Geneva").map(|k| k.kind), Some(EntityKind::Place));
        assert_eq!(g.get("U.S.").map(|k| k.name.as_str()), Some("United States"));
        assert_eq!(g.get("Organization for Security and Cooperation in Europe").map(|k| k.name.as_str()), Some("OSCE"));
        assert_eq!(g.get("Kiev").map(|k| k.name.as_str()), Some("Kyiv"));
        assert_eq!(g.get("turkey"), None);
        assert!(is_demonym("Russian") && is_title_word("deputy") && is_org_word("Council"));
    }
}
