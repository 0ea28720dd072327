package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// One person is often written two ways in one article: a given name
// romanized two ways ("Viktor" and later "Victor"), or in full and in
// short ("Steven" in one paragraph, "Steve" in the next; "Daniel" in the
// line-up, "Danny" in the report), or once with middle names ("Sir Anthony
// John Charles Meyer" in a biography line). Kept apart, each spelling made
// a person of its own and the events of the one actor were split between
// them. name-variants.txt lists the given names that are one name; a full
// name is matched to a person already met when the surname is the same and
// the given names are the same or listed together (see sameFullName).

const fileNameVariants = "name-variants.txt"

// parseNameVariants reads name-variants.txt: one group of given names a
// line, lower case, separated by spaces; a name may stand in more than one
// group ("steve" is short for both "steven" and "stephen", which are not
// one name).
func (d *dicts) parseNameVariants(path, data string) []error {
	var errs []error
	for i, text := range strings.Split(data, "\n") {
		text = strings.TrimSpace(text)
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		names := strings.Fields(strings.ToLower(text))
		if len(names) < 2 || strings.ContainsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != ' ' }) {
			errs = append(errs, &DictError{File: path, Line: i + 1,
				Err: fmt.Errorf("%w: %q is not a group of two or more given names", ErrDict, text)})
			continue
		}
		d.nVariantGroups++
		for _, n := range names {
			d.variantGroups[n] = append(d.variantGroups[n], d.nVariantGroups)
		}
	}
	return errs
}

// sameGivenName reports whether given names a and b (lower case) are one
// name: equal, or listed in one group of name-variants.txt.
func (d *dicts) sameGivenName(a, b string) bool {
	if a == b {
		return true
	}
	for _, g := range d.variantGroups[a] {
		for _, h := range d.variantGroups[b] {
			if g == h {
				return true
			}
		}
	}
	return false
}

// sameFullName reports whether full names a and b, lower case, of two
// words or more name one person by their spelling: the same surname, and
// first names that are one name (sameGivenName), where the words between
// are the same, or one name has none ("Anthony Meyer", "Anthony John
// Charles Meyer"). A first word the same in both must be a given name
// given-names.txt knows ("Gen Pinochet" and "Gen Augusto Pinochet" are left
// to the rules that read titles); two different ones are given names by
// standing in one group of name-variants.txt.
func (d *dicts) sameFullName(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) < 2 || len(wb) < 2 || wa[len(wa)-1] != wb[len(wb)-1] {
		return false
	}
	if wa[0] == wb[0] && !d.given[wa[0]] || !d.sameGivenName(wa[0], wb[0]) {
		return false
	}
	// Fields' words hold no space, so comparing the middle words one by one
	// is comparing them joined, without building two strings per person met.
	ma, mb := wa[1:len(wa)-1], wb[1:len(wb)-1]
	return len(ma) == 0 || len(mb) == 0 || slices.Equal(ma, mb)
}
