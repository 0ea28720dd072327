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
package graph
