// Package extract turns the text of one news article into a Document: the
// actors, agreements and locations it names (entities), what they did to each
// other (events coded in CAMEO and PLOVER) and how they stand to each other
// (relations such as roles and memberships).
//
// extract is pure: it performs no I/O beyond reading its embedded
// dictionaries (and, through New, the user dictionary directories it is
// given), knows nothing of Dgraph and never touches the network. The same
// input always gives the same Document, byte for byte once encoded.
//
// # How it works
//
// Text is split into tokens and sentences by a small tokenizer of our own
// (several times faster than a general NLP pipeline, and enough here). Each
// sentence is matched against the lexicon built from the dictionaries in
// dict/: countries (names, adjectives, capitals, seats of government),
// organizations, sector words ("Foreign Ministry", "troops", "rebels"),
// titles ("Foreign Minister"), locations. Runs of chunks become mentions:
// "US Secretary of State Rex Tillerson" is a person with a role in the United
// States; "the Russian Foreign Ministry" is a body of Russia; "Tillerson" and
// "the secretary" later in the article are the same person. Unknown
// capitalized names become organizations by their shape ("... Center ...
// (JCCC)"), by a noun before them ("energy firm PDVSA", "rights group
// Liberty", "the founder of Yukos") or persons when a given name opens them
// (given-names.txt: "Oona King"), an honorific precedes them ("Ms King"), a
// title or the sentence says so; names shaped as places, works or firms
// ("Coronation Street", "Air Shamrock, an airline", "Marsh Green, in
// Essex") and items of a list of titles are not made persons. A title that
// only one state has ("Foreign Secretary") gives that state. A title or state body
// named without a country ("Ousted President X", "the prime minister", "the
// army") takes the one country the article has named before it, and none
// when it has named several. Nationality adjectives in a list share the
// head noun ("Kenyan and Ugandan officers" are two militaries). A sector
// word placed in a country belongs to it ("police in Istanbul"); attackers
// and rebels named without a country belong to the country where they
// struck ("gunmen ... in Guatemala City").
//
// Sentences are cut into clauses at reported speech ("X said ..."), relative
// pronouns, subordinating conjunctions (a fronted one ends at its comma:
// "Before visiting Israel, Mr Blair met ...") and ", and" before an actor.
// The speaker is the actor named right before the verb of saying; a verb of
// saying that is an act by a pattern of its own ("declared a ceasefire")
// opens no report. CAMEO verb patterns (verbs.tsv)
// and noun patterns (nouns.tsv) are matched; the subject of the clause is the
// source, the object or the actor after a preposition the target; passive
// voice, conjoined actors ("Russia and China"), "both sides", pronouns and
// governing verbs ("asked X to", "threatened to") are handled by general
// rules. Modality markers (modality.tsv) make an act negated or planned; a
// planned cooperative act is coded as a CAMEO 03 intent, a planned
// conflictual act as a CAMEO 13 threat; an act that must still be done
// ("must be ratified by", "needs approval by", "is subject to") is planned
// too. What is demanded, threatened or alleged "that" someone do is not
// done ("demanded that Britain apologise", "charged that Eritrean forces had
// shelled"); what is denied, or would have happened, is negated. A noun in a
// prepositional phrase is background ("ahead of trade talks"), so is an
// act told only as what a claim or report says ("reports that X had held
// talks", "the book claims X hosted a dinner"), and a noun
// that is the object of a threat or a criticism ("threatened fresh
// attacks") is not an act of its own. Dates are resolved against the
// publication date with their precision.
//
// Where the word rules leave an act without a source, the sentence is
// parsed (package syntax: a dependency parser trained on UD English EWT) and
// the tree decides: the subject of the trigger's verb is the source, its
// object, indirect object or aimed oblique ("fired on X") the target; a
// passive subject is the target and the "by" phrase the source; a verb
// conjoined to or controlled by another shares its subject ("X met Y and
// signed ...", "X agreed to provide ..."); a relative clause's verb takes its
// antecedent; a noun that is a verb's object takes that verb's subject ("X
// launched an investigation"), a "by" phrase its agent. Parsing is skipped
// when the sentence names no actor that could be the source: it costs more
// than the word rules together. Triggers are also read as frames
// (frames.tsv): a set of verbs with the class of noun their object must be
// (noun-classes.tsv) and the code the pair makes. An act the actor will not
// or did not do is its refusal (CAMEO 12), and an act demanded of an actor
// with a bare verb ("demanded X ease ...") is not done. Each event says
// whether the sentence's main clause tells it or a background one (relative,
// adverbial, conditional, a noun in a prepositional phrase; from the tree
// when the sentence was parsed). A person's country comes from what the text
// says of that person (title, apposition, the body or country named before
// their description: "EU trade commissioner X"), never from the last country
// named; an organization found by its shape takes its id from its full name,
// its acronym an alias.
//
// Ties change over time through events: joining an organization (050) or
// acceding to an agreement (057) starts member_of / party_to on the event's
// date; withdrawing ends it. An appointment ("was sworn in as", "was
// appointed foreign minister of X") starts a role; a succession ("replacing
// Y", "X succeeded Y as ...") ends the predecessor's same office on that date.
//
// # Entity IDs
//
// IDs are derived from canonical names, never from the article, so the same
// actor in two articles has the same ID:
//
//	country:RUS                   a country, by ISO 3166 alpha-3
//	org:un, org:nato              an organization of organizations.tsv, by its id
//	org:rus-foreign-ministry      a body of a country: ISO3 lower-cased and the
//	org:rus-military              sector word's canonical name (code RUSGOV, RUSMIL)
//	org:jccc                      an organization of organizations.tsv, by its id
//	org:trades-union-congress     an organization found by shape, by its full name
//	                              (its acronym is an alias); by acronym when only that is named
//	person:sergei-lavrov          a person, by full name
//	agreement:minsk-agreement     an agreement, by name (by the place and folded noun when named after a place)
//	location:donbas               a region or place that is not a country
//	event:<16 hex digits>         an event, by code, source, target, object, date, modality
//
// Entity Code is the CAMEO actor code (RUS, RUSGOV, USAGOV, IGO...), Country
// the ISO alpha-3 of the state the actor belongs to.
//
// # Files
//
//	extract.go, document.go        the builder (an article in, a Document out) and its output
//	dict.go, dict/                 the embedded dictionaries, loaded once
//	tokens.go, dateline.go,        tokens, sentences, datelines, over-long runs, misspelt
//	longsent.go, spelling.go       country names
//	actors.go, entities.go,        mentions and the actors they name: names, titles,
//	people.go, generic.go,         persons and their bodies, groups without a country,
//	coref.go, apposition.go,       pronouns and descriptions, asides, firms, allies and
//	firmorigin.go, relational.go   rivals; bare names that act made bodies
//	persons_as_bodies.go,          (persons_as_bodies.go), offices named by
//	title_of_place.go              their place ("the premier of Quebec")
//	context.go                     the article's country context
//	events.go, clauses.go,         a sentence: its clauses, their subjects, the triggers
//	subjects.go, triggers.go,      found in it and how a pattern's words are matched;
//	match.go, frames.go,           frames (a verb with the class of its object),
//	passive_frame.go               also in the passive ("sanctions imposed by X")
//	senses.go, nonact_senses.go,   trigger words that name no act in their sentence
//	notacts.go, questions.go       (questions, "whether" clauses, guesses)
//	code.go, emit.go               coding one trigger, and the events it makes
//	act_doer.go                    the doer of a reproached act noun ("condemned the
//	                               invasion of X by Y": Y is the target)
//	targets.go, places.go,         targets and partners, places, targets of reported
//	complement_target.go           clauses
//	modality.go, demands.go        modality, refusals, demands reported without a verb
//	                               of demanding
//	infinitive_scope.go            a governor's modality across an adjunct ("vowed at
//	                               the summit to send troops")
//	reduced_appositive.go          a participle set off after its noun ("the blogger,
//	                               arrested last week"): background
//	nominal.go, force.go,          act nouns after light verbs, acts of force, protests,
//	protest.go, reduced_charge.go, charges told by a bare participle ("a man
//	                               accused of plotting": no one charges here),
//	writtento.go                   acts made in a letter ("has written to X demanding")
//	parse.go, passive.go           reading the dependency tree
//	memberships.go,                memberships, offices and successions; agreements;
//	agreements.go,                 the months a person held an office (office_terms.go)
//	knownagreements.go,
//	office_terms.go
//	dates.go, explicitdate.go      dates
//	when_dates.go                  dates shared through "when" clauses; reports told in
//	                               the past not dated after publication
//	date_attach.go                 dates the tree puts in a noun's phrase ("the hearing
//	                               in June", "a deal struck in 1998") date no other act
package extract
