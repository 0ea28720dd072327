package graph_test

import (
	"testing"

	"github.com/geokg/geokg/graph/graphtest"
)

// TestMain starts one throwaway Dgraph for the tests that need it; see
// graphtest.
func TestMain(m *testing.M) { graphtest.Main(m) }
