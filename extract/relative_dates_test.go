package extract

import "testing"

// TestRelativeClauseDates checks which relative clauses share their main
// clause's time. One opened by who, which or whose right after its
// antecedent tells what that antecedent did or does, at a time of its own:
// an undated act in it falls back to the publication day instead of taking
// the main clause's date. One opened after a preposition ("a raid in which
// ...") tells of the main clause's act and keeps its date, and a date in
// the relative clause itself still dates it. Sentences written for the
// test; published Wednesday 2009-06-17.
func TestRelativeClauseDates(t *testing.T) {
	x := newTestExtractor(t)
	checkDates(t, x, []dateCase{
		// the antecedent's own act: no date from the main clause
		{"Last month Ghana, which condemned the coup in Mali, urged Togo to close its border.", "condemned", "2009-06-17", PrecisionDay},
		{"On Monday Ghana recalled its envoy from Togo, which has accused Accra of sheltering rebels.", "accused", "2009-06-17", PrecisionDay},
		// the main clause keeps its date
		{"On Monday Ghana recalled its envoy from Togo, which has accused Accra of sheltering rebels.", "recalled its envoy", "2009-06-15", PrecisionDay},
		// a relative clause after a preposition shares the main clause's time
		{"In April rebels staged a raid in which gunmen attacked a police station in Mali.", "attacked", "2009-04", PrecisionMonth},
		// a date inside the relative clause still dates its act
		{"Ghana, which condemned the coup in Mali on Sunday, urged Togo to close its border.", "condemned", "2009-06-14", PrecisionDay},
	})
}
