"""The invented outlets of the multilingual development set: two per language, all on the
reserved `.example` domain. key -> (language, name the outlet prints, domain)."""

OUTLETS = {
    "ledger": ("en", "The Harbour Ledger", "harbourledger.example"),
    "wire": ("en", "Continental Wire", "continentalwire.example"),
    "courrier": ("fr", "Le Courrier du Littoral", "courrierlittoral.example"),
    "depeche": ("fr", "La Dépêche continentale", "depeche-continentale.example"),
    "hlasatel": ("cs", "Večerní hlasatel", "vecernihlasatel.example"),
    "zpravodaj": ("cs", "Zpravodaj Střed", "zpravodajstred.example"),
    "vestnik": ("ru", "Северный вестник", "severny-vestnik.example"),
    "lenta": ("ru", "Новая лента дня", "novaya-lenta.example"),
    "ufuq": ("ar", "صحيفة الأفق", "alufuq.example"),
    "marsad": ("ar", "المرصد اليومي", "almarsad.example"),
    "pyli": ("el", "Η Πύλη των Ειδήσεων", "pyli-eidiseon.example"),
    "akti": ("el", "Νέα Ακτή", "nea-akti.example"),
    "prahari": ("hi", "दैनिक प्रहरी", "dainikprahari.example"),
    "darpan": ("hi", "समाचार दर्पण", "samachardarpan.example"),
    "dongfang": ("zh", "东方时报", "dongfangshibao.example"),
    "huanyu": ("zh", "寰宇快讯", "huanyukuaixun.example"),
}
