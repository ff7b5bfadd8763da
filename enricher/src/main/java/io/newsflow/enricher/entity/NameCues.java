package io.newsflow.enricher.entity;

import io.newsflow.enricher.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * The context words that tell what kind of name a capitalised phrase is, in the way a reader does:
 * "Foreign Minister X" is a person, "X Council" an organisation, "in X" a place. Generic English
 * newsroom vocabulary, matched lower-cased; no entity names live here (those are in the gazetteer).
 */
public final class NameCues {

    /** Titles and offices written before a person's name; they are never part of the name itself. */
    static final Set<String> ROLE_WORDS = Set.of(
            "president", "vice", "prime", "minister", "ministers", "secretary", "secretary-general", "general",
            "chancellor", "king", "queen", "prince", "princess", "pope", "senator", "sen.", "rep.", "governor",
            "mayor", "ambassador", "envoy", "chief", "director", "director-general", "ceo", "chairman", "chair",
            "chairwoman", "commander", "admiral", "colonel", "lieutenant", "captain", "sergeant", "judge",
            "deputy", "foreign", "defence", "defense", "finance", "interior", "spokesman", "spokeswoman",
            "spokesperson", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "professor", "prof.", "sir",
            "dame", "lord", "lady", "manager", "striker", "supreme", "allied", "head", "leader",
            "founder", "executive", "officer", "premier", "sheikh", "emir", "ayatollah", "archbishop",
            "cardinal", "bishop", "rabbi", "imam", "justice", "attorney", "state", "affairs", "of", "for",
            "the", "counterpart", "chief-of-staff", "economist", "analyst", "reporter", "correspondent", "gov",
            "gen", "lt", "col", "capt", "sgt", "pres", "rep", "sen", "secretary-of-state", "mp", "congressman",
            "congresswoman", "lawmaker", "councillor", "councilman", "coach", "quarterback", "midfielder",
            "goalkeeper", "defender", "forward", "pitcher", "actor", "actress", "singer", "rapper", "star");

    /** Role words that only make sense inside a title ("Secretary of State for ..."), not alone as a cue. */
    private static final Set<String> WEAK_ROLE_WORDS = Set.of("of", "for", "the", "state", "affairs", "supreme",
            "allied", "vice", "deputy", "foreign", "defence", "defense", "finance", "interior", "executive");

    /** Verbs of speech: a name right before them is a person ("Stoltenberg said"). */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "stated", "noted", "wrote",
            "argued", "explained", "warned", "urged", "insisted", "announced", "asked", "replied", "tweeted");

    /** Last words of organisation names. */
    static final Set<String> ORGANIZATION_HEADS = Set.of("council", "committee", "organization", "organisation",
            "ministry", "party", "bank", "union", "agency", "inc", "inc.", "corp", "corp.", "corporation", "company",
            "group", "university", "court", "parliament", "army", "forces", "institute", "association",
            "commission", "federation", "foundation", "fund", "authority", "department", "office", "service",
            "police", "assembly", "alliance", "network", "times", "post", "airlines", "airways", "motors",
            "bureau", "board", "club", "fc", "league", "senate", "congress", "cabinet", "government", "guard",
            "navy", "force", "ltd", "ltd.", "plc", "llc", "ag", "sa", "gmbh", "holdings", "technologies",
            "systems", "labs", "media", "press", "news", "journal", "tribune", "telegraph", "herald",
            "secretariat", "brigade", "battalion", "regiment", "movement", "front", "coalition", "co", "co.", "studios", "studio",
            "center", "centre", "observatory", "laboratory", "gazette", "hospital", "school", "college", "academy",
            "museum", "records", "pictures", "entertainment", "communications", "pharmaceuticals", "partners",
            "ventures", "airline", "railways", "brands", "industries", "enterprises", "solutions");

    /** Last words of place names. */
    static final Set<String> PLACE_HEADS = Set.of("city", "province", "region", "county", "district", "river",
            "sea", "ocean", "island", "islands", "mountains", "valley", "street", "square", "airport", "strait",
            "gulf", "bay", "lake", "peninsula", "desert", "coast", "border", "oblast", "state", "stadium", "arena",
            "bridge", "palace", "castle", "tower", "cathedral", "field", "park", "heights", "hills", "north", "south",
            "east", "west");

    /** Last words of event names. */
    static final Set<String> EVENT_HEADS = Set.of("summit", "war", "olympics", "games", "cup", "championship",
            "championships", "election", "elections", "conference", "forum", "festival", "expo", "marathon",
            "open", "grand", "prix", "tournament", "referendum", "revolution", "crisis", "treaty", "accord");

    /** Prepositions before place names ("in Brussels", "from Kyiv"). */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "near", "across", "outside", "inside",
            "throughout", "to");

    /**
     * Capitalised words that are page furniture, calendar words or sentence adverbs and never names on
     * their own: a name candidate made only of these is dropped.
     */
    static final Set<String> NEVER_NAMES = Set.of("image", "images", "credit", "credits", "photo", "photos",
            "video", "related", "articles", "article", "comments", "comment", "news", "copyright", "subscribe",
            "share", "click", "read", "advertisement", "getty", "file", "reuters/", "left", "right", "top",
            "back", "home", "menu", "search", "login", "email", "january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
            "meanwhile", "however", "according", "despite", "while", "speaking", "extension", "update",
            "breaking", "live", "opinion", "analysis", "editorial", "exclusive", "watch", "listen");

    /** Lower-case words allowed inside a multi-word name ("Bank of England", "Ursula von der Leyen"). */
    static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "de", "del", "la", "von", "van",
            "der", "den", "bin", "al", "le", "di", "da", "&");

    private NameCues() {
    }

    /** A title or office word ("Minister", "Secretary"): part of how people are named, not of their name. */
    public static boolean isRole(String word) {
        return ROLE_WORDS.contains(lower(word));
    }

    /** A role word that on its own says the next name is a person ("chief", "Minister", "Mr"). */
    static boolean isPersonCue(String word) {
        String w = lower(word);
        return ROLE_WORDS.contains(w) && !WEAK_ROLE_WORDS.contains(w);
    }

    /** The type implied by a name's last word, or null. */
    static EntityType typeOfHead(String lastWord) {
        String w = lower(lastWord);
        if (ORGANIZATION_HEADS.contains(w)) {
            return EntityType.ORGANIZATION;
        }
        if (EVENT_HEADS.contains(w)) {
            return EntityType.EVENT;
        }
        return PLACE_HEADS.contains(w) ? EntityType.PLACE : null;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
