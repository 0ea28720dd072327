// Package queries holds geokg's canned DQL queries, embedded from dql/*.dql,
// and renders their results as Markdown or JSON reports.
//
// Each query declares its GraphQL-style variables in its header; callers pass
// values as variables, never spliced into the query text, so a name with a
// quote in it cannot change what a query does. Queries run through the small
// Runner interface, which graph.Store satisfies; this package never dials
// Dgraph itself.
package queries
