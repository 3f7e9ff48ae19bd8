package dev.palimpsest.core.analysis;

import java.util.Locale;
import java.util.Set;

/**
 * The light gazetteer behind {@link NameRecognizer}: titles, name particles, words that are
 * capitalised only because they open a sentence, words that mark organisations, and places.
 * Lists are lower case; look words up with {@link #key(String)}.
 */
final class NameLists {

    /** Titles that make the name after them a person: "Col. Muammar el-Qaddafi", "Foreign Secretary William Hague". */
    static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "dr", "col", "gen", "lt", "sgt", "capt", "maj", "adm", "cmdr", "gov",
            "sen", "rep", "prof", "rev", "brig", "cpl", "pvt", "colonel", "general", "captain", "lieutenant",
            "sergeant", "admiral", "commander", "president", "minister", "secretary", "ambassador", "senator",
            "representative", "governor", "mayor", "king", "queen", "prince", "princess", "sheikh", "sheik",
            "emir", "pope", "ayatollah", "professor", "judge", "chancellor", "premier", "sir", "dame", "lord",
            "lady", "spokesman", "spokeswoman", "envoy", "prosecutor", "chairman", "chairwoman");

    /** Words that qualify a title but are not one alone: "Foreign Minister", but "Foreign Ministry" is no person. */
    static final Set<String> TITLE_QUALIFIERS = Set.of(
            "foreign", "prime", "vice", "deputy", "chief", "defense", "defence", "interior", "finance",
            "attorney", "home", "state", "first", "crown", "former", "acting", "secretary-general");

    /** Lower-case joiners inside a name: "Ibn Saud", "Ludwig van Beethoven", "Osama bin Laden". */
    static final Set<String> PARTICLES = Set.of(
            "bin", "ibn", "bint", "de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "la", "le",
            "dos", "das", "al", "el", "abu");

    /** Prefixes glued to a name by a hyphen: "el-Qaddafi", "al-Megrahi". */
    static final Set<String> PREFIXES = Set.of("el-", "al-", "ad-", "as-", "an-", "ash-", "at-", "az-");

    /**
     * Capitalised function words and sentence openers that are never a name on their own. A name after
     * them keeps going: "But Musa Ibrahim" is "Musa Ibrahim".
     */
    static final Set<String> STOPWORDS = Set.of(
            "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "if", "as", "at", "by", "in", "on",
            "of", "to", "up", "with", "from", "into", "onto", "over", "under", "after", "before", "during",
            "since", "until", "while", "when", "where", "why", "how", "what", "who", "whom", "whose", "which",
            "whether", "although", "though", "because", "then", "still", "even", "also", "however",
            "meanwhile", "now", "today", "yesterday", "tomorrow", "tonight", "last", "next", "earlier", "later",
            "some", "many", "most", "several", "few", "all", "both", "each", "every", "no", "not", "other",
            "another", "such", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you",
            "his", "her", "its", "their", "our", "my", "your", "there", "here", "asked", "having", "faced",
            "aside", "despite", "among", "through", "throughout", "against", "without", "within", "about",
            "instead", "once", "soon", "only", "just", "more", "less", "yes", "oh", "please", "thanks", "well",
            "let", "do", "does", "did", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "shall", "one", "two", "three",
            "amid", "like", "unlike", "near", "beyond", "around", "along", "across", "above", "below", "behind",
            "god", "allah");

    /** Days and months: dates, which {@link NumberExtractor} handles, not names. */
    static final Set<String> CALENDAR = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec");

    /** Nationality and group adjectives: capitalised, but not an entity ("British officials"). */
    static final Set<String> DEMONYMS = Set.of(
            "american", "americans", "british", "briton", "britons", "libyan", "libyans", "arab", "arabs",
            "pan-arab", "western", "westerners", "eastern", "european", "europeans", "french", "egyptian",
            "egyptians", "tunisian", "tunisians", "israeli", "israelis", "palestinian", "palestinians",
            "iranian", "iranians", "iraqi", "iraqis", "syrian", "syrians", "chinese", "russian", "russians",
            "german", "germans", "italian", "italians", "spanish", "japanese", "african", "africans",
            "muslim", "muslims", "christian", "christians", "islamic", "islamist", "islamists", "jewish",
            "sunni", "shiite", "shia", "afghan", "afghans", "pakistani", "pakistanis", "turkish", "greek",
            "indian", "indians", "saudi", "saudis", "qatari", "emirati", "lebanese", "jordanian", "yemeni",
            "sudanese", "algerian", "moroccan", "canadian", "mexican", "brazilian", "ukrainian", "ukrainians",
            "korean", "koreans", "english", "scottish", "irish", "welsh", "dutch", "belgian", "swedish",
            "norwegian", "danish", "polish", "swiss", "austrian", "australian", "asian", "latin", "nordic",
            "democrat", "democrats", "republican", "republicans", "democratic", "conservative", "liberal",
            "communist", "socialist", "catholic", "protestant", "orthodox", "kurdish", "kurds", "berber");

    /** Words that make a name an organisation: "International Criminal Court", "Al Jazeera". */
    static final Set<String> ORGANIZATION_WORDS = Set.of(
            "ministry", "council", "party", "university", "college", "school", "news", "times", "post", "journal",
            "agency", "jazeera", "arabiya", "court", "embassy", "nations", "union", "organization",
            "organisation", "committee", "association", "bank", "company", "corp", "corporation", "inc", "ltd",
            "press", "army", "navy", "forces", "force", "department", "office", "parliament", "assembly",
            "congress", "senate", "commission", "institute", "foundation", "group", "airlines", "airways",
            "front", "movement", "alliance", "brigade", "brigades", "guard", "police", "service", "network",
            "reuters", "church", "federation", "fund", "bureau", "authority", "administration", "command",
            "coalition", "club", "hospital", "academy", "society", "house", "cabinet", "government",
            "tribunal", "pentagon", "kremlin", "nato", "flight", "broadcasting", "television", "radio", "telegraph",
            "guardian", "herald", "tribune", "gazette", "monitor", "watch", "international", "bloc", "league");

    /** Prepositions before a place: "in Brussels", "fled to Tunisia", "an airfield at Farnborough". */
    static final Set<String> LOCATIVES = Set.of(
            "in", "from", "to", "near", "toward", "towards", "at", "into", "outside", "across", "around",
            "over", "via", "inside", "throughout", "between");

    /** Verbs that attribute speech: "X said", "said X", "X added". */
    static final Set<String> SPEECH_VERBS = Set.of(
            "said", "says", "added", "adds", "told", "tells", "asked", "shouted", "wrote", "writes", "insisted",
            "claimed", "declared", "explained", "replied", "warned", "noted", "continued", "conceded",
            "acknowledged", "described", "called", "stated", "argued", "recalled", "announced", "testified",
            "pleaded", "urged", "vowed", "boasted", "complained", "cautioned", "predicted", "suggested");

    /**
     * Countries, regions and cities often in international news, including the towns of the
     * conflicts the project's samples report on. A gazetteer light enough to read.
     */
    static final Set<String> PLACES = Set.of(
            // countries and regions
            "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia", "austria",
            "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia", "bosnia", "brazil",
            "britain", "bulgaria", "burma", "cambodia", "cameroon", "canada", "chad", "chile", "china",
            "colombia", "congo", "croatia", "cuba", "cyprus", "czech republic", "denmark", "ecuador", "egypt",
            "england", "eritrea", "estonia", "ethiopia", "europe", "finland", "france", "gaza", "georgia",
            "germany", "ghana", "greece", "guatemala", "haiti", "honduras", "hungary", "iceland", "india",
            "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan", "kenya",
            "korea", "north korea", "south korea", "kosovo", "kuwait", "latvia", "lebanon", "liberia", "libya",
            "lithuania", "malaysia", "mali", "malta", "mauritania", "mexico", "moldova", "mongolia",
            "morocco", "mozambique", "myanmar", "nepal", "netherlands", "new zealand", "nicaragua", "niger",
            "nigeria", "norway", "oman", "pakistan", "palestine", "panama", "peru", "philippines", "poland",
            "portugal", "qatar", "romania", "russia", "rwanda", "saudi arabia", "scotland", "senegal",
            "serbia", "sierra leone", "singapore", "slovakia", "slovenia", "somalia", "south africa",
            "spain", "sri lanka", "sudan", "south sudan", "sweden", "switzerland", "syria", "taiwan",
            "tajikistan", "tanzania", "thailand", "tibet", "tunisia", "turkey", "uganda", "ukraine",
            "united arab emirates", "united kingdom", "united states", "u.s.", "u.k.", "uruguay",
            "uzbekistan", "venezuela", "vietnam", "wales", "west bank", "yemen", "zambia", "zimbabwe",
            "africa", "asia", "america", "middle east", "north africa", "mediterranean", "sahara", "sinai",
            "kurdistan", "darfur", "crimea", "chechnya", "balkans", "gulf", "persian gulf",
            // cities
            "abu dhabi", "addis ababa", "aleppo", "alexandria", "algiers", "amman", "amsterdam", "ankara",
            "athens", "baghdad", "baku", "bangkok", "basra", "beijing", "beirut", "belgrade",
            "berlin", "bern", "bonn", "boston", "brussels", "bucharest", "budapest", "buenos aires", "cairo",
            "cape town", "caracas", "casablanca", "chicago", "copenhagen", "damascus", "delhi", "new delhi",
            "doha", "dubai", "dublin", "edinburgh", "falluja", "fallujah", "frankfurt", "geneva", "hamburg",
            "havana", "helsinki", "hong kong", "islamabad", "istanbul", "jakarta", "jeddah", "jerusalem",
            "johannesburg", "kabul", "kandahar", "karachi", "khartoum", "kiev", "kyiv", "kinshasa", "lagos",
            "lahore", "lisbon", "london", "los angeles", "madrid", "manila", "mecca", "miami", "milan",
            "mogadishu", "moscow", "mosul", "mumbai", "munich", "nairobi", "naples", "new york", "nicosia",
            "oslo", "ottawa", "paris", "prague", "pyongyang", "rabat", "ramallah", "riyadh", "rome",
            "san francisco", "sanaa", "sarajevo", "seoul", "shanghai", "sofia", "stockholm",
            "sydney", "taipei", "tehran", "tel aviv", "tokyo", "toronto", "tunis", "valletta", "vienna",
            "warsaw", "washington", "zurich", "lockerbie", "farnborough",
            // Libya
            "tripoli", "benghazi", "brega", "ajdabiya", "ras lanuf", "bin jawwad", "misurata", "misrata",
            "sirte", "zawiya", "tobruk", "zintan", "derna", "bayda", "sabha", "nalut", "kufra", "ghadames");

    /** Organisations known by a name that carries no organisation word: "Pan Am", "Hamas". */
    static final Set<String> ORGANIZATIONS = Set.of(
            "pan am", "hamas", "hezbollah", "taliban", "al qaeda", "qaeda", "al-qaeda", "reuters",
            "associated press", "agence france-presse", "bloomberg", "google", "apple", "microsoft", "facebook",
            "twitter", "amazon", "interpol", "unesco", "unicef", "opec", "european union", "white house",
            "downing street", "scotland yard");

    private NameLists() {
    }

    /** The look-up form of a word or name: lower case, without dots. */
    static String key(String word) {
        return word.toLowerCase(Locale.ROOT).replace(".", "");
    }

    /** The look-up form of a multi-word name, dots kept so that "u.s." is a place. */
    static String phraseKey(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    }
}
