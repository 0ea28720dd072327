// Package examples bundles a few short news articles, written for geokg in
// its own words, so that `geokg demo` and the tests have something real to
// load on a machine with nothing but Go.
package examples

import "embed"

// Articles holds articles/*: a JSON Lines dump and an HTML page in the formats
// `geokg load` reads.
//
//go:embed articles
var Articles embed.FS
