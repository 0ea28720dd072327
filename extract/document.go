package extract

// Document is everything extracted from one article. Its JSON form is the
// output contract of `geokg extract` (one Document per line with
// --format jsonl) and is documented in the README; keep it stable.
type Document struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Events    []Event    `json:"events"`
	Relations []Relation `json:"relations"`
	// Notes say what extraction had to cut short in this article (a
	// sentence too long to read whole); empty for ordinary articles.
	Notes []string `json:"notes,omitempty"`
}

// Article identifies the input the document came from.
type Article struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD, empty when unknown
}

// Entity kinds. Actors are persons, countries, organizations and groups;
// agreements and locations are entities too so that events and relations can
// point at them.
const (
	KindPerson       = "person"
	KindCountry      = "country"
	KindOrganization = "organization"
	KindGroup        = "group"
	KindAgreement    = "agreement"
	KindLocation     = "location"
)

// Entity is an actor, agreement or location named in the article. Its ID is
// derived from its canonical name, never from the article, so the same actor
// found in two articles has the same ID.
type Entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases,omitempty"` // surface forms seen in this article, other than Name
	// For agreements: "<state> <topic> agreement" for each state a party
	// to it or named in its description and each political topic the
	// article gives it ("iran nuclear agreement"); the graph joins
	// agreements that share one, as it joins shared names (known_as).
	Descriptors []string `json:"descriptors,omitempty"`
	// Described: an agreement known only by a description ("the Iran
	// nuclear deal"), keyed by its states and topic, not by a name; the
	// graph takes it for the named agreement that shares its descriptor.
	Described bool   `json:"described,omitempty"`
	Country   string `json:"country,omitempty"`  // ISO 3166 alpha-3 of the state it belongs to
	Code      string `json:"code,omitempty"`     // CAMEO actor code, e.g. USA, RUSGOV, IGO
	Sector    string `json:"sector,omitempty"`   // GOV, MIL, COP, REB, OPP, MED, BUS, CVL, ...
	Mentions  []Span `json:"mentions,omitempty"` // where it is named in the text
}

// Span is a half-open byte range [Start, End) of the article text, with the
// 1-based line and column of Start.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Line  int `json:"line"`
	Col   int `json:"col"`
}

// Date precisions.
const (
	PrecisionDay   = "day"
	PrecisionMonth = "month"
	PrecisionYear  = "year"
)

// Where an event's date came from.
const (
	DateFromSentence  = "sentence"  // a date expression in the event's own clause
	DateFromReport    = "report"    // the date of the clause reporting it ("..., the ministry said on Friday")
	DateFromPublished = "published" // no date in the sentence: the publication date
)

// Modalities of an event: whether it was done, or only threatened, planned,
// asked for or denied. Negated acts are not coded as done.
const (
	ModalityAsserted   = "asserted"
	ModalityNegated    = "negated"
	ModalityThreatened = "threatened"
	ModalityPlanned    = "planned"
	ModalityRequested  = "requested"
)

// Where in its sentence an event is told. The main clause carries the news
// of the sentence (reported speech included: "X said Y attacked Z" tells
// the attack); a background clause (relative, adverbial, conditional, or a
// noun in a phrase: "after the attack on X", "X, which invaded Y in 2014")
// tells what frames it. Background events are kept; the label lets users
// and scorers tell them apart.
const (
	ClauseMain       = "main"
	ClauseBackground = "background"
)

// Event is one coded event: Source did Cameo to Target.
type Event struct {
	ID            string  `json:"id"`
	Cameo         string  `json:"cameo"`
	Root          string  `json:"root"`   // the two-digit CAMEO root of Cameo
	Plover        string  `json:"plover"` // empty for CAMEO 01 statements, which PLOVER does not type
	QuadClass     int     `json:"quad_class"`
	Goldstein     float64 `json:"goldstein"`
	Source        string  `json:"source"`           // entity ID
	Target        string  `json:"target,omitempty"` // entity ID
	Date          string  `json:"date,omitempty"`   // YYYY-MM-DD, YYYY-MM or YYYY by precision
	DatePrecision string  `json:"date_precision,omitempty"`
	DateSource    string  `json:"date_source,omitempty"` // sentence, report or published
	Location      string  `json:"location,omitempty"`    // entity ID
	Object        string  `json:"object,omitempty"`      // entity ID of what the act is about (an organization, an agreement)
	Agreement     string  `json:"agreement,omitempty"`   // entity ID of an agreement involved
	Modality      string  `json:"modality"`
	Clause        string  `json:"clause"`  // main or background: see ClauseMain
	Trigger       string  `json:"trigger"` // the words that triggered the code
	Sentence      string  `json:"sentence"`
	Span          Span    `json:"span"` // the sentence's span
	Confidence    float64 `json:"confidence"`
}

// Relation types.
const (
	RelRole     = "role"      // person -> organization or country, label is the title
	RelMemberOf = "member_of" // actor -> organization
	RelPartOf   = "part_of"   // organization -> country or organization
	RelPartyTo  = "party_to"  // actor -> agreement
	RelLocated  = "located_in"
	RelRelated  = "related_to" // organization or agreement -> agreement it serves
)

// Relation is a standing tie between two entities, valid from Since until
// Until when the text says so.
type Relation struct {
	Type  string `json:"type"`
	Head  string `json:"head"`
	Tail  string `json:"tail"`
	Label string `json:"label,omitempty"`
	Since string `json:"since,omitempty"` // YYYY-MM-DD, YYYY-MM or YYYY
	Until string `json:"until,omitempty"`
	// Past: the text says the tie has ended ("former foreign minister")
	// without saying when; Until is then empty.
	Past     bool   `json:"past,omitempty"`
	Evidence string `json:"evidence,omitempty"` // the sentence that states it
}
