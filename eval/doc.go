// Package eval scores extracted events against gold sentences in the
// PLOVER format of ../shared/eval/plover-dev.jsonl: one JSON object per line
// with an id, the text and its events, each with a PLOVER type and the
// country codes (ISO alpha-3 or CAMEO) of its source and target; non-state
// actors are IGO or NGO.
//
// A predicted event matches a gold event of the same sentence when it has the
// same PLOVER type, the same source country and the same target country. A
// gold event without a target matches a prediction with any target. Negated
// predictions and statements (CAMEO 01, which PLOVER does not type) are not
// scored. Each gold event matches at most one prediction. Predictions count
// once per type and pair of actors: the gold lists one event per pair of
// actors, so two events whose different actors share their countries ("both
// the army and the rebels broke the truce") are two, as in the gold, and an
// event found twice is one.
//
// eval does no I/O beyond the reader it is given.
package eval
