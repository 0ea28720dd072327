// Package report renders geokg's canned queries as self-contained HTML
// pages: tables in which every row links back to the sentence and article
// it came from, SVG charts drawn in Go with gonum/plot (monthly stacked
// bars, event timelines, periods of agreements and relations) and a
// force-directed network of the actors involved, laid out with gonum's
// Eades layout.
//
// A page makes no request to any network when opened: its CSS is inline
// and written here, its charts are inline SVG, hovering uses SVG <title>
// elements, and it carries no JavaScript. The package runs queries only
// through queries.Runner (graph.Store satisfies it) and never dials Dgraph
// or writes outside the writer or directory it is given.
package report
