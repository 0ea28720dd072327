package export_test

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/geokg/geokg/export"
)

// TestWriteRejects checks that bad options fail before any query: the nil
// Querier would panic if one ran.
func TestWriteRejects(t *testing.T) {
	tests := []struct {
		opts export.Options
		want string
	}{
		{export.Options{Format: "json"}, "unknown export format"},
		{export.Options{Format: ""}, "unknown export format"},
		{export.Options{Format: export.FormatCSV, From: "2017-02-30"}, "want YYYY-MM-DD"},
		{export.Options{Format: export.FormatRDF, To: "yesterday"}, "want YYYY-MM-DD"},
		{export.Options{Format: export.FormatGraphML, From: "2018-01-01", To: "2017-12-31"}, "from is after to"},
	}
	for _, tt := range tests {
		_, err := export.Write(t.Context(), nil, io.Discard, tt.opts)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Write(%+v) = %v, want an error with %q", tt.opts, err, tt.want)
		}
	}
	if _, err := export.Write(t.Context(), nil, io.Discard, export.Options{Format: "xml"}); !errors.Is(err, export.ErrUnknownFormat) {
		t.Errorf("unknown format: %v, want ErrUnknownFormat", err)
	}
}
