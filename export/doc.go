// Package export writes a geokg graph out of Dgraph in the formats other
// tools read: N-Quads for another Dgraph (dgraph live or bulk), GraphML of
// the actor network for Gephi and NetworkX, and one row per event as CSV or
// TSV in the columns of GDELT's event table, for pandas, R or a spreadsheet.
//
// Everything is streamed: nodes and events are read in pages ordered by uid
// (first/after) and written as they come, so memory stays bounded by a page,
// never by the graph. The package only reads, through the small Querier
// interface that graph.Store satisfies; it never dials Dgraph itself and
// never writes to it. Dates given for a window reach Dgraph as query
// variables; only uids the package formats itself are spliced into query
// text.
package export
