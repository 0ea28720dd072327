// Package graph is geokg's Dgraph side: the schema (schema.dql), the writer
// that upserts extracted documents as reified nodes, read-only queries, and a
// managed local Dgraph (zero + alpha on loopback) that geokg starts, checks
// and stops by itself.
//
// Every node carries a stable external id (xid) derived from its content, so
// writing the same document twice creates nothing new and the same actor or
// event found in two articles is one node. graph never extracts anything: it
// takes extract.Document values as they are and only validates that their
// references resolve.
//
// # Connections
//
// Dial reaches one alpha in plaintext. Connect reaches one or several
// alphas of a cluster (dgo sends each transaction to one of them, so the
// work spreads), over TLS, logged in with Dgraph's ACL. Local runs the
// managed Dgraph: one zero and one alpha, or for tests of clusters several
// alphas that each serve their own group (LocalOptions.Alphas).
//
// # Order independence
//
// What an article says is stored as it said it: each report of an event or
// a relation is a Mention node whose coding predicate holds the report as
// JSON (code, actors, date, stated since/until, outlet). Everything a
// researcher queries over time is derived from all the reports in the
// graph, recomputed inside each write transaction for what the document
// touches, and is a function of the set of reports, never of the order
// they were loaded in. Loading articles in any order, or again, gives the
// same graph (the tests compare whole-graph dumps across shuffled orders).
//
// # One event, many reports
//
// Reports share an event key (EventKey) when they give the same CAMEO root,
// source, target and, unless asserted, modality; when a side is a generic
// group of no country ("police", "protesters"), also the same place, or
// the same article when none is given, since such a group is a kind of
// people and not one body. In an act with a target, a state and the
// government bodies that act for it are one actor in the key: "Russia",
// "Moscow", "the Kremlin", "the Russian government" and "Russia's foreign
// ministry" (country:RUS, org:rus-government, org:rus-foreign-ministry) all
// key as country:RUS, so one expulsion told by four outlets in those four
// ways is one event. The state's bodies are the country's org:<iso3>-<body>
// entities of sector GOV (government, cabinet, presidency, embassy,
// officials, ministries); the military, police, parliament, judiciary,
// opposition, GOV bodies with names of their own (a central bank, an
// intelligence agency) and persons keep their own ids, so a parliament's
// and a government's statements of one day stay two events. Two bodies of
// one state acting on each other keep their ids, and so does the source of
// an act with no target ("the government denied" is not "Britain denied":
// such a key already takes every targetless act of its root that day). The
// event shows the source (target) most of its reports give, the smallest
// id on a tie (the country before its bodies), keeps every one its reports
// give in reported_sources (reported_targets) when they differ, and counts
// for each of them (source_for, target_for). The reports of a key are split
// into events by clusterReports:
//
//   - day-precise reports are cut greedily from the earliest: an event takes
//     the reports dated its first day or the next, and is dated the day most
//     of them give (the earlier on a tie);
//   - reports that copy one sentence of ten words or more (the same
//     words, lower-cased, without an opening "But", "Earlier," and the
//     like and without has/have/had), each dated only by its article's
//     publication, in one year, are cut as if dated by the earliest of
//     those days (copyDays): a background sentence an outlet reuses in
//     later articles retells one act;
//   - a month-precise report joins the earliest day-precise event of its
//     month, else it is one event with the other reports of that month;
//     a year-precise report likewise joins the earliest event of its year;
//   - a report without a date is an event of its own;
//   - an event whose reports name different agreements (two accords signed
//     by the same sides in one month) is split into one event per
//     agreement, its xid ending in the agreement's id; reports naming none
//     join the agreement most reports name.
//
// The Event's xid is event:<key>|<date>; its code is the one most reports
// give (the lowest on a tie), and it counts its mentions (count(mentions)),
// articles (article_count) and outlets (outlet_count, Article.outlet).
// month ("YYYY-MM") is set for day- and month-precise events. When a new
// report moves the clustering (an earlier report shifts the day windows),
// the event nodes are rebuilt and the ones left without reports deleted.
//
// Limits: two distinct events of one key a day apart merge; a vague report
// joins the earliest candidate even when it meant a later one; reports
// naming different but related actors (Russia, the Russian military;
// Russia, Vladimir Putin) are different events.
//
// An article written again (re-extracted, or keyed otherwise by a newer
// geokg) holds the reports of its new document alone: the write reads the
// article's stored event reports (~article), and those the document no
// longer gives are stale. The events holding them and the events of their
// keys in the years they reach are read and derived again without them, and
// their Mention nodes are deleted, so a graph written by an older geokg and
// loaded again equals one loaded from scratch. Relation reports an article
// no longer gives still stay.
//
// # Relations with validity
//
// A relation's since and until are recomputed from its reports and from the
// events that change it (computeValidity, computePeriods, changeOf):
//
//   - since is the earliest stated start or, for party_to, the earliest
//     signing (057) of the agreement by the head or a part of it;
//   - until is the earliest end after since among: stated ends; for
//     member_of and party_to, withdrawals (160, 161, 166, and 0874 by a
//     non-person) whose source is the head or a part of it (part_of, from
//     any article, followed transitively) and whose target, object or
//     agreement is the tail; for a role, the holder's resignation (0874 by a
//     person) and the stated start of a later holder of the same title in
//     the same body once the holder was last reported in office before it.
//   - A coarse date is refined by a finer one inside it ("2017-12" stated,
//     a withdrawal on 2017-12-18: until 2017-12-18, day precision).
//
// started_by and ended_by link a relation to the event that opened or
// closed it. A signing makes both sides (or the states their ministries are
// part of) parties to the agreement even when no article states party_to.
// Only acts asserted as done change relations: a planned or threatened
// withdrawal does not. Nothing is deleted: a closed relation keeps its
// history, and the as-of and changes queries read it.
//
// A membership or party left and rejoined holds over several periods
// (computePeriods): after the first period's end, the earliest start after
// it opens the next, which ends at the earliest end after that; an end
// before every known start closes a first period whose start no article
// gives. The first period is on the Relation node itself, each later one on
// a Relation node of its own (xid: the relation's xid, "#" and the period's
// number) with the same head, tail and type, so that as-of and changes find
// every period; a period that no longer holds after a recomputation is
// removed.
//
// Limits: roles keep one period (a return to an office is not told apart
// from the first term); joining (050, rejoin, accede) opens a membership on
// the date of the act, which the article must date; a title several people
// hold at once reads as a succession when a later holder's start is stated;
// persons who sign for a state are not made parties themselves.
//
// # Agreements
//
// An event about an agreement (its agreement, or an agreement as object or
// target) gets an agreement_status: signed (057), in force (057 ratifying
// or entering into force, 0871), suspended (a root-16 act that suspends or
// freezes), withdrawn from (a withdrawal), violated (128, 196, or a
// trigger about violating or breaching). The Agreement node carries signed
// (the earliest signing, else the earliest start of a party) and status
// with status_since: the status of its latest status event. The events
// with a status, oldest first, are its status over time (~affects).
//
// Which Agreement node an article's agreement is, and who its parties are,
// is settled by extraction, so that it is a function of each article
// alone and loading order cannot change it: the entity id is the
// agreement's acronym (given, or made from a formal name of three words or
// more, capitalized or written in lower case: "the joint framework on
// Arctic fisheries" is agreement:jfaf), else its name, else for a
// description the states and topic it names; an article naming one
// agreement folds its descriptions into it, and the descriptions of a
// well-known agreement (extract/dict/agreements.tsv: "the Kyoto treaty")
// take its formal name's id. A description with other words than the name
// of an agreement not in that list ("the Arctic fisheries framework"
// alone) is a node of its own. The writer links every Agreement node to an
// AgreementName node per name and alias (known_as, xid agreement-name:<the
// name lower-cased>), so the node an article that gives both ("the JFAF,
// the Arctic fisheries framework") keys by the acronym and the node of the
// description share one: a function of the documents written, in any
// order, with no read. Its descriptors (extract.Entity.Descriptors, "iran
// nuclear agreement": a state party to it or named with it and a topic the
// article gives it) are AgreementName nodes too, so "Iran's nuclear deal"
// in one article meets the agreement another names in full beside Iran and
// its nuclear programme. The agreement and as-of queries answer for the
// nodes that share a name, and a party's validity counts the signings and
// withdrawals of every agreement that shares a name with its tail
// (relInfo.Same): Iran's withdrawal from "Iran's fishing deal" ends its
// party to the accord another article names. The writer reads, for every
// agreement of a batch, the agreements known by its names (stored or in
// the batch) and theirs, and recomputes a party only when all the
// agreements sharing a name with its tail were read (snapshot.complete),
// so the outcome does not depend on which article came first. One hop:
// agreements that share a name only through a third are not joined.
// One agreement, one node: before a batch is written, resolveAgreements
// (resolve.go) joins the batch's agreements with the stored ones they
// share a name with, and a described agreement (extract.Entity.Described)
// with the one named agreement that shares a descriptor; the group's node
// is its best member (named before described, then the shortest key), the
// batch is written under that key, and a stored member under another key
// is relabelled (its node, events, relations and reports; merged into the
// node of that key when it is stored, its events and relations with
// theirs, and those events derived again). The topic story test checks
// that every order gives the same graph. The AgreementName links and the
// reads of agreements sharing a name stay for graphs written before it.
// Parties come from asserted signings, ratifications, accessions and
// reached agreements (each state, government, IGO or armed group among the
// actors, however many), and end with a withdrawal as above; a threat
// changes nothing. A statement that a state stays in or remains committed
// to an agreement is a party_to report without dates: it moves last_seen
// and opens no period, so it never reopens a tie after a withdrawal. The
// docs/over-time.md states the rules and extract/agreements.go implements them.
//
// # Names and codes
//
// An entity's name, kind, CAMEO code, country and sector are the better of
// what its articles give (the longer, then the alphabetically first: "Joint
// Center for Control and Coordination" over "JCCC", "RUSMIL" over "RUS");
// a name that loses becomes an alias. An article's title, url and outlet
// are settled the same way and its publication date is the earliest given
// (two inputs with the same text are one article). A relation's evidence
// is the sentence of its report with the smallest xid (evidence_from), its
// last_seen the latest date a report shows it holding: kept as a minimum
// and a maximum, so only reports that state dates (stated) are read back.
//
// # What a write reads
//
// A write reads the events of its keys with all their reports, and its
// articles' stored event reports (and, for those no longer given, the
// events of their keys); for the
// entities its relations and change events involve, their memberships,
// parties, roles and the events that change them; for each title of its
// roles, every holder of that title in that body; then, for the relations
// found, what they depend on (the body of a membership, the holder of a
// role). A relation is recomputed only when all it depends on was read;
// one seen only as context is left as the graph has it.
//
// # What a write sends
//
// A document already written, unchanged, is not written again: the Article
// node keeps the digest of the document last written into it
// (documentDigest: the writer's version and the whole document), and Write
// skips a document whose digest is there, so a reload reads one small query per article and
// writes nothing. An event of a touched key whose stored reports are
// exactly the reports it is derived from, none of them the document's, is
// not sent again. Values Dgraph's JSON mutations would take for variables
// (text starting with uid( or val() travel as N-Quad literals in the same
// mutation, so every value is stored as the article gave it. An article id
// longer than 512 bytes is replaced in xids by its SHA-256 (the id itself
// is kept in source_id).
//
// # Concurrency
//
// Each write reads the neighbourhood it derives from in its own
// transaction and rewrites the entity nodes it names, so concurrent writes
// that share an actor conflict and one retries (dgo.ErrAborted) with a
// fresh read (up to 20 attempts, with jittered backoff capped at two
// seconds). ApplySchema alters the schema only when the database's differs
// from it, so a loader starting while others write does not fail on their
// pending transactions. Two concurrent writes that share no entity but
// affect one relation through a part_of link can miss each other; loading
// again with Store.SetRewrite (geokg load --rewrite) settles it. The same
// holds for source_for and target_for (counts.go): an event and a role
// relation of its source's holder written at once share no entity when
// the role is in a part of the body the event counts for. Agreements that
// share a name (known_as) do conflict: every write of an agreement writes
// the AgreementName nodes of its names with their xid, so the writes of a
// signing under one name and a withdrawal under the other retry one after
// the other and the second reads the first. The agreements and
// organizations of a batch are resolved (resolve.go, resolveorgs.go) anew
// in each attempt of its transaction; two writes of one agreement's names
// share an AgreementName node and two writes of one organization's
// acronym its acronym (@upsert), so they conflict, and the attempt that
// retries sees the other's node and merges with it.
//
// # Whom an event counts for
//
// source_for and target_for hold every actor an event's source (target)
// counts for: itself, the bodies it is part of or holds a role in, and the
// bodies the offices it holds are part of; for an event whose reports name
// a state and its bodies (reported_sources, reported_targets), every one
// of them and what each counts for. They are recomputed in the
// write transaction for the events written and for the events of the head
// of each new part_of or role relation (and of the holders of roles in
// it), so they follow relations written later; see counts.go.
package graph
